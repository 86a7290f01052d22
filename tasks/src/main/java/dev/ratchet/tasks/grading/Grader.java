package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.time.Duration;
import java.util.Set;

/**
 * The hidden grader: a fresh sandbox with the pristine workspace, visible and hidden tests, the candidate's
 * editable files on top (laid with them when they fit, {@link CandidateLayer}), then the task's test command, judged
 * on its per-test results against the tests the task's validation expects ({@link Verdict#judge}). The model never sees its output.
 * A test command that cannot start is a {@link dev.ratchet.sandbox.SandboxException} (see {@link Verdict#of}), never
 * a failed candidate.
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
        Set<String> testPaths = TaskFiles.testPaths(task);
        SandboxSpec spec = TaskFiles.graderSpec(task, label);
        try (CandidateLayer layer = CandidateLayer.of(candidate, spec.layers(), testPaths)) {
            Sandbox laid = layer.dir().map(dir -> createOrNull(spec.withLayer(dir))).orElse(null);
            try (Sandbox sandbox = laid != null ? laid : sandboxes.create(spec)) {
                ExecResult run;
                try {
                    if (laid != null) candidate.applyDeletions(sandbox, testPaths);
                    else candidate.applyTo(sandbox, testPaths);
                    run = sandbox.exec(task.testCommand(), timeout);
                } catch (RuntimeException e) {
                    if (Thread.currentThread().isInterrupted()) throw e; // the run was stopped (Ctrl-C): not the candidate's
                    return Verdict.broken(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                // outside the catch: a test command that could not start at all is ERROR, not the candidate's failure
                return Verdict.judge(task.testCommand(), run, expected.graded(task.id()));
            }
        }
    }

    /**
     * A sandbox with the candidate's files laid in, or null when that fails: the files may be the cause (too big for
     * the workspace), so the grader then starts one without them and writes them itself, where a fault is the
     * candidate's; a fault of the sandbox's own fails there again and ends the sample as ERROR.
     */
    private Sandbox createOrNull(SandboxSpec spec) {
        try {
            return sandboxes.create(spec);
        } catch (SandboxException e) {
            if (Thread.currentThread().isInterrupted()) throw e;
            return null;
        }
    }

    /** What a verdict on {@code task} depends on besides the files: the kind of sandbox and its image (for cache keys). */
    public String sandboxFor(Task task) {
        return sandboxes.kind() + " " + task.image();
    }
}
