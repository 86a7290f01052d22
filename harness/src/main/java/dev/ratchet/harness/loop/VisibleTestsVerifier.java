package dev.ratchet.harness.loop;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.ProtectedPaths;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Verdict;

import java.util.Map;
import java.util.Set;

/**
 * Runs the visible tests in the agent's sandbox after putting back what the agent may not edit (the visible
 * tests, the task's runners and build files; new framework shadows and test configuration are removed), so an
 * agent that weakened a test doesn't fool its own verifier. Judged like the grader, against the visible tests
 * the task's validation expects.
 */
public final class VisibleTestsVerifier implements Verifier {
    private final ExpectedTests expected;

    public VisibleTestsVerifier() {
        this(ExpectedTests.UNKNOWN);
    }

    public VisibleTestsVerifier(ExpectedTests expected) {
        this.expected = expected;
    }

    @Override
    public Verdict verify(Sandbox sandbox, Attempt attempt) {
        Task task = attempt.task();
        restoreProtected(sandbox, task);
        return judge(attempt, sandbox.exec(task.testCommand(), task.timeout()));
    }

    @Override
    public boolean isVisibleTestRun() {
        return true;
    }

    @Override
    public Verdict judge(Attempt attempt, ExecResult run) {
        Task task = attempt.task();
        return Verdict.judge(task.testCommand(), run, expected.visible(task.id()));
    }

    /** Pristine content back for every refused path the task has; refused new files that are protected go. */
    static void restoreProtected(Sandbox sandbox, Task task) {
        Map<String, byte[]> pristine = new java.util.HashMap<>(TaskFiles.readBytes(task.workspace()));
        pristine.putAll(TaskFiles.readBytes(task.visibleTests()));
        Set<String> hidden = Set.copyOf(TaskFiles.relativeFiles(task.hiddenTests()));
        for (String path : Candidate.examine(sandbox, task).refused()) {
            if (pristine.containsKey(path)) sandbox.writeBytes(path, pristine.get(path));
            else if (hidden.contains(path) || ProtectedPaths.isProtected(path, false)) sandbox.deleteFile(path);
        }
        // the visible tests always, even if unchanged: cheap, and the reused-run check relies on it
        TaskFiles.readBytes(task.visibleTests()).forEach(sandbox::writeBytes); // exactly: support files may be binary
    }
}
