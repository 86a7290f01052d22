package dev.ratchet.harness.model.sim;

import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.Grader;
import dev.ratchet.tasks.CacheWarning;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.SuiteHash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.time.Duration;

/**
 * Runs the hidden grader on a mutant once (a mutant whose tests time out counts as unusable) and remembers the answer, in
 * memory and (optionally) in a cache directory keyed by a hash of the task's files, the sandbox it was graded in (kind and
 * image: a mutant killed by Python 3.13 may survive 3.11) and the mutant, so later runs skip the check.
 */
public final class GradingMutantOracle implements MutantOracle {
    private static final Duration MIN_CHECK = Duration.ofSeconds(2);
    private final Grader grader;
    private final Path cacheDir;
    private final Map<String, CompletableFuture<Boolean>> memory = new ConcurrentHashMap<>();
    private final Map<Task, String> taskDigests = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Duration>> budgets = new ConcurrentHashMap<>();
    private final CacheWarning warning = new CacheWarning("mutant cache", "mutants are checked again next run");

    /** {@code cacheDir} may be null for no disk cache. */
    public GradingMutantOracle(Grader grader, Path cacheDir) {
        this.grader = grader;
        this.cacheDir = cacheDir;
    }

    @Override
    public boolean killedByHiddenTests(Task task, Candidate candidate) {
        String key = key(task, candidate);
        return once(memory, key, () -> fromDisk(key).orElseGet(() -> {
            // A mutant that hangs the tests is not used: every round it appears in would cost a full timeout.
            // A sandbox fault (the test command cannot start, the container is lost) throws: nothing is remembered.
            var verdict = grader.grade(task, candidate, task.id() + "#mutant-check", budget(task));
            boolean timedOut = verdict.run().timedOut();
            boolean killed = !verdict.passed() && !timedOut;
            // A timeout says as much about this machine's load as about the mutant: remembered for this run only.
            if (!timedOut) toDisk(key, killed);
            return killed;
        }));
    }

    /**
     * How long a mutant check may take: ten times the reference's own hidden-test run (at least 2 s,
     * at most the task's timeout), so a mutant that loops forever costs seconds, not a full timeout.
     */
    private Duration budget(Task task) {
        return once(budgets, task.id(), () -> {
            Duration limit = task.timeout();
            try {
                var reference = Candidate.ofText(TaskAnswers.of(task).reference(), java.util.Set.of());
                var run = grader.grade(task, reference, task.id() + "#reference-timing").run();
                Duration tenTimes = run.elapsed().multipliedBy(10);
                if (!run.timedOut() && tenTimes.compareTo(limit) < 0) {
                    limit = tenTimes.compareTo(MIN_CHECK) < 0 ? MIN_CHECK : tenTimes;
                }
            } catch (RuntimeException e) {
                // keep the task's own timeout
            }
            return limit;
        });
    }

    /**
     * {@code compute} once per key even when samples ask at once: the others wait for the first, and a slow
     * computation blocks only its own key. A failure is not remembered, so the next caller tries again.
     */
    private static <K, V> V once(Map<K, CompletableFuture<V>> memo, K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> known = memo.putIfAbsent(key, mine);
        if (known != null) return known.join();
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            memo.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private java.util.Optional<Boolean> fromDisk(String key) {
        if (cacheDir == null) return java.util.Optional.empty();
        try {
            Path f = cacheDir.resolve(key);
            return Files.isRegularFile(f) ? java.util.Optional.of(Files.readString(f).strip().equals("killed"))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private void toDisk(String key, boolean killed) {
        if (cacheDir == null) return;
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, key, ".tmp");
            Files.writeString(tmp, killed ? "killed" : "survived");
            Files.move(tmp, cacheDir.resolve(key), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            warning.cannotWrite(cacheDir, e); // a failed write only costs a re-check next run
        }
    }

    private String key(Task task, Candidate candidate) {
        String taskDigest = taskDigests.computeIfAbsent(task, t -> sha(SuiteHash.of(task.workspace())
                + " " + SuiteHash.of(task.visibleTests()) + " " + SuiteHash.of(task.hiddenTests())
                + " " + String.join("\u0000", task.testCommand()) + " " + grader.sandboxFor(task)));
        return sha(taskDigest + candidate.digest());
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
