package dev.ratchet.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.results.ClusterBootstrap;
import dev.ratchet.results.Interval;
import dev.ratchet.results.Json;
import dev.ratchet.results.Prediction;
import dev.ratchet.results.RunMetrics;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.VerifierQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * docs/metrics.md's calibration of both compounding models against real runs of the simulated model on the builtin
 * Python tasks (local sandbox): the repair model for a repair run, the resample model under the oracle, a noisy
 * verifier of known quality and no verifier at all. Enough samples that a wrong model is caught: the repair run is
 * also checked to fall outside the resample model's interval.
 */
class RepairModelCalibrationTest {
    @TempDir Path runs;

    private RunStore run(String... settings) throws Exception {
        Path into = Files.createTempDirectory(runs, "run");
        String[] base = {"run", "--tasks", "py-*", "--parallel", "2", "--sandbox", "local", "--runs-dir", into.toString()};
        String[] args = Stream.concat(Stream.of(base), Stream.of(settings)).toArray(String[]::new);
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> dirs = Files.list(into)) {
            RunStore store = RunStore.open(dirs.filter(Files::isDirectory).findFirst().orElseThrow());
            assertThat(store.results()).extracting(SampleResult::reason).as("no ERROR samples").containsOnlyNulls();
            return store;
        }
    }

    private static RunMetrics metrics(RunStore store, boolean resampleModel) {
        return RunMetrics.of(store.info(), store.results(), ClusterBootstrap.DEFAULT, Optional.empty(),
                new RunMetrics.Options(false, resampleModel));
    }

    private static void inside(Interval observed, Interval predicted, String what) {
        assertThat(observed.rate()).as("%s: observed %s, predicted %s", what, observed, predicted)
                .isBetween(predicted.low(), predicted.high());
    }

    @Test
    void aRepairRunFallsInsideTheRepairModelAndOutsideTheResampleOne() throws Exception {
        // Repair (0.7) is much better than a fresh try (0.35 on average): the resample model must under-predict.
        RunStore store = run("--samples", "16", "--policy", "repair", "--rounds", "3",
                "--model", "sim:p=0.35,spread=0.15,repair=0.7,seed=21");
        RunMetrics m = metrics(store, true);
        Prediction repair = m.prediction();
        assertThat(repair.model()).isEqualTo(Prediction.Model.REPAIR);
        assertThat(repair.repair().get(0)).as("the sim's repair rate, measured").isCloseTo(0.7, within(0.1));
        Prediction resample = m.resampleModel().orElseThrow();
        for (int k = 2; k <= 3; k++) {
            Interval observed = repair.observed().get(k - 1);
            inside(observed, repair.uniform().get(k - 1), "repair pooled, k=" + k);
            inside(observed, repair.mixture().get(k - 1), "repair per task, k=" + k);
        }
        Interval observed3 = repair.observed().get(2);
        assertThat(observed3.rate()).as("observed %s vs resample model %s", observed3, resample.mixture().get(2))
                .isGreaterThan(resample.mixture().get(2).high()).isGreaterThan(resample.uniform().get(2).high());

        // The resample model is shown beside the repair one only when asked.
        String dir = store.dir().toString();
        CliRunner.Result plain = CliRunner.run("report", dir, "--no-files");
        assertThat(plain.out()).contains("compounding model: repair").doesNotContain("compounding model: resample");
        CliRunner.Result asked = CliRunner.run("report", dir, "--no-files", "--resample-model");
        assertThat(asked.out()).contains("compounding model: repair").contains("compounding model: resample")
                .contains("resample mixture   " + resample.mixture().get(2));
        JsonNode json = Json.MAPPER.readTree(CliRunner.run("report", dir, "--json", "--resample-model").out());
        assertThat(json.get("prediction").get("model").asText()).isEqualTo("repair");
        assertThat(json.get("resample_prediction").get("model").asText()).isEqualTo("resample");
        assertThat(Files.readString(store.dir().resolve("metrics.json"))).contains("\"resample_prediction\"");
        assertThat(Files.readString(store.dir().resolve("report.html"))).contains(">resample β<");
    }

    @Test
    void anOracleUnderResampleMatchesOneMinusOneMinusPToTheK() throws Exception {
        RunStore store = run("--samples", "10", "--policy", "resample", "--rounds", "3", "--verifier", "oracle",
                "--model", "sim:p=0.3,seed=22");
        Prediction p = metrics(store, false).prediction();
        assertThat(p.model()).isEqualTo(Prediction.Model.RESAMPLE);
        assertThat(p.a()).isEqualTo(1.0);
        assertThat(p.b()).isEqualTo(0.0);
        for (int k = 1; k <= 3; k++) {
            assertThat(p.uniform().get(k - 1).rate()).isCloseTo(1 - Math.pow(1 - p.p(), k), within(1e-9));
            inside(p.observed().get(k - 1), p.uniform().get(k - 1), "1-(1-p)^k, k=" + k);
        }
        assertThat(p.observed().get(2).rate()).as("rounds help under a perfect check")
                .isGreaterThan(p.observed().get(0).high());
    }

    @Test
    void aNoisyVerifierMatchesThePredictionFromItsMeasuredRates() throws Exception {
        RunStore store = run("--samples", "10", "--policy", "resample", "--rounds", "3",
                "--verifier", "noisy:tpr=0.9,fpr=0.2,seed=5", "--model", "sim:p=0.4,seed=24");
        RunMetrics m = metrics(store, false);
        VerifierQuality q = m.summary().verifier();
        assertThat(q.tpr().low()).isLessThanOrEqualTo(0.9);
        assertThat(q.tpr().high()).isGreaterThanOrEqualTo(0.9);
        assertThat(q.fpr().low()).isLessThanOrEqualTo(0.2);
        assertThat(q.fpr().high()).isGreaterThanOrEqualTo(0.2);
        Prediction p = m.prediction();
        assertThat(p.a()).as("the prediction uses the measured TPR").isEqualTo(q.tpr().rate());
        assertThat(p.b()).as("and the measured FPR").isEqualTo(q.fpr().rate());
        for (int k = 2; k <= 3; k++) {
            inside(p.observed().get(k - 1), p.uniform().get(k - 1), "noisy, uniform p, k=" + k);
            inside(p.observed().get(k - 1), p.mixture().get(k - 1), "noisy, mixture, k=" + k);
        }
    }

    @Test
    void noVerifierGainsNothingFromRounds() throws Exception {
        RunStore store = run("--samples", "3", "--policy", "repair", "--rounds", "3", "--verifier", "none",
                "--model", "sim:p=0.4,seed=23");
        assertThat(store.results()).allSatisfy(s -> assertThat(s.rounds()).hasSize(1));
        RunMetrics m = metrics(store, false);
        Prediction p = m.prediction();
        for (int k = 2; k <= 3; k++) {
            assertThat(p.observed().get(k - 1).rate()).isEqualTo(p.observed().get(0).rate());
            assertThat(m.summary().successAt(k)).isEqualTo(m.summary().successAt(1));
            // a = b = 1: both models predict p for every k.
            assertThat(p.uniform().get(k - 1).rate()).isCloseTo(p.p(), within(1e-12));
            assertThat(p.mixture().get(k - 1).rate()).isCloseTo(p.p(), within(1e-12));
        }
    }
}
