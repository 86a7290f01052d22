package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.sandbox.docker.DockerTestImages;
import dev.ratchet.sandbox.docker.WarmContainerPool;
import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.formats.LoadOptions;
import dev.ratchet.tasks.formats.SuiteFormats;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language's test command leaves its container in a state the pool's scrub can prove pristine, so a pooled
 * container serves grade after grade: three grades of a real polyglot reference through a pool of one, all passing,
 * the later ones in the warm container, none discarded. (The Go image's build cache used to be a writable volume that
 * every grade changed: each grade discarded its container and paid a fresh start.) Skips without Docker, the image or
 * the benchmark, unless {@code RATCHET_REQUIRE_DOCKER=1} (and {@code RATCHET_REQUIRE_BENCHMARKS=1}).
 */
class PooledGradesDockerTest {
    @TempDir Path cache;

    /**
     * A Rust exercise that uses crates compiles only itself: its crates come from the image's target-directory seed
     * (links into it, none replaced by a file of this run's). Real exercises whose graded manifests name rand;
     * num-bigint and num-traits (with the example's crates); anyhow and thiserror.
     */
    @ParameterizedTest
    @ValueSource(strings = {"rust/simple-cipher", "rust/decimal", "rust/grep"})
    void aRustGradeBuildsOnlyTheExerciseNotItsCrates(String id) {
        Task task = task(id);
        DockerTestImages.require(task.image());
        try (Sandbox sandbox = DockerSandboxFactory.connect().create(TaskFiles.graderSpec(task, id + "#seed"))) {
            Candidate.ofText(TaskFiles.reference(task), Set.of()).applyTo(sandbox, TaskFiles.testPaths(task));
            Verdict v = Verdict.judge(task.testCommand(), sandbox.exec(task.testCommand(), task.timeout()), Optional.empty());
            assertThat(v.passed()).as(v.reason() + "\n" + v.run().combinedOutput()).isTrue();
            ExecResult built = sandbox.exec(List.of("sh", "-c", "cd /tmp/ratchet-cargo-target/debug/deps && ls -p | grep -v /"
                    + " | while read f; do if [ -L \"$f\" ]; then echo \"seed $f\"; else echo \"built $f\"; fi; done"), task.timeout());
            List<String> rlibs = built.stdout().lines().filter(l -> l.endsWith(".rlib")).toList();
            assertThat(rlibs).as(built.combinedOutput()).anyMatch(l -> l.startsWith("seed "));
            String exercise = "lib" + task.id().substring("rust/".length()).replace('-', '_') + "-";
            assertThat(rlibs).filteredOn(l -> l.startsWith("built ")).allMatch(l -> l.contains(exercise));
        }
    }

    private Task task(String id) {
        Path exercise = RealBenchmarks.polyglot().resolve(id.replace("/", "/exercises/practice/"));
        return SuiteFormats.load(exercise, LoadOptions.defaults(cache)).tasks().getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"python/bowling", "java/bowling", "go/bowling", "rust/bowling", "javascript/bowling",
            "cpp/bank-account"})
    void aContainerServesGradeAfterGrade(String id) {
        Task task = task(id);
        DockerTestImages.require(task.image());
        Candidate reference = Candidate.ofText(TaskFiles.reference(task), Set.of());
        try (var pool = new WarmContainerPool(DockerSandboxFactory.connect(), 1)) {
            pool.warm(List.of(task.image()));
            Grader grader = new Grader(pool);
            for (int i = 0; i < 3; i++) {
                Verdict v = grader.grade(task, reference, id + "#" + i);
                assertThat(v.passed()).as("grade %d: %s%n%s", i, v.reason(), v.run().combinedOutput()).isTrue();
            }
            var stats = pool.stats();
            assertThat(stats.discarded()).as("discarded: %s", stats.lastDiscard()).isZero();
            assertThat(stats.warm()).isGreaterThanOrEqualTo(2);
        }
    }
}
