package dev.ratchet.harness.run;

import dev.ratchet.results.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run whose results file cannot grow (the disk is full) stops with one clear line and a non-zero exit, and keeps
 * every line written before. The fault is real: the CLI runs in a child JVM under {@code ulimit -f}, so the kernel
 * refuses the write that would make a file pass 8 KiB (EFBIG, "File too large"), which a root user cannot get around
 * the way it gets around a read-only directory. A trace of the fixture task is ~6 KiB, so results.jsonl (~230 bytes a
 * line) is the file that hits the limit, after about 35 of the 60 samples.
 */
class RecordingFaultTest {
    @TempDir Path tmp;

    @Test
    void aFailedWriteOfResultsStopsTheRunWithOneLineAndKeepsWhatWasWritten() throws Exception {
        Path runs = tmp.resolve("runs");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("bash", "-c", "ulimit -f 8 && exec \"$@\"", "bash",
                java, "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                "-Dratchet.cache=" + tmp.resolve("cache"),
                "dev.ratchet.harness.cli.Main", "run", "--suite", ResumeAndShardTest.fixture(), "--samples", "60",
                "--model", "sim:p=1", "--rounds", "1", "--runs-dir", runs.toString(), "--sandbox", "local")
                .redirectOutput(tmp.resolve("out.log").toFile()).redirectError(tmp.resolve("err.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(tmp.resolve("err.log"));

        assertThat(child.exitValue()).as(err).isEqualTo(1);
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err).startsWith("ratchet: cannot record results, run stopped: cannot append to ")
                .contains("results.jsonl: File too large").contains("--resume").doesNotContain("\tat ");

        Path run = ResumeAndShardTest.onlyRun(runs);
        List<String> lines = Files.readAllLines(run.resolve(RunStore.RESULTS_FILE));
        int recorded = RunStore.open(run).results().size();
        assertThat(recorded).as("complete lines kept").isGreaterThan(20).isLessThan(60);
        assertThat(lines.subList(0, recorded)).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(Files.readString(tmp.resolve("out.log"))).contains("[" + recorded + "/60]")
                .doesNotContain("[" + (recorded + 1) + "/60]");
    }
}
