package dev.ratchet.results;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.ratchet.results.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RunComparisonTest {

    @Test
    void pairsTasksDiffersRatesAndTestsTheFlips() {
        List<SampleResult> a = new ArrayList<>();
        List<SampleResult> b = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // A passes tasks 0..4; B passes 0..13: 9 tasks flip to pass, none to fail.
            a.add(sample("t" + i, 0, i < 5 ? Outcome.PASSED : Outcome.FAILED, i < 5 ? "++" : "--"));
            b.add(sample("t" + i, 0, i < 14 ? Outcome.PASSED : Outcome.FAILED, i < 14 ? "++" : "--"));
        }
        a.add(sample("only-a", 0, Outcome.PASSED, "++"));
        b.add(Samples.error("t0", 1));
        RunComparison c = RunComparison.of(a, b, ClusterBootstrap.DEFAULT);
        assertThat(c.commonTasks()).isEqualTo(20);
        assertThat(c.onlyInA()).isEqualTo(1);
        assertThat(c.difference().rate()).isCloseTo(9 / 20.0, within(1e-12));
        assertThat(c.difference().low()).isGreaterThan(0);
        assertThat(c.mcnemar()).isEqualTo(McNemar.exact(0, 9));
        assertThat(c.flipped()).hasSize(9).allMatch(RunComparison.Flip::nowPasses);
        String table = ComparisonTable.render("runA", "runB", c);
        assertThat(table).contains("B − A  +0.450 [").contains("p = 0.0039").contains("fail → pass  t5");
    }

    @Test
    void theHeaderNamesEverySettingThatDiffersAndWarnsWhenNothingCanBeCompared() {
        RunInfo a = new RunInfo("20260101-000000-aaaa", "2026-01-01T00:00:00Z",
                Map.of("suite", "builtin", "rounds", 3, "policy", "repair", "tools", "standard"), "sim:p=0.6", "builtin", "h1", "0.1.0", null);
        RunInfo b = new RunInfo("20260101-000000-bbbb", "2026-01-01T00:00:00Z",
                Map.of("suite", "builtin", "rounds", 1, "policy", "repair", "tools", "retrieval", "sandbox", "docker"), "sim:p=0.6",
                "builtin", "h2", "0.1.0", null);
        assertThat(SettingsDiff.of(a, b).differences()).containsExactlyInAnyOrder(
                new SettingsDiff.Difference("suite content (hash)", "h1", "h2"),
                new SettingsDiff.Difference("rounds", "3", "1"),
                new SettingsDiff.Difference("tools", "standard", "retrieval"),
                new SettingsDiff.Difference("sandbox", "—", "docker"));
        assertThat(SettingsDiff.of(a, a).none()).isTrue();
        // A run from before --verifier used the visible tests: no difference from one that records "visible".
        RunInfo visible = new RunInfo(a.runId(), a.createdAt(), withKey(a.config(), "verifier", "visible"), a.model(),
                a.suiteName(), a.suiteHash(), a.ratchetVersion(), a.gitCommit());
        RunInfo oracle = new RunInfo(a.runId(), a.createdAt(), withKey(a.config(), "verifier", "oracle"), a.model(),
                a.suiteName(), a.suiteHash(), a.ratchetVersion(), a.gitCommit());
        assertThat(SettingsDiff.of(a, visible).none()).isTrue();
        assertThat(SettingsDiff.of(a, oracle).differences()).containsExactly(new SettingsDiff.Difference("verifier", "visible", "oracle"));

        List<SampleResult> one = List.of(sample("t1", 0, Outcome.PASSED, "++"));
        List<SampleResult> other = List.of(sample("t2", 0, Outcome.PASSED, "++"));
        String disjoint = ComparisonTable.render(a, b, RunComparison.of(one, other, ClusterBootstrap.DEFAULT));
        assertThat(disjoint).contains("settings that differ (A → B)").contains("  rounds                3 → 1\n")
                .contains("warning: no task has a graded sample in both runs").contains("0 tasks in both runs");
        String self = ComparisonTable.render(a, a, RunComparison.of(one, one, ClusterBootstrap.DEFAULT));
        assertThat(self).contains("warning: A and B are the same run").doesNotContain("settings that differ")
                .contains("1 task in both runs");
    }

    private static Map<String, Object> withKey(Map<String, Object> config, String key, Object value) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(config);
        out.put(key, value);
        return out;
    }
}
