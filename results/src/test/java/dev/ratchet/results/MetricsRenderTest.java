package dev.ratchet.results;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsRenderTest {

    @TempDir
    Path dir;

    static final RunInfo INFO = new RunInfo("r1", "2025-03-04T05:06:07Z", Map.of("rounds", 3, "policy", "repair"),
            "sim:p=0.5", "demo", "h", "0.1.0", "abc123");
    static final List<SampleResult> RUN = Simulated.run(new Simulated.Setup(40, 3, 3, 0.5, 0.8, 0.3, 0, 0, 1));
    static final RunMetrics METRICS = RunMetrics.of(INFO, RUN, ClusterBootstrap.DEFAULT);

    @Test
    void tableShowsEveryBlockWithIntervalsAndFitsIn80Columns() {
        String table = MetricsTable.render(METRICS);
        assertThat(table).contains("pass@k  " + METRICS.passAt().get(0).rate())
                .contains("pass^k  " + METRICS.passHat().get(2).rate())
                .contains("compounding model: repair (a rejected round is repaired in its conversation)")
                .contains("observed           " + METRICS.prediction().observed().get(2))
                .contains("repair pooled      " + METRICS.prediction().uniform().get(2))
                .contains("repair per task    " + METRICS.prediction().mixture().get(2))
                .contains("repair rate (policy repair)")
                .contains("per solved sample ")
                .contains("per task ");
        assertThat(table.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void jsonKeepsTheReportKeysAndAddsTheNewOnes() throws Exception {
        JsonNode json = Json.MAPPER.readTree(MetricsJson.toJson(METRICS));
        assertThat(json.get("success_at").size()).isEqualTo(3);
        assertThat(json.get("success_at").get(0).get("round").asInt()).isEqualTo(1);
        assertThat(json.get("verifier").get("tpr").get("rate").isNumber()).isTrue();
        assertThat(json.get("errors").asInt()).isZero();
        assertThat(json.get("pass_at_k").get(0).get("k").asInt()).isEqualTo(1);
        assertThat(json.get("pass_at_k").get(2).get("rate").asDouble())
                .isEqualTo(METRICS.passAt().get(2).rate().rate());
        assertThat(json.get("prediction").get("mixture").size()).isEqualTo(3);
        assertThat(json.get("repair").get("policy").asText()).isEqualTo("repair");
        assertThat(json.get("cost").get("total").get("overhead_ms").asDouble()).isEqualTo(40 * 3 * 500.0);
    }

    @Test
    void csvHasOneTidyRowPerNumber() {
        List<String> lines = MetricsCsv.render(METRICS).lines().toList();
        assertThat(lines.get(0)).isEqualTo(MetricsCsv.HEADER);
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(6));
        assertThat(lines).anyMatch(l -> l.startsWith("pass_at_k,3,"))
                .anyMatch(l -> l.startsWith("success_at_repair_per_task,2,"))
                .anyMatch(l -> l.startsWith("prediction_repair_rate,2,"))
                .anyMatch(l -> l.equals("cost_usd_total,,1.200000,,,"));
    }

    @Test
    void csvWritesEveryNumberOfAColumnInOneFormat() {
        List<String[]> rows = MetricsCsv.render(METRICS).lines().skip(1).map(l -> l.split(",", -1)).toList();
        // large (tokens, milliseconds), small (cost, rates) and exact (1.0) values alike
        assertThat(rows).anyMatch(r -> r[0].equals("wall_ms_total") && Double.parseDouble(r[2]) >= 100_000);
        for (String[] r : rows) {
            for (int col = 2; col <= 4; col++) {
                assertThat(r[col]).as(String.join(",", r)).matches("|-?\\d+\\.\\d{6}");
            }
            assertThat(r[5]).matches("\\d*");
        }
    }

    @Test
    void aRunWithNothingGradedSaysNotApplicableInsteadOfNaN() throws Exception {
        List<SampleResult> errors = List.of(new SampleResult("t", 0, Outcome.ERROR, List.of(), 0, "model down", SampleResult.Usage.NONE));
        RunMetrics m = RunMetrics.of(INFO, errors, ClusterBootstrap.DEFAULT);
        String table = MetricsTable.render(m);
        assertThat(table).contains("compounding model: repair").contains("  p=n/a a=n/a b=n/a\n").doesNotContain("NaN");
        JsonNode prediction = Json.MAPPER.readTree(MetricsJson.toJson(m)).get("prediction");
        for (String param : List.of("p", "a", "b")) {
            assertThat(prediction.path(param).isNumber()).as(param + " in " + prediction).isFalse(); // null or left out
        }
        assertThat(table).contains("1 sample: 0 passed, 0 failed, 1 error").contains("all 0 graded rounds");
    }

    @Test
    void aiderRowHasTheLeaderboardKeys() throws Exception {
        MetricsExport.write(METRICS, RUN, dir);
        String yaml = Files.readString(dir.resolve(MetricsExport.AIDER_FILE));
        assertThat(yaml).startsWith("- dirname: \"r1\"\n")
                .contains("  pass_rate_1: " + String.format(java.util.Locale.ROOT, "%.1f", 100 * METRICS.summary().successAt(1).rate()))
                .contains("  pass_rate_3: ")
                .contains("  percent_cases_well_formed: 100.0\n")
                .contains("  seconds_per_case: 5.0\n")
                .contains("  total_cost: 1.2000\n")
                .contains("  test_cases: 40\n");
        assertThat(Files.exists(dir.resolve(MetricsExport.JSON_FILE))).isTrue();
        assertThat(Files.exists(dir.resolve(MetricsExport.CSV_FILE))).isTrue();
    }
}
