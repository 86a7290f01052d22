package dev.ratchet.harness.run;

import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.harness.model.BudgetedModel;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.Models;
import dev.ratchet.results.JsonlTraceSink;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleKey;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.tasks.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the (task, sample) pairs of a plan through the agent loop on virtual threads, at most
 * {@code parallel} at once, appending each result to the run store as soon as it is known. A sample
 * that fails in an unexpected way is recorded as ERROR with its reason; the run goes on.
 * {@link #stop()} (Ctrl-C) starts nothing new and interrupts what is in flight, which then ends as ERROR.
 * Once the run budget is spent, samples not yet started are skipped (left for {@code --resume}); a
 * sample stopped by a budget is ERROR with reason "budget: …". When the first samples all fail with the same
 * model fault ({@link EarlyStop}), nothing new starts either; the samples in flight finish.
 */
public final class Runner {

    /** What to run. {@code skip}: samples already finished (resume). */
    public record Plan(List<Task> tasks, int samples, Models models, int parallel, Shard shard, Set<SampleKey> skip) {
        public Plan {
            tasks = List.copyOf(tasks);
            skip = Set.copyOf(skip);
            if (samples < 1) throw new IllegalArgumentException("samples must be at least 1");
            if (parallel < 1) throw new IllegalArgumentException("parallel must be at least 1");
        }

        /** The pairs this process runs, sample-major so early results cover many tasks. */
        public List<Job> jobs() {
            List<Job> jobs = new ArrayList<>();
            int ordinal = 0;
            for (int sample = 0; sample < samples; sample++) {
                for (Task task : tasks) {
                    if (shard.owns(ordinal++) && !skip.contains(new SampleKey(task.id(), sample))) {
                        jobs.add(new Job(task, sample));
                    }
                }
            }
            return jobs;
        }
    }

    public record Job(Task task, int sample) {}

    /**
     * The run directory could not be written (disk full, permissions): the run stops, since results it cannot
     * record are lost work. What was recorded before stays; {@code --resume} finishes the run.
     */
    public static final class RecordingFailed extends RuntimeException {
        RecordingFailed(Throwable cause) {
            super("cannot record results, run stopped: " + whatFailed(cause)
                    + " (what was recorded before is kept; --resume finishes the run)", cause);
        }

        /** "cannot append to …/results.jsonl: File too large": the step and the OS's reason. */
        private static String whatFailed(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            String reason = root == e || root.getMessage() == null ? "" : ": " + root.getMessage();
            return e.getMessage() + (e.getMessage() != null && e.getMessage().endsWith(reason) ? "" : reason);
        }
    }

    private final AgentLoop loop;
    private final Clock clock;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicReference<Throwable> recordingFault = new AtomicReference<>();
    private final EarlyStop earlyStop = new EarlyStop();
    private volatile ExecutorService pool;

    public Runner(AgentLoop loop, Clock clock) {
        this.loop = loop;
        this.clock = clock;
    }

    /** Throws {@link RecordingFailed} when a result or trace could not be written; nothing else escapes a sample. */
    public List<SampleResult> run(RunStore store, Plan plan, Progress progress) {
        List<Job> jobs = plan.jobs();
        BudgetedModel.Budget budget = plan.models().budget();
        AtomicInteger done = new AtomicInteger();
        Semaphore slots = new Semaphore(plan.parallel());
        List<SampleResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
        pool = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sample-", 0).factory());
        try (ExecutorService p = pool) {
            for (Job job : jobs) {
                if (!acquire(slots, budget)) break;
                try {
                    p.submit(() -> {
                        try {
                            // not started: --resume can run it later
                            if (budget.runExhausted() || stopping.get() || earlyStop.triggered()) return;
                            SampleResult r = runOne(store, plan.models(), job);
                            store.append(r);
                            results.add(r);
                            earlyStop.observe(r);
                            progress.finished(r, done.incrementAndGet(), jobs.size());
                        } catch (RuntimeException | Error e) {
                            if (recordingFault.compareAndSet(null, e)) stop();
                        } finally {
                            slots.release();
                        }
                    });
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    slots.release();
                    break;
                }
            }
        } // close() waits for every submitted sample
        Throwable fault = recordingFault.get();
        if (fault != null) throw new RecordingFailed(fault);
        return List.copyOf(results);
    }

    /**
     * Why the run started nothing new after its first samples ("the same model fault in all of them"), if it did;
     * samples not started have no result line, so {@code --resume} runs them.
     */
    public java.util.Optional<String> stoppedEarly() {
        return earlyStop.reason();
    }

    /** Starts nothing new and interrupts the samples in flight; they are recorded as ERROR. */
    public void stop() {
        stopping.set(true);
        ExecutorService p = pool;
        if (p != null) p.shutdownNow();
    }

    /** Waits until the samples in flight after {@link #stop()} have been recorded. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        ExecutorService p = pool;
        return p == null || p.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean acquire(Semaphore slots, BudgetedModel.Budget budget) {
        if (stopping.get() || budget.runExhausted() || earlyStop.triggered()) return false;
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (stopping.get() || earlyStop.triggered()) {
            slots.release();
            return false;
        }
        return true;
    }

    private SampleResult runOne(RunStore store, Models models, Job job) {
        Task task = job.task();
        setAsidePreviousTrace(store, task.id(), job.sample());
        try (JsonlTraceSink sink = store.traceSink(task.id(), job.sample())) {
            try {
                Model model = models.forSample(task, job.sample(),
                        msg -> sink.emit(new TraceEvent.Error(clock.millis(), 0, "transient", msg)));
                SampleResult r = stopReasonsVerbatim(loop.run(task, job.sample(), model, sink));
                return stopping.get() && r.outcome() == Outcome.ERROR
                        ? r.with(Outcome.ERROR, r.rounds(), 0, "interrupted: " + r.reason())
                        : r;
            } catch (RuntimeException e) {
                String reason = "harness: " + e;
                sink.emit(new TraceEvent.Error(clock.millis(), 0, "fatal", reason));
                return new SampleResult(task.id(), job.sample(), Outcome.ERROR, List.of(), 0, reason, SampleResult.Usage.NONE);
            }
        }
    }

    /** The loop prefixes model faults with "model: "; a budget stop or replay divergence is reported as itself. */
    private static SampleResult stopReasonsVerbatim(SampleResult r) {
        String reason = r.reason();
        if (reason == null || !reason.startsWith("model: ") || !ModelException.isStopReason(reason.substring(7))) return r;
        return r.with(r.outcome(), r.rounds(), r.submittedRound(), reason.substring(7));
    }

    /** A re-run (resume of an ERROR sample) keeps the earlier attempt's trace beside the new one. */
    private static void setAsidePreviousTrace(RunStore store, String task, int sample) {
        Path trace = store.tracePath(task, sample);
        if (!Files.exists(trace)) return;
        try {
            for (int n = 1; ; n++) {
                Path aside = trace.resolveSibling(sample + ".attempt-" + n + ".jsonl");
                if (!Files.exists(aside)) {
                    Files.move(trace, aside);
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside " + trace, e);
        }
    }
}
