package dev.ratchet.harness.cli;

import dev.ratchet.harness.run.Runner;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) during a run: a JVM shutdown hook stops the runner, so the samples in flight end as
 * ERROR "interrupted: …" with closed traces, then waits for the command to print its summary, since the JVM
 * halts as soon as the hooks return. A second Ctrl-C while that happens halts at once (exit 130).
 */
final class CtrlC implements AutoCloseable {
    /** How long the stop may take before the JVM goes down anyway: a sample ends at its next tool or model call. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final Runner runner;
    private final PrintWriter err;
    private final CountDownLatch summaryPrinted = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean fired;

    CtrlC(Runner runner, PrintWriter err) {
        this.runner = runner;
        this.err = err;
        this.hook = new Thread(this::stopCleanly, "ratchet-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether the run was stopped by a signal; the command then exits 130 like the JVM will. */
    boolean fired() {
        return fired;
    }

    /** The command has printed what it prints: the hook may let the JVM go. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and waits for this
        }
        summaryPrinted.countDown();
    }

    private void stopCleanly() {
        fired = true;
        haltOnSecondSignal();
        err.println("\nratchet: interrupted — recording the samples in flight as ERROR (resume with --resume;"
                + " Ctrl-C again to quit at once)");
        err.flush();
        runner.stop();
        try {
            long deadline = System.nanoTime() + GRACE.toNanos();
            runner.awaitStopped(GRACE);
            summaryPrinted.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * During shutdown the JVM's own SIGINT handler would block in {@code exit}, so a second Ctrl-C did nothing;
     * this one halts. sun.misc.Signal is the only way to do it in Java, hence the unsupported API.
     */
    @SuppressWarnings("removal")
    private static void haltOnSecondSignal() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> Runtime.getRuntime().halt(128 + s.getNumber()));
            } catch (IllegalArgumentException | UnsupportedOperationException notHere) {
                // signal unknown or ignored on this platform: the grace period still ends the wait
            }
        }
    }
}
