package dev.ratchet.harness.cli;

import dev.ratchet.results.Experiment;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleKey;
import dev.ratchet.results.SampleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** kill -9 of a child JVM in the middle of an experiment, then the same command again: every cell finishes. */
class ExperimentKillTest {
    @TempDir Path scratch;

    private List<String> command(Path out, String model) {
        return List.of("experiment", "builtin", "--policy", "resample,repair", "--verifier", "visible,none", "--rounds", "2",
                "--samples", "2", "--tasks", "py-*", "--max-tasks", "3", "--model", model, "--sandbox", "local",
                "--out", out.toString());
    }

    @Test
    void anExperimentKilledWithSigkillIsFinishedByRerunningTheCommand() throws Exception {
        Path dir = scratch.resolve("exp");
        String model = "sim:p=0.5,seed=3,latency_ms=100";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> argv = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dratchet.junit.jar=" + System.getProperty("ratchet.junit.jar", ""), "dev.ratchet.harness.cli.Main"));
        argv.addAll(command(dir, model));
        Path log = scratch.resolve("child.log");
        Process child = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path second = dir.resolve("resample-none");
        try {
            // wait until the first cell is done and the second is part-way: the kill then lands mid-experiment
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline && lines(second.resolve(RunStore.RESULTS_FILE)) < 2) Thread.sleep(50);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally blocks
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lines(second.resolve(RunStore.RESULTS_FILE))).as(Files.readString(log)).isBetween(2L, 5L);
        assertThat(Files.exists(dir.resolve("report.html"))).as("killed before the report").isFalse();

        CliRunner.Result again = CliRunner.run(command(dir, model).toArray(String[]::new));
        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("resuming resample-visible").contains("resuming resample-none");
        Experiment e = Experiment.read(dir).orElseThrow();
        assertThat(e.cells()).hasSize(4);
        for (Experiment.Cell c : e.cells()) {
            List<SampleResult> results = RunStore.open(dir.resolve(c.run())).results();
            assertThat(results).as(c.run()).hasSize(3 * 2);
            assertThat(results.stream().map(SampleKey::of).distinct()).as(c.run()).hasSize(3 * 2);
            // a sample cut by the kill had no line, or ERROR, which the resume re-ran
            assertThat(results).as(c.run()).noneMatch(r -> r.outcome() == Outcome.ERROR);
        }
        assertThat(Files.exists(dir.resolve("report.html"))).isTrue();
    }

    private static long lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() : 0;
    }
}
