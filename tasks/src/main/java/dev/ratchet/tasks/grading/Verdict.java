package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.SandboxException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A test run's pass/fail with the run itself (result channel removed from its output) and why. {@code reason}
 * is empty for a clean pass; otherwise it starts with one of the fixed phrases below, so reports and flags
 * can match on it.
 */
public record Verdict(boolean passed, ExecResult run, String reason) {

    public static final String UNSTRUCTURED = "exit code only (the test command reports no per-test results)";
    public static final String UNKNOWN_EXPECTED = "expected tests unknown (task not validated): at least one test ran and none failed";
    public static final String TIMED_OUT = "timed out";
    public static final String NOT_STARTED = "the test command could not be started";
    public static final String NO_RESULTS = "no test results";
    public static final String INCOMPLETE = "test run ended before reporting all results";
    public static final String TAMPERED = "test framework modified";
    public static final String TESTS_FAILED = "tests failed";
    public static final String MISSING = "expected tests did not pass";
    public static final String NO_TESTS = "no tests ran";
    public static final String EXIT = "non-zero exit although every test passed";
    /** Prefix of a verdict whose run broke after candidate code started (the candidate's failure, not ERROR). */
    public static final String BROKEN = "test run broke after candidate code started";

    public Verdict {
        reason = reason == null ? "" : reason;
    }

    /**
     * Exit code only: for test commands that report no per-test results (and the tests of this record's users).
     * A test command that could not be started at all (its program is not there: exit 127, or not executable: 126,
     * as the sandbox reports before running anything) is an infrastructure fault, not the candidate's failure: it
     * throws {@link SandboxException}, which ends the sample as ERROR. Once the command has started, any exit code
     * is the candidate's, even 127 from its own code under test.
     */
    public static Verdict of(ExecResult run) {
        requireStarted(run);
        return new Verdict(run.succeeded(), run, run.succeeded() ? UNSTRUCTURED : exitReason(run));
    }

    /** The candidate's failure: its run ended in a fault (container gone, a file that can't be restored…). */
    public static Verdict broken(String what) {
        return new Verdict(false, new ExecResult(-1, "", what, false, false, java.time.Duration.ZERO), BROKEN + ": " + what);
    }

    /**
     * Judges a run of {@code command}: when it reports on the {@link ResultChannel}, it passes only if the report
     * is complete, the framework untouched, every {@code expected} test passed (or, expected unknown, at least one
     * test ran and none failed) and the command exited 0. Exit code 0 alone never passes such a command.
     */
    public static Verdict judge(List<String> command, ExecResult raw, Optional<Set<String>> expected) {
        requireStarted(raw);
        if (!ResultChannel.reportsOn(command)) return of(raw);
        ExecResult run = ResultChannel.withoutChannel(raw);
        Optional<TestReport> found = ResultChannel.read(raw);
        if (raw.timedOut()) return new Verdict(false, run, TIMED_OUT);
        if (found.isEmpty()) return new Verdict(false, run, NO_RESULTS + " (exit " + raw.exitCode() + ")");
        TestReport report = found.get();
        if (!report.complete()) return new Verdict(false, run, INCOMPLETE + " (exit " + raw.exitCode() + ")");
        if (!report.tampered().isEmpty()) return new Verdict(false, run, TAMPERED + ": " + String.join(", ", report.tampered()));
        Set<String> failed = report.ids(TestReport.Status.FAILED);
        if (!failed.isEmpty()) return new Verdict(false, run, TESTS_FAILED + ": " + abbreviate(failed));
        if (expected.isPresent()) {
            Set<String> missing = new TreeSet<>(expected.get());
            missing.removeAll(report.ids(TestReport.Status.PASSED));
            if (!missing.isEmpty()) return new Verdict(false, run, MISSING + ": " + abbreviate(missing));
        }
        if (report.ids(TestReport.Status.PASSED).isEmpty()) return new Verdict(false, run, NO_TESTS);
        if (raw.exitCode() != 0) return new Verdict(false, run, EXIT + " (exit " + raw.exitCode() + ")");
        return new Verdict(true, run, expected.isPresent() ? "" : UNKNOWN_EXPECTED);
    }

    /** A test command that could not be started at all: an infrastructure fault (ERROR), whoever catches faults. */
    public static final class CommandNotStarted extends SandboxException {
        CommandNotStarted(String message) {
            super(message);
        }
    }

    private static void requireStarted(ExecResult run) {
        if (!run.started()) {
            throw new CommandNotStarted(NOT_STARTED + " (exit " + run.exitCode() + "): "
                    + run.combinedOutput().strip());
        }
    }

    private static String exitReason(ExecResult run) {
        return run.timedOut() ? TIMED_OUT : "exit " + run.exitCode();
    }

    private static String abbreviate(Set<String> ids) {
        List<String> shown = ids.stream().limit(5).toList();
        return String.join(", ", shown) + (ids.size() > shown.size() ? " and " + (ids.size() - shown.size()) + " more" : "");
    }
}
