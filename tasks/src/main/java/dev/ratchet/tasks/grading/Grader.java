package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.time.Duration;

/**
 * The hidden grader: a fresh sandbox with the pristine workspace, visible and hidden tests, the candidate's
 * editable files on top, then the task's test command, judged on its per-test results against the tests the
 * task's validation expects ({@link Verdict#judge}). The model never sees its output.
 */
public final class Grader {
    private final SandboxFactory sandboxes;
    private final ExpectedTests expected;

    public Grader(SandboxFactory sandboxes) {
        this(sandboxes, ExpectedTests.UNKNOWN);
    }

    public Grader(SandboxFactory sandboxes, ExpectedTests expected) {
        this.sandboxes = sandboxes;
        this.expected = expected;
    }

    public Verdict grade(Task task, Candidate candidate, String label) {
        return grade(task, candidate, label, task.timeout());
    }

    /**
     * The same with a tighter time limit (the simulated model's mutant checks). A sandbox that cannot be made is
     * an infrastructure fault and throws; once the candidate's files are in, whatever breaks is its failure.
     */
    public Verdict grade(Task task, Candidate candidate, String label, Duration timeout) {
        try (Sandbox sandbox = sandboxes.create(TaskFiles.graderSpec(task, label))) {
            try {
                candidate.applyTo(sandbox, TaskFiles.testPaths(task));
                return Verdict.judge(task.testCommand(), sandbox.exec(task.testCommand(), timeout), expected.graded(task.id()));
            } catch (RuntimeException e) {
                return Verdict.broken(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    public String sandboxKind() {
        return sandboxes.kind();
    }
}
