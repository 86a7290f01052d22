package dev.ratchet.harness.run;

import dev.ratchet.results.Outcome;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl-C on a real child JVM with a real SIGINT: what `run` promises when it is interrupted. */
class CtrlCTest {
    @TempDir Path runs;

    private Process startSlowRun() throws Exception {
        // A JVM started with SIGINT ignored (under nohup, or as a background job of a shell without job control)
        // passes that on to its children, and a JVM that inherits it installs no handler: no Ctrl-C to test.
        org.junit.jupiter.api.Assumptions.assumeFalse(sigintIgnoredHere(),
                "SIGINT is ignored in this process (nohup or a background job): a child JVM could not receive Ctrl-C");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dratchet.junit.jar=" + System.getProperty("ratchet.junit.jar", ""),
                "dev.ratchet.harness.cli.Main", "run", "--suite", ResumeAndShardTest.fixture(), "--samples", "4",
                "--parallel", "2", "--model", "sim:p=1,latency_ms=3000", "--runs-dir", runs.toString(), "--sandbox", "local")
                .redirectErrorStream(true).redirectOutput(runs.resolve("child.log").toFile()).start();
    }

    /** Bit 2 (SIGINT) of {@code SigIgn} in {@code /proc/self/status}; false where there is no such file. */
    static boolean sigintIgnoredHere() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return false;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
        }
        return false;
    }

    /** Waits until a sample has started (its trace exists), i.e. the run is mid-flight. */
    private Path awaitFirstTrace() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.exists(runs) ? Files.walk(runs) : Stream.empty()) {
                var trace = files.filter(p -> p.toString().contains("traces") && p.toString().endsWith(".jsonl")).findFirst();
                if (trace.isPresent()) return trace.get().getParent().getParent().getParent();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no sample started: " + Files.readString(runs.resolve("child.log")));
    }

    private static void sigint(Process p) throws Exception {
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor()).isZero();
    }

    @Test
    void ctrlCRecordsSamplesInFlightAsErrorClosesTheirTracesAndPrintsTheSummary() throws Exception {
        Process child = startSlowRun();
        try {
            Path run = awaitFirstTrace();
            sigint(child);
            assertThat(child.waitFor(40, TimeUnit.SECONDS)).as("exited").isTrue();
            String log = Files.readString(runs.resolve("child.log"));
            assertThat(child.exitValue()).as(log).isEqualTo(130);
            assertThat(log).contains("interrupted — recording the samples in flight as ERROR")
                    .contains("run directory: " + run).contains("errors:");

            List<SampleResult> results = RunStore.open(run).results();
            List<Path> traces;
            try (Stream<Path> files = Files.walk(run.resolve("traces"))) {
                traces = files.filter(p -> p.toString().endsWith(".jsonl")).toList();
            }
            assertThat(traces).isNotEmpty();
            assertThat(results).as(log).hasSize(traces.size()); // every started sample has its line
            assertThat(results).anySatisfy(r -> {
                assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
                assertThat(r.reason()).startsWith("interrupted: ");
            });
            for (Path trace : traces) {
                List<String> lines = Files.readAllLines(trace);
                assertThat(lines.getLast()).as(trace.toString()).contains("\"event\":\"task_finished\"");
            }
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    void secondCtrlCQuitsAtOnce() throws Exception {
        Process child = startSlowRun();
        try {
            awaitFirstTrace();
            // both signals at once: the stop here takes well under a second, so any gap lets the first finish
            new ProcessBuilder("sh", "-c", "kill -INT " + child.pid() + "; kill -INT " + child.pid()).start().waitFor();
            assertThat(child.waitFor(5, TimeUnit.SECONDS)).as(Files.readString(runs.resolve("child.log"))).isTrue();
            assertThat(child.exitValue()).isEqualTo(130);
        } finally {
            child.destroyForcibly().waitFor();
        }
    }
}
