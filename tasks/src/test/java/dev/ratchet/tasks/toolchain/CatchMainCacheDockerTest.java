package dev.ratchet.tasks.toolchain;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.formats.LoadOptions;
import dev.ratchet.tasks.formats.SuiteFormats;
import dev.ratchet.tasks.grading.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The C++ image's read-only ccache of Catch2's main, on a real polyglot exercise: its build takes
 * {@code test/tests-main.cpp}'s object from the cache the image was built with (ccache's log says so), the
 * solution and test files compile as usual, the grade passes, and nothing in the sandbox can add to the cache.
 * Skips without Docker, the image or the benchmark data, unless required.
 */
class CatchMainCacheDockerTest {
    @TempDir Path cache;

    @Test
    void theCatchMainComesFromTheImagesCacheAndNothingCanBeAddedToIt() {
        Path exercise = RealBenchmarks.polyglot().resolve("cpp/exercises/practice/bank-account");
        Task t = SuiteFormats.load(exercise, LoadOptions.defaults(cache)).tasks().getFirst();
        dev.ratchet.sandbox.docker.DockerTestImages.require(t.image());
        var spec = new SandboxSpec(List.of(t.workspace(), t.reference().orElseThrow(), t.visibleTests(), t.hiddenTests()),
                Map.of("CCACHE_LOGFILE", "/tmp/ccache.log"), t.image(), t.id() + "#catch-cache");
        try (Sandbox sandbox = DockerSandboxFactory.connect().create(spec)) {
            ExecResult run = sandbox.exec(t.testCommand(), t.timeout());
            Verdict v = Verdict.judge(t.testCommand(), run, Optional.empty());
            assertThat(v.passed()).as(v.reason() + "\n" + v.run().combinedOutput()).isTrue();

            String log = sandbox.exec(List.of("cat", "/tmp/ccache.log"), Duration.ofSeconds(30)).stdout();
            assertThat(hits(log, "tests-main.cpp")).as(log).isTrue();
            assertThat(hits(log, "bank_account.cpp")).as("the solution is compiled, not cached").isFalse();

            ExecResult write = sandbox.exec(List.of("sh", "-c", "mkdir -p /opt/ccache/x && echo poisoned > /opt/ccache/x/y"),
                    Duration.ofSeconds(30));
            assertThat(write.succeeded()).as("the cache is read-only: " + write.combinedOutput()).isFalse();
        }
    }

    /** Whether ccache's log shows a cache hit for the compilation of {@code file}. */
    static boolean hits(String log, String file) {
        boolean inFile = false;
        for (String line : log.split("\n")) {
            if (line.contains("Command line:")) inFile = line.contains(file);
            if (inFile && line.contains("Succeeded getting cached result")) return true;
        }
        return false;
    }
}
