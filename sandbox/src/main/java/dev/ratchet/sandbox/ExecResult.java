package dev.ratchet.sandbox;

import java.time.Duration;

/**
 * What a command did. {@code truncated} is true when either stream was longer than the sandbox's
 * output cap and only its head was kept; {@code timedOut} when the command was killed at its timeout
 * (the exit code is then the signal's, e.g. 137). {@code started} is false when the command could not be
 * started at all: it was not found (exit 127) or is not executable (126), as a shell reports it. A started
 * command can exit 127 or 126 too, so only {@code started} tells a missing program from a program's own answer.
 */
public record ExecResult(int exitCode, String stdout, String stderr, boolean timedOut,
                         boolean truncated, Duration elapsed, boolean started) {

    public static final int NOT_FOUND_EXIT_CODE = 127;
    public static final int NOT_EXECUTABLE_EXIT_CODE = 126;

    /** A command that ran (started). */
    public ExecResult(int exitCode, String stdout, String stderr, boolean timedOut, boolean truncated, Duration elapsed) {
        this(exitCode, stdout, stderr, timedOut, truncated, elapsed, true);
    }

    /** A command that could not be started; {@code why} is the shell-like line a person or a model reads. */
    public static ExecResult notStarted(int exitCode, String why, Duration elapsed) {
        return new ExecResult(exitCode, "", why.endsWith("\n") ? why : why + "\n", false, false, elapsed, false);
    }

    public boolean succeeded() {
        return exitCode == 0 && !timedOut && started;
    }

    /** stdout then stderr, for showing a test run to a model or a person. */
    public String combinedOutput() {
        if (stderr.isEmpty()) return stdout;
        if (stdout.isEmpty()) return stderr;
        return stdout + (stdout.endsWith("\n") ? "" : "\n") + stderr;
    }
}
