package dev.ratchet.harness.loop;

import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.Verdict;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.tasks.Task;

import java.util.Optional;

/**
 * The agent's own check of a round's work; its verdict decides whether the loop stops. Which one a run uses is
 * chosen with {@code --verifier} ({@link Verifiers}); every verdict is scored against the hidden grade (TPR, FPR).
 */
public interface Verifier {

    /**
     * The round being checked: the task, which sample and round (a noisy verifier's draws are keyed on them), why
     * the round's execution stopped ({@code submit}, {@code no_tool_call}, {@code step_cap}), the candidate the
     * grader will see, and the sample's label for any sandbox the check makes.
     */
    record Attempt(Task task, int sample, int round, String stop, Candidate candidate, String label) {}

    Verdict verify(Sandbox sandbox, Attempt attempt);

    /**
     * What a verifier may use for one sample before its first round: the agent, to write tests (self-tests), and the
     * sample's recorder, through which a verifier's own model calls go so their tokens, cost and time count in the
     * sample's usage.
     */
    interface Sample {
        Task task();

        int sample();

        /**
         * Runs the agent's test-writing turn (round 0 of the trace, {@link Prompts#WRITE_TESTS}) in its sandbox and
         * returns the files it wrote; the workspace is back to pristine afterwards.
         */
        java.util.Map<String, byte[]> writeTests();

        /** One call of a verifier's model, counted in the sample's usage (tools: none). */
        dev.ratchet.harness.model.ModelReply consult(dev.ratchet.harness.model.Model model,
                                                     dev.ratchet.harness.model.Conversation conversation);

        /** A verifier's model retried a transient fault: said in the trace. */
        void retried(String message);
    }

    /** The verifier for one sample (made before its first round); most need nothing of it and are their own. */
    default Verifier forSample(Sample sample) {
        return this;
    }

    /**
     * The check itself could not be made (its own sandbox, not the candidate's code, failed): an infrastructure
     * fault that ends the sample as ERROR, where a fault in the agent's sandbox during VERIFY is the candidate's.
     */
    final class Unavailable extends SandboxException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * True when the verdict is just the visible tests' result on the workspace, so a run the agent made on
     * the identical workspace may stand in for it (judged by {@link #judge}).
     */
    default boolean isVisibleTestRun() {
        return false;
    }

    /** The verdict on a visible-test run (the agent's own, reused). */
    default Verdict judge(Attempt attempt, ExecResult run) {
        return Verdict.judge(attempt.task().testCommand(), run, Optional.empty());
    }

    /** What the model is told after a rejected round, under {@code --policy repair}. */
    default UserMessage repairPrompt(Verdict verdict) {
        return Prompts.repair(verdict);
    }

    /** How run.json, the run header and the report name it: {@code visible}, {@code oracle}, {@code noisy:…}. */
    default String spec() {
        return "visible";
    }

    /**
     * Set when the verifier reads the hidden grade, so its numbers are not an agent's: the oracle is an upper bound,
     * a noisy oracle a verifier of known quality. Shown wherever the run is.
     */
    default Optional<String> caveat() {
        return Optional.empty();
    }
}
