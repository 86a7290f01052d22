package dev.ratchet.harness.model.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.VisibleTestsVerifier;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.RetryingModel;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.SampleResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A WireMock server per test, and the fixture task run through the real loop against it. */
abstract class WireTestBase {
    static final String RIGHT = "def clamp(x, low, high):\n    return max(low, min(x, high))\n";
    static final String KEY = "sk-test-RATCHET-do-not-leak-0123456789";

    WireMockServer server;
    final Fixtures.MemorySink sink = new Fixtures.MemorySink();
    final List<Duration> slept = new ArrayList<>();

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    static ObjectNode createCalc(String content) {
        return Wire.obj().put("command", "create").put("path", "calc.py").put("file_text", content);
    }

    /** Plan text, create calc.py right, submit. */
    static List<Wire.Reply> solving() {
        return List.of(Wire.Reply.text("Plan: implement clamp with max/min, then submit."),
                Wire.Reply.call("edit_file", createCalc(RIGHT)), Wire.Reply.call("submit", Wire.obj()));
    }

    LangChainModelFactory factory(BackendSpec spec) {
        Map<String, String> env = Map.of("OPENAI_API_KEY", KEY, "ANTHROPIC_API_KEY", KEY, "GEMINI_API_KEY", KEY,
                "MISTRAL_API_KEY", KEY);
        return LangChainModelFactory.create(spec.provider() + ":" + spec.model(), spec, PriceTable.builtin(), env::get);
    }

    /** The model as the Runner wraps it, but with a sleeper that only records the waits. */
    Model retrying(BackendSpec spec) {
        return new RetryingModel(factory(spec).create(Fixtures.calc(), 0),
                new RetryingModel.Backoff(5, Duration.ofMillis(100), Duration.ofSeconds(2)), slept::add, m -> { });
    }

    SampleResult runFixture(Model model) {
        return runFixture(model, RetryPolicy.NONE, 1);
    }

    SampleResult runFixture(Model model, RetryPolicy policy, int rounds) {
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(rounds, policy, 10), Fixtures.localSandboxes(),
                Toolbox.standard(), new VisibleTestsVerifier(), Clock.systemUTC());
        return loop.run(Fixtures.calc(), 0, model, sink);
    }
}
