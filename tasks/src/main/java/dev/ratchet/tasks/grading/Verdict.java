package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.ExecResult;

/** A test run's pass/fail with the run itself. */
public record Verdict(boolean passed, ExecResult run) {
    public static Verdict of(ExecResult run) {
        return new Verdict(run.succeeded(), run);
    }
}
