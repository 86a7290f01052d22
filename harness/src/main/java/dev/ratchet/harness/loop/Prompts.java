package dev.ratchet.harness.loop;

import dev.ratchet.tasks.grading.Verdict;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.harness.model.Conversation;
import dev.ratchet.harness.tools.RunTestsTool;
import dev.ratchet.tasks.Task;

/** The fixed texts the loop shows the model. */
public final class Prompts {
    private Prompts() {}

    public static final String SYSTEM = """
            You are a software engineer working on a task in a sandboxed workspace. You can only act \
            through the tools you are given (such as listing, searching and viewing files, editing files, \
            running the visible tests, and submitting). Paths are relative to the workspace root. Make the \
            change the task asks for, check it with run_tests, then call submit.""";

    public static final String PLAN = "Before acting, state your plan in a few short lines. Do not call tools yet.";

    public static final String EXECUTE = "Now carry out your plan with the tools. Call submit when you are done.";

    public static Conversation start(Task task) {
        return new Conversation()
                .add(SystemMessage.from(SYSTEM))
                .add(UserMessage.from("# Task " + task.id() + " (" + task.language() + ")\n\n" + task.instructions()));
    }

    /** The title of the self-tests turn's request ({@code --verifier self-tests}); the simulated model looks for it. */
    public static final String WRITE_TESTS_TITLE = "# Write the tests first";

    public static final String WRITE_TESTS = WRITE_TESTS_TITLE + "\n\n" + """
            Before the task is solved, write tests that check it: they will decide whether each later attempt \
            at the task is accepted. Create new test files that the task's test command will pick up (name them \
            like the visible tests), or add test cases to the visible test files. Do not change the code under \
            test: only your test files are kept, and the workspace goes back to how it started before the task \
            is solved. Call submit when your tests are written.""";

    /** The self-tests turn: a conversation of its own, apart from the rounds that solve the task. */
    public static Conversation selfTests(Task task) {
        return start(task).add(UserMessage.from(WRITE_TESTS));
    }

    public static UserMessage repairSelfTests(Verdict verdict) {
        return UserMessage.from("Your submission failed the tests you wrote:\n\n" + RunTestsTool.describe(verdict.run())
                + "\n\nFind the cause, fix the code and submit again.");
    }

    /** What a judge ({@code --verifier judge:MODEL}) is told; the answer format is {@link JudgeAnswer}'s. */
    public static final String JUDGE_SYSTEM = """
            You review a proposed solution to a coding task. You cannot run anything. Read the task, the \
            proposed change (a unified diff against the starting workspace) and the output of the task's visible \
            tests, and decide whether the change solves the task correctly, including cases the visible tests \
            do not check. Answer in exactly two lines and nothing else:
            VERDICT: ACCEPT   (or VERDICT: REJECT)
            REASON: one sentence saying why""";

    public static final String JUDGE_AGAIN = "Your answer was not in the required format. Answer in exactly two lines:\n"
            + "VERDICT: ACCEPT (or VERDICT: REJECT)\nREASON: one sentence saying why";

    /** The judge's request: the task, the candidate's diff in a {@code diff} fence, the visible tests' verdict and output. */
    public static Conversation judge(Task task, String diff, Verdict visible) {
        String tests = (visible.passed() ? "passed" : "failed" + (visible.reason().isEmpty() ? "" : ": " + visible.reason()));
        return new Conversation()
                .add(SystemMessage.from(JUDGE_SYSTEM))
                .add(UserMessage.from("# Task " + task.id() + " (" + task.language() + ")\n\n" + task.instructions()
                        + "\n\n# Proposed change\n\n" + diffBlock(diff)
                        + "\n# Visible tests: " + tests + "\n\n" + RunTestsTool.describe(visible.run())));
    }

    /** A diff as the judge's request shows it. */
    public static String diffBlock(String diff) {
        return "```diff\n" + (diff.isEmpty() ? "(no change)\n" : diff) + "```\n";
    }

    public static UserMessage repairJudged(Verdict verdict) {
        return UserMessage.from("Your submission was rejected by a reviewer: " + verdict.reason()
                + "\n\nFind the cause, fix the code and submit again.");
    }

    public static UserMessage repair(Verdict verdict) {
        return UserMessage.from("Your submission failed the visible tests:\n\n" + RunTestsTool.describe(verdict.run())
                + "\n\nFind the cause, fix the code and submit again.");
    }
}
