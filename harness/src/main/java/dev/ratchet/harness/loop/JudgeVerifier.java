package dev.ratchet.harness.loop;

import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.harness.model.Conversation;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelReply;
import dev.ratchet.harness.model.Models;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.CandidateDiff;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Verdict;

import java.util.Optional;

/**
 * {@code --verifier judge:MODEL}: MODEL (any {@code --model} spec) reads the task, the candidate's diff against the
 * pristine workspace and the visible tests' verdict and output (run here as the visible verifier runs them), and
 * answers in the {@link JudgeAnswer} format. A malformed answer is asked again once; a second one is a rejection
 * whose reason quotes it. The judge's calls go through the sample's recorder (its tokens, cost and time are the
 * sample's) and through the same retries and budget as the agent's model; a judge that cannot be reached ends the
 * sample as ERROR like any model fault, never as the candidate's failure.
 */
final class JudgeVerifier implements Verifier {
    static final String PREFIX = "judge:";
    static final String MALFORMED = "judge: malformed answer, twice";

    private final String model;
    private final Models judges; // null: parsed for its spec only
    private final ExpectedTests expected;
    private final Sample sample; // null until bound
    private final Model judge;

    JudgeVerifier(String model, Models judges, ExpectedTests expected) {
        this(model, judges, expected, null, null);
    }

    private JudgeVerifier(String model, Models judges, ExpectedTests expected, Sample sample, Model judge) {
        this.model = model;
        this.judges = judges;
        this.expected = expected;
        this.sample = sample;
        this.judge = judge;
    }

    @Override
    public Verifier forSample(Sample s) {
        if (judges == null) throw new IllegalStateException("judge verifier built without a model stack");
        return new JudgeVerifier(model, judges, expected, s, judges.forSample(s.task(), s.sample(), s::retried));
    }

    @Override
    public Verdict verify(Sandbox sandbox, Attempt attempt) {
        if (judge == null) throw new IllegalStateException("judge verifier used before it was bound to a sample");
        Task task = attempt.task();
        VisibleTestsVerifier.restoreProtected(sandbox, task);
        ExecResult tests = sandbox.exec(task.testCommand(), task.timeout());
        Verdict visible = Verdict.judge(task.testCommand(), tests, expected.visible(task.id()));
        Conversation conv = Prompts.judge(task, CandidateDiff.of(task, attempt.candidate()), visible);
        StringBuilder said = new StringBuilder();
        Optional<JudgeAnswer> answer = Optional.empty();
        long in = 0, out = 0;
        double usd = 0;
        for (int ask = 1; ask <= 2 && answer.isEmpty(); ask++) {
            if (ask == 2) conv.add(UserMessage.from(Prompts.JUDGE_AGAIN));
            ModelReply reply = sample.consult(judge, conv);
            in += reply.tokensIn();
            out += reply.tokensOut();
            usd += reply.costUsd();
            conv.add(reply.message());
            String text = reply.message().text() == null ? "" : reply.message().text();
            said.append(ask == 2 ? "\n-- asked again --\n" : "").append(text);
            answer = JudgeAnswer.parse(text);
        }
        // what the judge cost is in the trace with what it said (its calls are not model requests of the agent's)
        String transcript = String.format(java.util.Locale.ROOT, "judge %s (%d→%d tokens%s):\n", model, in, out,
                usd > 0 ? String.format(java.util.Locale.ROOT, ", $%.4f", usd) : "")
                + said + "\n\nvisible tests: " + outcome(visible);
        ExecResult run = new ExecResult(answer.map(a -> a.accept() ? 0 : 1).orElse(1), transcript, "", false, false,
                tests.elapsed(), true);
        return answer.map(a -> new Verdict(a.accept(), run, "judge " + (a.accept() ? "accepted" : "rejected") + ": " + a.reason()))
                .orElseGet(() -> new Verdict(false, run, MALFORMED + ": " + clip(said.toString())));
    }

    @Override
    public UserMessage repairPrompt(Verdict verdict) {
        return Prompts.repairJudged(verdict);
    }

    @Override
    public String spec() {
        return PREFIX + model;
    }

    private static String clip(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }

    /** The visible run as one line of the transcript: passed, or failed and why. */
    private static String outcome(Verdict v) {
        return v.passed() ? "passed" : "failed" + (v.reason().isEmpty() ? "" : " (" + v.reason() + ")");
    }
}
