package dev.ratchet.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.results.Json;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
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
 * Invalid tasks end to end: {@code tasks validate} marks them, {@code run} names them and leaves
 * them out of every rate, {@code --include-invalid} runs and counts them, and {@code report} lists
 * them (text, JSON, HTML). The cache is a temp directory through {@code -Dratchet.cache}.
 */
class InvalidTasksCliTest {
    @TempDir Path tmp;
    String previousCache;

    @BeforeEach
    void isolateTheCache() {
        previousCache = System.getProperty(CacheRoot.PROPERTY);
        System.setProperty(CacheRoot.PROPERTY, tmp.resolve("cache").toString());
    }

    @AfterEach
    void restoreTheCache() {
        if (previousCache == null) System.clearProperty(CacheRoot.PROPERTY);
        else System.setProperty(CacheRoot.PROPERTY, previousCache);
    }

    /** "good" is valid; the reference of "broken" fails its hidden test; "noref" has no reference at all. */
    Path suite() throws Exception {
        Path suite = tmp.resolve("suite");
        task(suite.resolve("good"), "ok\n");
        task(suite.resolve("broken"), "not ok\n");
        task(suite.resolve("noref"), null);
        StringBuilder yaml = new StringBuilder("suite: invalid-fixture\ntasks:\n");
        for (String id : List.of("good", "broken", "noref")) {
            yaml.append("  - id: ").append(id).append("\n    language: shell\n    instructions: ").append(id)
                    .append("/instructions.md\n    workspace: ").append(id).append("/ws/\n    visible_tests: ").append(id)
                    .append("/vis/\n    hidden_tests: ").append(id).append("/hid/\n")
                    .append(id.equals("noref") ? "" : "    reference: " + id + "/ref/\n")
                    .append("    test_command: [\"sh\", \"-c\", \"[ ! -f hidden.sh ] || sh hidden.sh\"]\n")
                    .append("    timeout_seconds: 10\n");
        }
        Files.writeString(suite.resolve("suite.yaml"), yaml);
        return suite.resolve("suite.yaml");
    }

    static void task(Path dir, String reference) throws Exception {
        for (String d : List.of("ws", "vis", "hid")) Files.createDirectories(dir.resolve(d));
        Files.writeString(dir.resolve("instructions.md"), "Write ok into f.txt.\n");
        Files.writeString(dir.resolve("ws/f.txt"), "todo\n");
        Files.writeString(dir.resolve("hid/hidden.sh"), "grep -qx ok f.txt\n");
        if (reference != null) Files.writeString(Files.createDirectories(dir.resolve("ref")).resolve("f.txt"), reference);
    }

    @Test
    void runExcludesAndNamesTheTasksTheValidationMarksInvalidUnlessAskedToIncludeThem() throws Exception {
        String suite = suite().toString();
        CliRunner.Result validate = CliRunner.run("tasks", "validate", suite, "--sandbox", "local");
        assertThat(validate.exit()).as(validate.out() + validate.err()).isEqualTo(1);
        assertThat(validate.out()).contains("ok    good", "FAIL  broken", "FAIL  noref", "1 of 3 tasks valid");

        Path excludedRuns = tmp.resolve("runs-excluded");
        CliRunner.Result run = CliRunner.run("run", "--suite", suite, "--model", "sim:p=1", "--rounds", "1",
                "--sandbox", "local", "--runs-dir", excludedRuns.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(": 1 task × 1 sample")
                .contains("excluded 2 tasks the saved validation (")
                .containsPattern("broken +the reference solution fails \\(or is missing\\)")
                .containsPattern("noref +the reference solution fails");
        Path runDir = only(excludedRuns);
        assertThat(RunStore.open(runDir).results()).extracting(SampleResult::task).containsExactly("good");
        JsonNode json = Json.MAPPER.readTree(CliRunner.run("report", runDir.toString(), "--json").out());
        assertThat(json.get("samples").asInt()).isEqualTo(1);
        assertThat(json.get("invalid_tasks").get("included").asBoolean()).isFalse();
        assertThat(json.get("invalid_tasks").get("tasks")).extracting(t -> t.get("task").asText()).containsExactly("broken", "noref");
        assertThat(CliRunner.run("report", runDir.toString(), "--no-files").out())
                .contains("invalid tasks (saved validation): 2, excluded from every rate");
        assertThat(Files.readString(runDir.resolve("report.html"))).contains("<h2>Invalid tasks</h2>").contains("<td>noref</td>");

        Path includedRuns = tmp.resolve("runs-included");
        run = CliRunner.run("run", "--suite", suite, "--model", "sim:p=1", "--rounds", "1", "--sandbox", "local",
                "--include-invalid", "--max-errors", "1", "--runs-dir", includedRuns.toString()); // noref is ERROR
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(": 3 tasks × 1 sample").contains("running 2 tasks the saved validation (");
        List<SampleResult> results = RunStore.open(only(includedRuns)).results();
        assertThat(results).extracting(SampleResult::task, r -> r.outcome().name(), SampleResult::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("good", "PASSED", null),
                        org.assertj.core.groups.Tuple.tuple("broken", "FAILED", null),
                        org.assertj.core.groups.Tuple.tuple("noref", "ERROR", "no reference to simulate"));
        json = Json.MAPPER.readTree(CliRunner.run("report", only(includedRuns).toString(), "--json", "--no-files").out());
        assertThat(json.get("samples").asInt()).isEqualTo(3);
        assertThat(json.get("invalid_tasks").get("included").asBoolean()).isTrue();
    }

    private static Path only(Path runs) throws Exception {
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
