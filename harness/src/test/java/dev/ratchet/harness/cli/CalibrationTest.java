package dev.ratchet.harness.cli;

import dev.ratchet.results.Interval;
import dev.ratchet.results.Prediction;
import dev.ratchet.results.RunMetrics;
import dev.ratchet.results.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/metrics.md's calibration check: with many samples of the simulated model, observed success@K
 * falls inside the interval of the mixture prediction computed from the run's measured p, a and b.
 */
class CalibrationTest {
    @TempDir Path runs;

    @Test
    void observedReliabilityMatchesTheMixturePrediction() throws Exception {
        CliRunner.Result run = CliRunner.run("run", "--tasks", "py-*", "--samples", "20", "--policy", "resample",
                "--rounds", "4", "--model", "sim:p=0.5,spread=0.2,seed=11", "--parallel", "4",
                "--runs-dir", runs.toString(), "--sandbox", "local");
        assertThat(run.exit()).as(run.err()).isZero();
        Path dir;
        try (Stream<Path> dirs = Files.list(runs)) {
            dir = dirs.findFirst().orElseThrow();
        }
        RunMetrics metrics = RunMetrics.of(RunStore.open(dir));
        assertThat(metrics.summary().errors()).isZero();
        Prediction p = metrics.prediction();
        Interval observed = p.observed().get(3), mixture = p.mixture().get(3), uniform = p.uniform().get(3);
        assertThat(observed.rate()).as("observed %s, mixture %s, uniform %s", observed, mixture, uniform)
                .isBetween(mixture.low(), mixture.high());
        assertThat(uniform.defined()).isTrue(); // reported beside it
        assertThat(p.fit().defined()).as("the Beta fit sees the spread between tasks").isTrue();

        CliRunner.Result report = CliRunner.run("report", dir.toString());
        assertThat(report.out()).contains("compounding model: resample").contains("resample mixture")
                .contains("resample uniform").contains("observed");
    }
}
