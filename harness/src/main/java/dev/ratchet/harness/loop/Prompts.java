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

    public static UserMessage repair(Verdict verdict) {
        return UserMessage.from("Your submission failed the visible tests:\n\n" + RunTestsTool.describe(verdict.run())
                + "\n\nFind the cause, fix the code and submit again.");
    }
}
