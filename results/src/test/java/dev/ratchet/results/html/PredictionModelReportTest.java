package dev.ratchet.results.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.results.ClusterBootstrap;
import dev.ratchet.results.Json;
import dev.ratchet.results.MetricsJson;
import dev.ratchet.results.MetricsTable;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.Prediction;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.RunInfo;
import dev.ratchet.results.RunMetrics;
import dev.ratchet.results.SampleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run's policy picks the compounding model, and the text, JSON and HTML report each say which one a prediction
 * uses; the resample model beside a repair run's only when asked ({@code report --resample-model}).
 */
class PredictionModelReportTest {

    static RunInfo info(String policy) {
        return new RunInfo("r1", "2025-03-04T05:06:07Z", Map.of("rounds", 3, "policy", policy), "sim:p=0.4", "demo",
                "h", "0.1.0", "abc123");
    }

    /** A loop on {@code tasks} tasks: round 1 right with 0.4, a rejected round fixed with 0.8, a=0.9, b=0.2. */
    static List<SampleResult> run(int tasks, int samples) {
        return run(tasks, samples, 3);
    }

    static List<SampleResult> run(int tasks, int samples, int maxRounds) {
        SplittableRandom random = new SplittableRandom(3);
        List<SampleResult> out = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            for (int j = 0; j < samples; j++) {
                List<RoundResult> rounds = new ArrayList<>();
                boolean right = random.nextDouble() < 0.4;
                for (int r = 1; r <= maxRounds; r++) {
                    if (r > 1) right = random.nextDouble() < 0.8;
                    boolean accepted = random.nextDouble() < (right ? 0.9 : 0.2);
                    rounds.add(new RoundResult(r, accepted, right));
                    if (accepted) break;
                }
                out.add(new SampleResult("t" + t, j, right ? Outcome.PASSED : Outcome.FAILED, rounds, rounds.size(),
                        null, SampleResult.Usage.NONE));
            }
        }
        return out;
    }

    static RunMetrics metrics(String policy, List<SampleResult> results, boolean resampleModel) {
        return RunMetrics.of(info(policy), results, ClusterBootstrap.DEFAULT, Optional.empty(),
                new RunMetrics.Options(false, resampleModel));
    }

    @Test
    void aRepairRunIsPredictedByTheRepairModelAndSaysSo() throws Exception {
        List<SampleResult> results = run(40, 4);
        RunMetrics m = metrics("repair", results, false);
        assertThat(m.prediction().model()).isEqualTo(Prediction.Model.REPAIR);
        assertThat(m.resampleModel()).isEmpty();

        String text = MetricsTable.render(m);
        assertThat(text).contains("compounding model: repair (a rejected round is repaired in its conversation)")
                .contains(String.format(java.util.Locale.ROOT, "repair/kept after a rejected round: 1→2 %.2f/",
                        m.prediction().repair().get(0)))
                .contains("repair pooled      " + m.prediction().uniform().get(1))
                .contains("repair per task    " + m.prediction().mixture().get(1))
                .doesNotContain("resample uniform").doesNotContain("compounding model: resample");
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));

        JsonNode json = Json.MAPPER.readTree(MetricsJson.toJson(m));
        assertThat(json.get("prediction").get("model").asText()).isEqualTo("repair");
        assertThat(json.get("prediction").get("repair_rates").size()).isEqualTo(2);
        assertThat(json.get("prediction").get("kept_rates").get(0).asDouble()).isEqualTo(m.prediction().kept().get(0));
        assertThat(json.has("resample_prediction")).isFalse();

        String html = HtmlReport.page(m, results);
        assertThat(html).contains("success@r: observed vs repair model").contains(">pooled rates<").contains(">per task<")
                .contains("Repair model (a rejected round").doesNotContain(">resample p<");
    }

    @Test
    void theRatesOfAManyRoundRunWrapWithin80Columns() {
        RunMetrics m = RunMetrics.of(new RunInfo("r1", "2025-03-04T05:06:07Z", Map.of("rounds", 9, "policy", "repair"),
                "sim", "demo", "h", "0.1.0", null), run(30, 4, 9), ClusterBootstrap.DEFAULT);
        assertThat(m.prediction().repair()).hasSize(8);
        String text = MetricsTable.render(m);
        assertThat(text).contains(" 8→9 ");
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void askedForTheResampleModelIsShownBesideTheRepairOne() throws Exception {
        List<SampleResult> results = run(40, 4);
        RunMetrics m = metrics("repair", results, true);
        Prediction resample = m.resampleModel().orElseThrow();
        assertThat(resample.model()).isEqualTo(Prediction.Model.RESAMPLE);
        // A repair rate of 0.8 against a fresh-try rate of 0.4: the two models disagree, which is why the policy picks.
        assertThat(resample.mixture().get(2).rate()).isLessThan(m.prediction().mixture().get(2).rate() - 0.1);

        String text = MetricsTable.render(m);
        assertThat(text).contains("compounding model: repair").contains("compounding model: resample")
                .contains("resample uniform   " + resample.uniform().get(2))
                .contains("resample mixture   " + resample.mixture().get(2));
        JsonNode json = Json.MAPPER.readTree(MetricsJson.toJson(m));
        assertThat(json.get("resample_prediction").get("model").asText()).isEqualTo("resample");
        assertThat(json.get("resample_prediction").has("repair_rates")).isFalse();
        assertThat(HtmlReport.page(m, results)).contains(">resample p<").contains(">resample β<")
                .contains("for comparison only");
    }

    @Test
    void aResampleRunKeepsTheResampleModelAndTheFlagChangesNothing() throws Exception {
        List<SampleResult> results = run(40, 4);
        RunMetrics m = metrics("resample", results, true);
        assertThat(m.prediction().model()).isEqualTo(Prediction.Model.RESAMPLE);
        assertThat(m.resampleModel()).isEmpty();
        assertThat(MetricsTable.render(m)).contains("compounding model: resample (each round a fresh, independent try)")
                .contains("resample mixture   " + m.prediction().mixture().get(1)).doesNotContain("repair pooled");
        assertThat(Json.MAPPER.readTree(MetricsJson.toJson(m)).get("prediction").get("model").asText()).isEqualTo("resample");
        assertThat(HtmlReport.page(m, results)).contains("success@r: observed vs resample model").contains(">uniform p<")
                .doesNotContain(">resample p<");
        // Runs that predate the policy key are predicted as before.
        assertThat(RunMetrics.of(null, results, ClusterBootstrap.DEFAULT).prediction().model())
                .isEqualTo(Prediction.Model.RESAMPLE);
    }

    @Test
    void aOneTaskRunPrintsNoZeroWidthBootstrapInterval() {
        List<SampleResult> results = run(1, 8);
        RunMetrics m = metrics("resample", results, false);
        String text = MetricsTable.render(m);
        double uniform = m.prediction().uniform().get(1).rate();
        assertThat(m.prediction().uniform().get(1).low()).as("the bootstrap over one task is degenerate")
                .isEqualTo(m.prediction().uniform().get(1).high());
        assertThat(text).contains(String.format(java.util.Locale.ROOT, "resample uniform   %.3f n=8\n", uniform))
                .contains("one task: its task-clustered intervals have zero width and are not shown")
                .contains(String.format(java.util.Locale.ROOT, "pass@k  %.3f n=1\n", m.passAt().get(0).rate().rate()));
        // The summary's success@r is a Wilson interval over samples: a real interval, still printed.
        assertThat(text).contains(m.summary().successAt(1).toString());
        assertThat(text).doesNotContainPattern("\\[(\\d\\.\\d\\d), \\1\\] n=8");
    }
}
