package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.SandboxException;

/** A test run's pass/fail with the run itself. */
public record Verdict(boolean passed, ExecResult run) {

    /**
     * The verdict of a run of the task's test command. A test command that could not be started at all (its program
     * is not there: exit 127, or not executable: 126, as the sandbox reports before running anything) is an
     * infrastructure fault, not the candidate's failure: it throws {@link SandboxException}, which ends the sample as
     * ERROR. Once the command has started, any exit code is the candidate's, even 127 from its own code under test.
     */
    public static Verdict of(ExecResult run) {
        if (!run.started()) {
            throw new SandboxException("the test command could not be started (exit " + run.exitCode() + "): "
                    + run.combinedOutput().strip());
        }
        return new Verdict(run.succeeded(), run);
    }
}
