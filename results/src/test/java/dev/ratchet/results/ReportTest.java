package dev.ratchet.results;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.ratchet.results.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    @TempDir
    Path dir;

    static final RunSummary SUMMARY = RunSummary.of(RunSummaryTest.RUN, 3);

    @Test
    void tableHasOneRowPerRoundThenVerifierThenErrors() {
        String table = ReportTable.render(SUMMARY);
        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).isEqualTo("8 samples: 4 passed, 3 failed, 1 error, 0 flagged");
        assertThat(table).contains("    1  " + Wilson.interval(2, 7))
                .contains("    2  " + Wilson.interval(3, 7))
                .contains("    3  " + Wilson.interval(4, 7));
        assertThat(table).contains("TPR  P(accept | hidden pass)  " + Wilson.interval(2, 6))
                .contains("FPR  P(accept | hidden fail)  " + Wilson.interval(1, 7))
                .contains("PPV  P(hidden pass | accept)  " + Wilson.interval(2, 3));
        assertThat(table.indexOf("    3  ")).isLessThan(table.indexOf("TPR"));
        assertThat(table.indexOf("PPV")).isLessThan(table.indexOf("errors: 1"));
    }

    @Test
    void tableFitsIn80ColumnsEvenWithLargeCountsAndManyRounds() {
        List<SampleResult> many = new ArrayList<>();
        for (int i = 0; i < 123_456; i++) {
            many.add(sample("t" + i, 0, Outcome.FAILED, "--", "--", "--", "--", "--", "--", "--", "--", "--", "-+"));
        }
        String table = ReportTable.render(RunSummary.of(many, 10));
        assertThat(table.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(table).contains("   10  1.000 [1.00, 1.00] n=123456");
        assertThat(table).contains("TPR  P(accept | hidden pass)  0.000 [0.00, 0.00] n=123456");
        assertThat(table).contains("PPV  P(hidden pass | accept)  — n=0");
    }

    @Test
    void jsonHasTheDocumentedKeys() throws Exception {
        JsonNode json = Json.MAPPER.readTree(SummaryJson.toJson(SUMMARY));
        assertThat(json.get("samples").asInt()).isEqualTo(8);
        assertThat(json.get("passed").asInt()).isEqualTo(4);
        assertThat(json.get("failed").asInt()).isEqualTo(3);
        assertThat(json.get("errors").asInt()).isEqualTo(1);

        JsonNode successAt = json.get("success_at");
        assertThat(successAt.size()).isEqualTo(3);
        for (int r = 1; r <= 3; r++) {
            JsonNode row = successAt.get(r - 1);
            assertThat(fieldNames(row)).containsExactly("round", "rate", "low", "high", "n");
            assertThat(row.get("round").asInt()).isEqualTo(r);
            assertThat(row.get("n").asInt()).isEqualTo(7);
        }
        assertThat(successAt.get(2).get("rate").asDouble()).isEqualTo(4.0 / 7);
        assertThat(successAt.get(2).get("low").asDouble()).isEqualTo(Wilson.interval(4, 7).low());

        JsonNode verifier = json.get("verifier");
        assertThat(fieldNames(verifier)).containsExactly("tpr", "fpr", "ppv", "per_round");
        for (String key : List.of("tpr", "fpr", "ppv")) {
            assertThat(fieldNames(verifier.get(key))).containsExactly("rate", "low", "high", "n");
        }
        assertThat(verifier.get("tpr").get("n").asInt()).isEqualTo(6);
        assertThat(verifier.get("fpr").get("n").asInt()).isEqualTo(7);
        assertThat(verifier.get("ppv").get("n").asInt()).isEqualTo(3);
        JsonNode perRound = verifier.get("per_round");
        assertThat(perRound.size()).isEqualTo(3);
        assertThat(fieldNames(perRound.get(0))).containsExactly("round", "tpr", "fpr", "ppv");
        assertThat(perRound.get(0).get("fpr").get("n").asInt()).isEqualTo(4);
    }

    @Test
    void undefinedRatesAreNullNotNaN() throws Exception {
        RunSummary allPass = RunSummary.of(List.of(sample("t", 0, Outcome.PASSED, "++")), 2);
        String text = SummaryJson.toJson(allPass);
        assertThat(text).doesNotContain("NaN");
        JsonNode fpr = Json.MAPPER.readTree(text).get("verifier").get("fpr"); // strict parser: no NaN
        assertThat(fpr.has("rate")).isTrue();
        assertThat(fpr.get("rate").isNull()).isTrue();
        assertThat(fpr.get("low").isNull()).isTrue();
        assertThat(fpr.get("n").asInt()).isZero();
        JsonNode round2 = Json.MAPPER.readTree(text).get("verifier").get("per_round").get(1);
        assertThat(round2.get("tpr").get("rate").isNull()).isTrue();
    }

    @Test
    void jsonWrittenToAFileReadsBack() throws Exception {
        Path file = dir.resolve("summary.json");
        SummaryJson.write(SUMMARY, file);
        assertThat(Json.MAPPER.readValue(file.toFile(), SummaryJson.class)).isEqualTo(SummaryJson.of(SUMMARY));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
