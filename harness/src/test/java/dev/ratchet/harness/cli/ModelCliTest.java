package dev.ratchet.harness.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.ratchet.harness.cli.MainTest.assertOneLineError;
import static dev.ratchet.harness.cli.MainTest.fixtureSuite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The --model specs, config profiles, keys and replay, through the CLI. */
class ModelCliTest {
    static final String FAKE_KEY_ENV = "RATCHET_TEST_FAKE_KEY"; // set by Surefire (harness/pom.xml)
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @TempDir Path tmp;

    static Path onlyRun(Path runsDir) throws IOException {
        try (Stream<Path> dirs = Files.list(runsDir)) {
            return dirs.filter(RunStore::isRunDir).findFirst().orElseThrow();
        }
    }

    static Map<String, Outcome> outcomes(Path runDir) {
        return RunStore.open(runDir).results().stream()
                .collect(Collectors.toMap(r -> r.task() + "#" + r.sample(), SampleResult::outcome));
    }

    Path config(String yaml) throws IOException {
        Path f = tmp.resolve("ratchet.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void missingKeyIsOneLineBeforeAnyTaskRuns() throws Exception {
        Path cfg = config("""
                models:
                  nokey:
                    provider: anthropic
                    model: claude-sonnet-4-20250514
                    api_key_env: RATCHET_TEST_SURELY_UNSET_KEY
                """);
        Path runs = tmp.resolve("runs");
        CliRunner.Result r = CliRunner.run("run", "--suite", fixtureSuite(), "--config", cfg.toString(), "--model", "nokey",
                "--runs-dir", runs.toString());
        assertOneLineError(r, "anthropic:claude-sonnet-4-20250514 needs an API key: set RATCHET_TEST_SURELY_UNSET_KEY");
        assertThat(runs).doesNotExist();
    }

    @Test
    void unknownProfileAndBadSpecsAreOneLine() throws Exception {
        Path cfg = config("models:\n  typo:\n    provider: openai\n    model: gpt-4o\n    temprature: 0.2\n");
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--config", cfg.toString(), "--model", "typo"),
                cfg + ": profile 'typo': unknown field 'temprature' (did you mean 'temperature'?); known: api_key_env, base_url,");
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--model", "ollama:llama3"), "ollama:BASE_URL:MODEL");
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--model", "replay:" + tmp), "not a run directory");
    }

    @Test
    void aBadProfileFailsOnlyTheRunThatUsesIt() throws Exception {
        Path cfg = config("""
                models:
                  broken:
                    provider: openai
                    model: gpt-4o
                    max_tokens: lots
                  nokey:
                    provider: anthropic
                    model: claude-sonnet-4-20250514
                    api_key_env: RATCHET_TEST_SURELY_UNSET_KEY
                prices:
                  gpt-4o: {input: 2.5, outptu: 10}
                """);
        Path runs = tmp.resolve("runs");
        // the simulated model needs no profile: the broken ones are never read
        CliRunner.Result sim = CliRunner.run("run", "--suite", fixtureSuite(), "--config", cfg.toString(), "--rounds", "1",
                "--runs-dir", runs.toString(), "--sandbox", "local");
        assertThat(sim.exit()).as(sim.err()).isZero();
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--config", cfg.toString(), "--model", "broken"),
                cfg + ": profile 'broken': field 'max_tokens': expected a whole number, got \"lots\"");
        // a provider model reads the price rows, so the bad one is named
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--config", cfg.toString(), "--model", "nokey"),
                cfg + ": price 'gpt-4o': unknown field 'outptu' (did you mean 'output'?); known: input, output");
    }

    @Test
    void keysNeverReachTheRunDirectoryOrTheOutput() throws Exception {
        String key = System.getenv(FAKE_KEY_ENV);
        assumeTrue(key != null, FAKE_KEY_ENV + " is set by Surefire");
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        try {
            // sample 0 solves the task; sample 1 meets a 401 whose body echoes the key, as some servers do
            String right = "def clamp(x, low, high):\n    return max(low, min(x, high))\n";
            ObjectNode create = JSON.createObjectNode().put("command", "create").put("path", "calc.py").put("file_text", right);
            List<ResponseDefinitionBuilder> replies = List.of(ok(text("plan")), ok(call("edit_file", create.toString())),
                    ok(call("submit", "{}")), aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                            .withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + key + ".\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
            for (int i = 0; i < replies.size(); i++) {
                server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).inScenario("s")
                        .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i).willSetStateTo("s" + (i + 1))
                        .willReturn(replies.get(i)));
            }
            Path cfg = config("""
                    models:
                      wired:
                        provider: openai
                        model: gpt-4o-mini
                        base_url: %s/v1
                        api_key_env: %s
                        max_concurrent: 1
                    """.formatted(server.baseUrl(), FAKE_KEY_ENV));
            Path runs = tmp.resolve("runs");
            CliRunner.Result run = CliRunner.run("run", "--suite", fixtureSuite(), "--config", cfg.toString(), "--model", "wired",
                    "--samples", "2", "--parallel", "1", "--rounds", "1", "--max-errors", "1", "--runs-dir", runs.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            Path dir = onlyRun(runs);
            assertThat(outcomes(dir)).containsEntry("calc#0", Outcome.PASSED).containsEntry("calc#1", Outcome.ERROR);
            assertThat(RunStore.open(dir).results()).filteredOn(r -> r.sample() == 1).singleElement()
                    .satisfies(r -> assertThat(r.reason()).contains("401").contains("***"));
            // the key was really sent...
            assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))))
                    .allSatisfy(req -> assertThat(req.getHeader("Authorization")).isEqualTo("Bearer " + key));
            // ...and is nowhere Ratchet writes
            CliRunner.Result report = CliRunner.run("report", dir.toString());
            CliRunner.Result show = CliRunner.run("show", dir.toString(), "calc", "--sample", "1");
            for (CliRunner.Result c : List.of(run, report, show)) {
                assertThat(c.out() + c.err()).doesNotContain(key).doesNotContain("Bearer");
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain(key).doesNotContain("Bearer ")
                            .doesNotContainIgnoringCase("x-api-key");
                }
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void replayOfARecordedSimRunReproducesItsOutcomes() throws Exception {
        Path recorded = tmp.resolve("recorded"), replayed = tmp.resolve("replayed");
        String[] common = {"--suite", fixtureSuite(), "--samples", "8", "--rounds", "2", "--policy", "repair", "--parallel", "2"};
        CliRunner.Result rec = CliRunner.run(Stream.concat(Stream.of("run", "--model", "sim:p=0.3,seed=3", "--runs-dir", recorded.toString()),
                Stream.of(common)).toArray(String[]::new));
        assertThat(rec.exit()).as(rec.err()).isZero();
        Path recDir = onlyRun(recorded);
        CliRunner.Result rep = CliRunner.run(Stream.concat(Stream.of("run", "--model", "replay:" + recDir, "--runs-dir", replayed.toString()),
                Stream.of(common)).toArray(String[]::new));
        assertThat(rep.exit()).as(rep.err()).isZero();
        Map<String, Outcome> before = outcomes(recDir), after = outcomes(onlyRun(replayed));
        assertThat(before).hasSize(8).containsValue(Outcome.PASSED).containsValue(Outcome.FAILED);
        assertThat(after).isEqualTo(before);
        assertThat(RunStore.open(onlyRun(replayed)).results()).allSatisfy(r -> assertThat(r.reason()).isNull());
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static String text(String t) {
        return completion(JSON.createObjectNode().put("role", "assistant").put("content", t), "stop");
    }

    static String call(String tool, String args) {
        ObjectNode msg = JSON.createObjectNode().put("role", "assistant").putNull("content");
        msg.putArray("tool_calls").addObject().put("id", "call_" + tool).put("type", "function")
                .putObject("function").put("name", tool).put("arguments", args);
        return completion(msg, "tool_calls");
    }

    static String completion(ObjectNode message, String finish) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1741570283).put("model", "gpt-4o-mini-2024-07-18");
        root.putArray("choices").addObject().put("index", 0).put("finish_reason", finish).set("message", message);
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return root.toString();
    }
}
