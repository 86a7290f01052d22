package dev.ratchet.harness.loop;

import dev.ratchet.tasks.grading.Verdict;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

/**
 * Runs the visible tests in the agent's sandbox after restoring the visible test files, so an agent
 * that weakened a test doesn't fool its own verifier.
 */
public final class VisibleTestsVerifier implements Verifier {
    @Override
    public Verdict verify(Sandbox sandbox, Task task) {
        restoreVisibleTests(sandbox, task);
        return Verdict.of(sandbox.exec(task.testCommand(), task.timeout()));
    }

    @Override
    public boolean isVisibleTestRun() {
        return true;
    }

    static void restoreVisibleTests(Sandbox sandbox, Task task) {
        TaskFiles.readBytes(task.visibleTests()).forEach(sandbox::writeBytes); // exactly: support files may be binary
    }
}
