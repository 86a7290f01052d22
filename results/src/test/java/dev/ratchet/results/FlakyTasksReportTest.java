package dev.ratchet.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.results.SuiteValidation.TaskValidation;
import dev.ratchet.results.html.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.ratchet.results.Samples.error;
import static dev.ratchet.results.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;

class FlakyTasksReportTest {
    @TempDir Path dir;

    static final String HASH = "sha256:00aa11bb22cc33dd";

    RunStore run(String id) {
        RunStore store = RunStore.create(dir, new RunInfo(id, "2026-01-01T00:00:00Z", Map.of("rounds", 1), "sim",
                "demo", HASH, "0", null));
        store.append(sample("flip", 0, Outcome.PASSED, "++"));
        store.append(sample("flip", 1, Outcome.FAILED, "+-"));
        store.append(error("flip", 2, "++"));
        store.append(sample("steady", 0, Outcome.PASSED, "++"));
        store.append(sample("unchecked", 0, Outcome.FAILED, "--"));
        return store;
    }

    static SuiteValidation findings() {
        return new SuiteValidation("demo", HASH, 5, "2026-01-01T12:00:00Z", List.of(
                new TaskValidation("flip", true, true, 5, 3, true),
                new TaskValidation("steady", true, true, 5, 5, false),
                new TaskValidation("unchecked", true, true, 1, null, false),
                new TaskValidation("not-in-this-run", true, true, 5, 1, true)));
    }

    @Test
    void textJsonAndHtmlListTheFlakyTasksOfTheRun() throws Exception {
        RunStore store = run("r1");
        store.saveValidation(findings());
        RunMetrics m = RunMetrics.of(store);

        String text = MetricsTable.render(m);
        assertThat(text).contains("flaky tasks: 1 of 2 checked tasks (validated 2026-01-01T12:00:00Z)")
                .contains("flip                         reference 3/5 · this run 1/2 samples passed")
                .contains("(1 of 3 tasks of this run not validated with --repeat)")
                .doesNotContain("not-in-this-run");

        JsonNode json = Json.MAPPER.readTree(MetricsJson.toJson(m));
        assertThat(json.get("flaky_tasks")).hasSize(1);
        JsonNode flip = json.get("flaky_tasks").get(0);
        assertThat(flip.get("task").asText()).isEqualTo("flip");
        assertThat(flip.get("reference_runs").asInt()).isEqualTo(5);
        assertThat(flip.get("reference_hidden_passes").asInt()).isEqualTo(3);
        assertThat(flip.get("run_samples").asInt()).as("ERROR samples are not graded").isEqualTo(2);
        assertThat(flip.get("run_passed").asInt()).isEqualTo(1);
        assertThat(json.get("validation").get("file").asText()).endsWith("validation.json");
        assertThat(json.get("validation").get("checked_tasks").asInt()).isEqualTo(2);

        String page = Files.readString(HtmlReport.write(store, store.dir().resolve(HtmlReport.FILE)).html());
        String section = page.substring(page.indexOf("<section id=\"flaky\">"), page.indexOf("<section id=\"tasks\">"));
        assertThat(section).contains("<h2>Flaky tasks</h2>").contains("<table class=\"flaky-tasks\">")
                .contains("<td>flip <span class=\"chip flaky\">flaky</span></td><td>3/5</td><td>1/2 samples passed</td>")
                .doesNotContain("steady");
        // The sample table marks rows in the browser from this key of the page data.
        assertThat(page).contains("\"flaky_tasks\":[{\"task\":\"flip\"");
    }

    @Test
    void withoutFindingsTheReportSaysItDoesNotKnow() throws Exception {
        RunStore store = run("r1");
        RunMetrics m = RunMetrics.of(store);

        assertThat(MetricsTable.render(m)).endsWith("\nflaky tasks: unknown — run `ratchet tasks validate --repeat N`\n\nflagged: 0\n");
        JsonNode json = Json.MAPPER.readTree(MetricsJson.toJson(m));
        assertThat(json.has("flaky_tasks")).isTrue();
        assertThat(json.get("flaky_tasks").isNull()).isTrue();
        assertThat(json.get("validation").isNull()).isTrue();
        String page = Files.readString(HtmlReport.write(store, store.dir().resolve(HtmlReport.FILE)).html());
        assertThat(page).contains("<h2>Flaky tasks</h2>").contains("Unknown: the suite has not been validated")
                .doesNotContain("class=\"flaky-tasks\"");
    }

    @Test
    void findingsWithoutRepeatedRunsAreNotMistakenForNoFlakyTasks() throws Exception {
        RunStore store = run("r1");
        store.saveValidation(new SuiteValidation("demo", HASH, 1, "t", List.of(new TaskValidation("flip", true, true, 1, null, false))));
        RunMetrics m = RunMetrics.of(store);

        assertThat(MetricsTable.render(m)).contains("flaky tasks: unknown — validated without --repeat");
        JsonNode json = Json.MAPPER.readTree(MetricsJson.toJson(m));
        assertThat(json.get("flaky_tasks").isNull()).isTrue();
        assertThat(json.get("validation").get("checked_tasks").asInt()).isZero();
    }

    @Test
    void checkedTasksWithNoFlakeGiveAnEmptyList() throws Exception {
        RunStore store = run("r1");
        store.saveValidation(new SuiteValidation("demo", HASH, 4, "t", List.of(new TaskValidation("steady", true, true, 4, 4, false))));
        RunMetrics m = RunMetrics.of(store);

        assertThat(MetricsTable.render(m)).contains("flaky tasks: none of 1 checked tasks");
        assertThat(Json.MAPPER.readTree(MetricsJson.toJson(m)).get("flaky_tasks")).isEmpty();
    }

    @Test
    void aMergedRunKeepsTheFindingsOfItsParts() {
        RunStore a = RunStore.create(dir, new RunInfo("a", "2026-01-01T00:00:00Z", Map.of("shard", "1/2"), "sim", "demo", HASH, "0", null));
        RunStore b = RunStore.create(dir, new RunInfo("b", "2026-01-01T00:00:00Z", Map.of("shard", "2/2"), "sim", "demo", HASH, "0", null));
        a.append(sample("flip", 0, Outcome.PASSED, "++"));
        b.append(sample("steady", 0, Outcome.PASSED, "++"));
        a.saveValidation(new SuiteValidation("demo", HASH, 1, "2026-01-01T00:00:00Z", List.of(new TaskValidation("flip", true, true, 1, null, false))));
        b.saveValidation(findings());

        RunStore merged = RunMerge.merge(List.of(a, b), dir, "merged");

        SuiteValidation kept = merged.validation().orElseThrow().content();
        assertThat(kept.task("flip").orElseThrow().flaky()).as("the older single run does not erase the repeats").isTrue();
        assertThat(RunMetrics.of(merged).flaky().tasks()).extracting(FlakyTasks.FlakyTask::task).containsExactly("flip");
    }
}
