package dev.ratchet.results;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Flagged samples in results.jsonl, the report's count and list, and the recount with them as failures. */
class FlaggedSamplesTest {
    static final SampleResult.Flag HOOK = new SampleResult.Flag("exit_hook", "calc.py", "line 1: import atexit");

    static SampleResult flagged(SampleResult r) {
        return new SampleResult(r.task(), r.sample(), r.outcome(), r.rounds(), r.submittedRound(), r.reason(), r.usage(),
                List.of(HOOK));
    }

    @Test
    void aRowWrittenBeforeFlagsExistedLoadsWithNone() throws Exception {
        String old = "{\"task\":\"calc\",\"sample\":0,\"outcome\":\"PASSED\",\"rounds\":[{\"round\":1,\"visible_passed\":true,"
                + "\"hidden_passed\":true}],\"submitted_round\":1,\"usage\":{\"tokens_in\":1,\"tokens_out\":2,\"cost_usd\":0.0,"
                + "\"wall_ms\":3,\"model_ms\":1,\"test_ms\":1}}";
        SampleResult r = Json.MAPPER.readValue(old, SampleResult.class);
        assertThat(r.flags()).isEmpty();
        assertThat(r.flagged()).isFalse();
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, true));
    }

    @Test
    void flagsRoundTripThroughTheRow() throws Exception {
        SampleResult r = flagged(Samples.sample("calc", 0, Outcome.PASSED, "++"));
        String line = Json.MAPPER.writeValueAsString(r);
        assertThat(line).contains("\"flags\":[{\"rule\":\"exit_hook\",\"path\":\"calc.py\",\"evidence\":\"line 1: import atexit\"}]");
        assertThat(Json.MAPPER.readValue(line, SampleResult.class)).isEqualTo(r);
    }

    List<SampleResult> run() {
        return List.of(Samples.sample("a", 0, Outcome.PASSED, "++"),
                flagged(Samples.sample("b", 0, Outcome.PASSED, "++")),
                flagged(Samples.sample("c", 0, Outcome.FAILED, "--")),
                Samples.sample("d", 0, Outcome.FAILED, "+-"));
    }

    @Test
    void aFlaggedSampleKeepsItsGradeButIsCountedAndListed() {
        RunMetrics m = RunMetrics.of(null, run(), ClusterBootstrap.DEFAULT);
        assertThat(m.summary().passed()).isEqualTo(2);
        assertThat(m.summary().flagged()).isEqualTo(2);
        assertThat(m.flagged().passed()).isEqualTo(1);
        String table = MetricsTable.render(m);
        assertThat(table).contains("4 samples: 2 passed, 2 failed, 0 errors, 2 flagged")
                .contains("flagged: 2 samples (1 graded PASSED); --flagged-as-failed recounts them")
                .contains("  b #0  PASSED\n    exit_hook calc.py: line 1: import atexit\n");
        assertThat(m.summary().successAt(1).rate()).isEqualTo(0.5);
    }

    @Test
    void countedAsFailedEveryRateIsRecomputed() throws Exception {
        RunMetrics m = RunMetrics.of(null, run(), ClusterBootstrap.DEFAULT, java.util.Optional.empty(), true);
        assertThat(m.summary().passed()).isEqualTo(1);
        assertThat(m.summary().failed()).isEqualTo(3);
        assertThat(m.summary().successAt(1).rate()).isEqualTo(0.25);
        // b's accepted round no longer passes the hidden tests: a verifier false positive now
        assertThat(m.summary().verifier().fpr().rate()).isEqualTo(2.0 / 3);
        assertThat(m.passAt().getFirst().rate().rate()).isEqualTo(0.25);
        assertThat(MetricsTable.render(m)).contains("4 samples: 1 passed, 3 failed, 0 errors, 2 flagged")
                .contains("flagged: 2 samples (1 graded PASSED), counted as FAILED in every rate above");
        var json = Json.MAPPER.readTree(MetricsJson.toJson(m)).path("flagged");
        assertThat(json.path("count").asInt()).isEqualTo(2);
        assertThat(json.path("passed").asInt()).isEqualTo(1);
        assertThat(json.path("counted_as_failed").asBoolean()).isTrue();
        assertThat(json.path("samples").get(0).path("flags").get(0).path("rule").asText()).isEqualTo("exit_hook");
    }

    @Test
    void withoutFlagsTheReportSaysNone() {
        RunMetrics m = RunMetrics.of(null, List.of(Samples.sample("a", 0, Outcome.PASSED, "++")), ClusterBootstrap.DEFAULT);
        assertThat(MetricsTable.render(m)).contains("1 sample: 1 passed, 0 failed, 0 errors, 0 flagged").contains("flagged: 0\n");
    }
}
