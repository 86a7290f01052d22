package dev.ratchet.sandbox.local;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.SandboxException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands in one directory: each in its own process group, stdin from /dev/null,
 * both outputs drained concurrently under a cap, the whole tree killed at the timeout and any
 * leftovers of the group killed after a normal exit.
 */
final class ProcessRunner {

    /** Exit code reported for a command killed at its timeout, as a shell reports SIGKILL. */
    static final int TIMEOUT_EXIT_CODE = 137;

    private static final Path DEV_NULL = Path.of("/dev/null");

    private final Path workDir;
    private final Map<String, String> env;
    private final LocalSandboxOptions options;
    private final ProcessTree tree;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    /** @param env the commands' whole environment */
    ProcessRunner(Path workDir, Map<String, String> env, LocalSandboxOptions options, ProcessTree tree) {
        this.workDir = workDir;
        this.env = Map.copyOf(env);
        this.options = options;
        this.tree = tree;
    }

    Path workDir() {
        return workDir;
    }

    ExecResult run(List<String> argv, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (argv == null || argv.isEmpty()) throw new IllegalArgumentException("argv must not be empty");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
        long started = System.nanoTime();

        var builder = new ProcessBuilder(tree.wrap(argv))
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL.toFile()));
        builder.environment().clear(); // an allow-list (ChildEnvironment), never this JVM's environment
        builder.environment().putAll(env);

        // Looked up before starting, the way execvp would, so that "could not start" is known for sure and never
        // confused with a started command's own exit 127/126. It reads like a shell's answer, not an exception.
        var path = builder.environment().getOrDefault("PATH", "");
        var found = CommandLookup.find(argv.getFirst(), path, workDir);
        if (found.isEmpty()) {
            return ExecResult.notStarted(ExecResult.NOT_FOUND_EXIT_CODE, "command not found: " + argv.getFirst(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
        if (Files.isDirectory(found.get()) || !Files.isExecutable(found.get())) {
            return ExecResult.notStarted(ExecResult.NOT_EXECUTABLE_EXIT_CODE, "permission denied: " + argv.getFirst(),
                    Duration.ofNanos(System.nanoTime() - started));
        }

        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new SandboxException("cannot start " + argv.getFirst() + ": " + e.getMessage(), e);
        }
        running.add(process);
        try {
            return await(process, timeout, started);
        } finally {
            running.remove(process);
        }
    }

    private ExecResult await(Process process, Duration timeout, long started) {
        int cap = options.outputCapBytes();
        var out = OutputCapture.start(process.getInputStream(), cap, "sandbox-stdout-" + process.pid());
        var err = OutputCapture.start(process.getErrorStream(), cap, "sandbox-stderr-" + process.pid());
        boolean timedOut = false;
        int exitCode;
        try {
            if (process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                exitCode = process.exitValue();
                // Background processes must not outlive the command that started them.
                tree.killGroup(process.pid());
            } else {
                timedOut = true;
                tree.killAll(process);
                process.waitFor(5, TimeUnit.SECONDS);
                exitCode = TIMEOUT_EXIT_CODE;
            }
            // Bounded: a process that escaped the group could hold the pipes open indefinitely.
            long deadline = System.nanoTime() + options.drainGrace().toNanos();
            out.awaitEnd(millisUntil(deadline));
            err.awaitEnd(millisUntil(deadline));
        } catch (InterruptedException e) {
            tree.killAll(process);
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while running a command", e);
        }
        return new ExecResult(exitCode, out.text(), err.text(), timedOut,
                out.overflowed() || err.overflowed(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static long millisUntil(long deadlineNanos) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    /** Kills every command still running; used by close(). */
    void killRunning() {
        for (var process : List.copyOf(running)) {
            tree.killAll(process);
        }
    }
}
