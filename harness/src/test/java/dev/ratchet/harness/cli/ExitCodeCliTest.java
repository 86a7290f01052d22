package dev.ratchet.harness.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.ratchet.harness.cli.MainTest.assertOneLineError;
import static dev.ratchet.harness.cli.MainTest.fixtureSuite;
import static dev.ratchet.harness.cli.ModelCliTest.FAKE_KEY_ENV;
import static dev.ratchet.harness.cli.ModelCliTest.JSON;
import static dev.ratchet.harness.cli.ModelCliTest.call;
import static dev.ratchet.harness.cli.ModelCliTest.ok;
import static dev.ratchet.harness.cli.ModelCliTest.onlyRun;
import static dev.ratchet.harness.cli.ModelCliTest.outcomes;
import static dev.ratchet.harness.cli.ModelCliTest.text;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code run}'s exit code for scripts and CI: --max-errors, and the early stop on a dead model endpoint. */
class ExitCodeCliTest {
    private static final String CHAT = "/v1/chat/completions";

    @TempDir Path tmp;
    private WireMockServer server;
    private Path config;

    @BeforeEach
    void serverAndProfile() throws Exception {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        // the provider's real key is not needed: the fake server checks nothing, Surefire sets some value
        config = Files.writeString(tmp.resolve("ratchet.yaml"), """
                models:
                  wired:
                    provider: openai
                    model: gpt-4o-mini
                    base_url: %s/v1
                    api_key_env: %s
                """.formatted(server.baseUrl(), FAKE_KEY_ENV));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private void refuseEveryKey() {
        server.stubFor(post(urlPathEqualTo(CHAT)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided.\",\"code\":\"invalid_api_key\"}}")));
    }

    private CliRunner.Result run(Path runs, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--suite", fixtureSuite(), "--config", config.toString(),
                "--model", "wired", "--rounds", "1", "--parallel", "1", "--sandbox", "local", "--runs-dir", runs.toString()));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void aDeadEndpointStopsTheRunAfterTheFirstThreeSamplesAndResumeFinishesIt() throws Exception {
        refuseEveryKey();
        Path runs = tmp.resolve("runs");
        CliRunner.Result r = run(runs, "--samples", "6");

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("stopping: the first 3 samples all failed with: model: openai HTTP 401 "
                + "authentication failed: Incorrect API key provided.");
        assertThat(r.out()).contains("run directory: "); // the summary still prints
        Path dir = onlyRun(runs);
        assertThat(outcomes(dir)).containsOnlyKeys("calc#0", "calc#1", "calc#2").containsValue(Outcome.ERROR)
                .doesNotContainValue(Outcome.PASSED);
        try (Stream<String> lines = Files.lines(dir.resolve("results.jsonl"))) {
            assertThat(lines.count()).isEqualTo(3);
        }
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(CHAT)))).hasSize(3); // nothing started after

        // the key is fixed: --resume runs the three ERROR samples again and the three never started
        server.resetAll();
        solveEverySampleInTurn(6);
        CliRunner.Result resumed = CliRunner.run("run", "--resume", dir.toString(), "--config", config.toString(),
                "--parallel", "1", "--sandbox", "local");
        assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
        assertThat(outcomes(dir)).hasSize(6).containsOnlyKeys("calc#0", "calc#1", "calc#2", "calc#3", "calc#4", "calc#5")
                .allSatisfy((k, v) -> assertThat(v).isEqualTo(Outcome.PASSED));
    }

    /** Each sample (run one at a time) plans, writes the right calc.py and submits. */
    private void solveEverySampleInTurn(int samples) {
        String right = "def clamp(x, low, high):\n    return max(low, min(x, high))\n";
        ObjectNode create = JSON.createObjectNode().put("command", "create").put("path", "calc.py").put("file_text", right);
        List<ResponseDefinitionBuilder> one = List.of(ok(text("plan")), ok(call("edit_file", create.toString())),
                ok(call("submit", "{}")));
        int state = 0;
        for (int s = 0; s < samples; s++) {
            for (ResponseDefinitionBuilder reply : one) {
                server.stubFor(post(urlPathEqualTo(CHAT)).inScenario("solve")
                        .whenScenarioStateIs(state == 0 ? Scenario.STARTED : "s" + state).willSetStateTo("s" + (state + 1))
                        .willReturn(reply));
                state++;
            }
        }
    }

    @Test
    void errorsExitThreeUnlessMaxErrorsAllowsThem() throws Exception {
        refuseEveryKey(); // two samples: too few to stop early, so the run goes to the end
        CliRunner.Result strict = run(tmp.resolve("strict"), "--samples", "2");
        assertThat(strict.exit()).as(strict.out() + strict.err()).isEqualTo(3);
        assertThat(strict.out()).doesNotContain("stopping:").contains("run directory: ");
        assertThat(strict.err()).contains("ratchet: 2 of 2 samples ended as ERROR, more than --max-errors 0 allows (exit 3)");
        assertThat(outcomes(onlyRun(tmp.resolve("strict")))).hasSize(2).containsValue(Outcome.ERROR)
                .doesNotContainValue(Outcome.PASSED);

        CliRunner.Result half = run(tmp.resolve("half"), "--samples", "2", "--max-errors", "50%");
        assertThat(half.exit()).as(half.err()).isEqualTo(3);
        CliRunner.Result count = run(tmp.resolve("count"), "--samples", "2", "--max-errors", "1");
        assertThat(count.exit()).as(count.err()).isEqualTo(3);

        CliRunner.Result lenient = run(tmp.resolve("lenient"), "--samples", "2", "--max-errors", "100%");
        assertThat(lenient.exit()).as(lenient.err()).isZero();
        assertThat(lenient.err()).doesNotContain("ended as ERROR");
        assertThat(outcomes(onlyRun(tmp.resolve("lenient")))).hasSize(2).containsValue(Outcome.ERROR);
        CliRunner.Result enough = run(tmp.resolve("enough"), "--samples", "2", "--max-errors", "2");
        assertThat(enough.exit()).as(enough.err()).isZero();
    }

    @Test
    void aCleanSimRunExitsZero() throws Exception {
        CliRunner.Result r = CliRunner.run("run", "--suite", fixtureSuite(), "--model", "sim:p=1", "--rounds", "1",
                "--samples", "4", "--sandbox", "local", "--runs-dir", tmp.resolve("runs").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("stopping:");
        assertThat(RunStore.open(onlyRun(tmp.resolve("runs"))).results()).hasSize(4)
                .allSatisfy(s -> assertThat(s.outcome()).isEqualTo(Outcome.PASSED));
    }

    @Test
    void aBadMaxErrorsIsOneLineAndExitTwoBeforeAnythingRuns() throws Exception {
        Path runs = tmp.resolve("runs");
        for (String bad : List.of("-1", "ten", "5%%", "150%", "", "1.5")) {
            CliRunner.Result r = CliRunner.run("run", "--suite", fixtureSuite(), "--model", "sim:p=1", "--max-errors", bad,
                    "--runs-dir", runs.toString());
            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertOneLineError(r, "--max-errors");
        }
        assertThat(runs).doesNotExist();
    }
}
