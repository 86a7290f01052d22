package dev.ratchet.harness.loop;

import dev.ratchet.tasks.grading.Verdict;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.Task;

/** The agent's own check of a round's work; its verdict decides whether the loop stops. */
public interface Verifier {
    Verdict verify(Sandbox sandbox, Task task);

    /**
     * True when the verdict is just the visible tests' result on the workspace, so a run the agent made on
     * the identical workspace may stand in for it (judged by {@link #judge}).
     */
    default boolean isVisibleTestRun() {
        return false;
    }

    /** The verdict on a visible-test run (the agent's own, reused). */
    default Verdict judge(Task task, ExecResult run) {
        return Verdict.judge(task.testCommand(), run, java.util.Optional.empty());
    }
}
