package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

/**
 * The hidden grader: a fresh sandbox with the pristine workspace, the candidate's files, then the
 * visible and hidden tests, and the task's test command. The model never sees its output. A test command that cannot
 * start is a {@link dev.ratchet.sandbox.SandboxException} (see {@link Verdict#of}), never a failed candidate.
 */
public final class Grader {
    private final SandboxFactory sandboxes;

    public Grader(SandboxFactory sandboxes) {
        this.sandboxes = sandboxes;
    }

    public Verdict grade(Task task, Candidate candidate, String label) {
        return grade(task, candidate, label, task.timeout());
    }

    /** The same with a tighter time limit (the simulated model's mutant checks). */
    public Verdict grade(Task task, Candidate candidate, String label, java.time.Duration timeout) {
        try (Sandbox sandbox = sandboxes.create(TaskFiles.graderSpec(task, label))) {
            candidate.applyTo(sandbox, TaskFiles.testPaths(task));
            return Verdict.of(sandbox.exec(task.testCommand(), timeout));
        }
    }

    /** What a verdict on {@code task} depends on besides the files: the kind of sandbox and its image (for cache keys). */
    public String sandboxFor(Task task) {
        return sandboxes.kind() + " " + task.image();
    }
}
