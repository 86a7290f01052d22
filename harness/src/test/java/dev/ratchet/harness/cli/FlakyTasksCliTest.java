package dev.ratchet.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.harness.cli.CacheRoot;
import dev.ratchet.results.Json;
import dev.ratchet.results.SuiteValidation;
import dev.ratchet.results.ValidationFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flaky tasks end to end: {@code tasks validate --repeat} saves them in the cache, {@code run} copies
 * the findings into the run directory, {@code report} lists them (text, JSON, HTML), from the run or
 * else from the cache. The cache is a temp directory through {@code -Dratchet.cache}.
 */
class FlakyTasksCliTest {
    @TempDir Path tmp;
    Path cache;
    String previousCache;

    @BeforeEach
    void isolateTheCache() {
        cache = tmp.resolve("cache");
        previousCache = System.getProperty(CacheRoot.PROPERTY);
        System.setProperty(CacheRoot.PROPERTY, cache.toString());
    }

    @AfterEach
    void restoreTheCache() {
        if (previousCache == null) System.clearProperty(CacheRoot.PROPERTY);
        else System.setProperty(CacheRoot.PROPERTY, previousCache);
    }

    /**
     * Two shell tasks. The hidden test of "flaky" passes on every other run: a counter file outside
     * the sandbox alternates (as in TaskValidatorTest). validate runs the hidden tests once with the
     * reference (counter 0: pass), then --repeat 4 gives fail, pass, fail, pass. The hidden test of
     * "steady" fails once the file {@code broken} exists, so its result can change while the suite's
     * content (and hash) stays the same.
     */
    Path flakySuite() throws Exception {
        Path counter = tmp.resolve("counter");
        Files.writeString(counter, "0");
        Path suite = tmp.resolve("suite");
        task(suite.resolve("flaky"), "n=$(cat " + counter + "); echo $((n+1)) > " + counter + "; [ $((n % 2)) -eq 0 ]\n");
        task(suite.resolve("steady"), "[ ! -f " + tmp.resolve("broken") + " ] && grep -q '^ok$' f.txt\n");
        StringBuilder yaml = new StringBuilder("suite: flaky-fixture\ntasks:\n");
        for (String id : List.of("flaky", "steady")) {
            yaml.append("  - id: ").append(id).append("\n    language: shell\n    instructions: ").append(id)
                    .append("/instructions.md\n    workspace: ").append(id).append("/ws/\n    visible_tests: ").append(id)
                    .append("/vis/\n    hidden_tests: ").append(id).append("/hid/\n    reference: ").append(id)
                    .append("/ref/\n    test_command: [\"sh\", \"-c\", \"sh visible.sh && { [ ! -f hidden.sh ] || sh hidden.sh; }\"]\n")
                    .append("    timeout_seconds: 10\n");
        }
        Files.writeString(suite.resolve("suite.yaml"), yaml);
        return suite.resolve("suite.yaml");
    }

    static void task(Path dir, String hiddenTest) throws Exception {
        for (String d : List.of("ws", "ref", "vis", "hid")) Files.createDirectories(dir.resolve(d));
        Files.writeString(dir.resolve("instructions.md"), "Write ok into f.txt.\n");
        Files.writeString(dir.resolve("ws/f.txt"), "todo\n");
        Files.writeString(dir.resolve("ref/f.txt"), "ok\n");
        Files.writeString(dir.resolve("vis/visible.sh"), "grep -q ok f.txt\n");
        Files.writeString(dir.resolve("hid/hidden.sh"), hiddenTest);
    }

    @Test
    void validateWithRepeatSavesTheFlakyTaskAndASubsetOnlyUpdatesItsOwnEntries() throws Exception {
        Path suite = flakySuite();
        String hash = SuiteArg.load(suite.toString()).hash();
        Path out = tmp.resolve("findings.json");

        CliRunner.Result r = CliRunner.run("tasks", "validate", suite.toString(), "--repeat", "4", "--sandbox", "local",
                "--out", out.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FLAKY flaky").contains("findings saved to ");

        Path cached = cache.resolve("validation").resolve(hash.substring("sha256:".length()) + ".json");
        assertThat(cached).isRegularFile();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(cached));
        JsonNode json = Json.MAPPER.readTree(cached.toFile());
        assertThat(json.get("suite_name").asText()).isEqualTo("flaky-fixture");
        assertThat(json.get("suite_hash").asText()).isEqualTo(hash);
        assertThat(json.get("repeat").asInt()).isEqualTo(4);
        assertThat(json.get("validated_at").asText()).endsWith("Z");
        JsonNode flaky = json.get("tasks").get(0), steady = json.get("tasks").get(1);
        assertThat(flaky.get("id").asText()).isEqualTo("flaky");
        assertThat(flaky.get("reference_passed").asBoolean()).isTrue();
        assertThat(flaky.get("runs").asInt()).isEqualTo(4);
        assertThat(flaky.get("hidden_passes").asInt()).isEqualTo(2);
        assertThat(flaky.get("flaky").asBoolean()).isTrue();
        assertThat(steady.get("hidden_passes").asInt()).isEqualTo(4);
        assertThat(steady.get("flaky").asBoolean()).isFalse();

        // Break steady and validate only it: its entry changes, flaky's stays as it was.
        Files.writeString(tmp.resolve("broken"), "");
        r = CliRunner.run("tasks", "validate", suite.toString(), "--tasks", "st*", "--sandbox", "local");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL  steady").doesNotContain("flaky");
        SuiteValidation merged = ValidationFile.read(cached).orElseThrow().content();
        assertThat(merged.repeat()).isEqualTo(1);
        assertThat(merged.tasks()).extracting(SuiteValidation.TaskValidation::id).containsExactly("flaky", "steady");
        assertThat(merged.task("flaky").orElseThrow())
                .isEqualTo(new SuiteValidation.TaskValidation("flaky", true, true, 4, 2, true));
        assertThat(merged.task("steady").orElseThrow().referencePassed()).isFalse();
        assertThat(merged.task("steady").orElseThrow().valid()).isFalse();
        assertThat(merged.task("steady").orElseThrow().runs()).as("the earlier repeats are kept").isEqualTo(4);
        assertThat(Files.readString(out)).as("--out only when asked").isNotEqualTo(Files.readString(cached));
        try (Stream<Path> files = Files.list(cached.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void runCopiesTheFindingsAndReportListsFlakyTasksFromTheRunOrElseTheCache() throws Exception {
        String suite = MainTest.fixtureSuite();
        String hash = SuiteArg.load(suite).hash();
        Path cached = ValidationFile.inCache(cache, hash);
        ValidationFile.write(cached, new SuiteValidation("fixture", hash, 5, "2026-01-01T00:00:00Z",
                List.of(new SuiteValidation.TaskValidation("calc", true, true, 5, 3, true))));

        CliRunner.Result run = CliRunner.run("run", "--suite", suite, "--model", "sim:p=1", "--rounds", "1",
                "--samples", "2", "--sandbox", "local", "--runs-dir", tmp.resolve("runs").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Path runDir;
        try (Stream<Path> dirs = Files.list(tmp.resolve("runs"))) {
            runDir = dirs.findFirst().orElseThrow();
        }
        assertThat(runDir.resolve("validation.json")).hasSameTextualContentAs(cached);

        CliRunner.Result text = CliRunner.run("report", runDir.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("flaky tasks: 1 of 1 checked tasks (validated 2026-01-01T00:00:00Z)")
                .containsPattern("calc +reference 3/5 · this run 2/2 samples passed");
        JsonNode json = Json.MAPPER.readTree(CliRunner.run("report", runDir.toString(), "--json", "--no-files").out());
        assertThat(json.get("flaky_tasks")).hasSize(1);
        assertThat(json.get("flaky_tasks").get(0).get("task").asText()).isEqualTo("calc");
        assertThat(json.get("flaky_tasks").get(0).get("reference_hidden_passes").asInt()).isEqualTo(3);
        assertThat(json.get("flaky_tasks").get(0).get("run_passed").asInt()).isEqualTo(2);
        assertThat(json.get("validation").get("file").asText()).isEqualTo(runDir.resolve("validation.json").toString());
        String html = Files.readString(runDir.resolve("report.html"));
        assertThat(html).contains("<td>calc <span class=\"chip flaky\">flaky</span></td><td>3/5</td>");

        // Validated after the run: the run has no copy, the report takes the cache file.
        Files.delete(runDir.resolve("validation.json"));
        json = Json.MAPPER.readTree(CliRunner.run("report", runDir.toString(), "--json").out());
        assertThat(json.get("validation").get("file").asText()).isEqualTo(cached.toString());
        assertThat(json.get("flaky_tasks").get(0).get("task").asText()).isEqualTo("calc");
        assertThat(Files.readString(runDir.resolve("report.html"))).contains("<td>calc <span class=\"chip flaky\">");

        // Never validated: one line saying so, null in JSON.
        Files.delete(cached);
        text = CliRunner.run("report", runDir.toString());
        assertThat(text.out()).contains("flaky tasks: unknown — run `ratchet tasks validate --repeat N`");
        json = Json.MAPPER.readTree(CliRunner.run("report", runDir.toString(), "--json", "--no-files").out());
        assertThat(json.get("flaky_tasks").isNull()).isTrue();
        assertThat(Files.readString(runDir.resolve("report.html"))).contains("Unknown: the suite has not been validated");
    }
}
