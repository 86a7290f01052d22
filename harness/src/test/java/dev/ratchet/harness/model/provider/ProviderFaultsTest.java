package dev.ratchet.harness.model.provider;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.ratchet.harness.model.Conversation;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.ModelReply;
import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Provider faults at the HTTP boundary: which are retried (and how long we wait), which end the sample. */
class ProviderFaultsTest extends WireTestBase {
    final Wire wire = Wire.openAi();

    ModelReply ask(BackendSpec spec) {
        return retrying(spec).chat(new Conversation().add(UserMessage.from("hi")), List.of());
    }

    void then(int step, String text) {
        wire.respond(server, step, step + 1, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Wire.openAiBody(Wire.Reply.text(text))));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"x\",\"param\":null,\"code\":null}}");
    }

    @Test
    void rateLimitWithRetryAfterIsHonouredThenSucceeds() {
        wire.respond(server, 0, 1, error(429, "Rate limit reached for gpt-4o-mini").withHeader("Retry-After", "7"));
        then(1, "ok");
        assertThat(ask(wire.spec(server)).message().text()).isEqualTo("ok");
        assertThat(slept).containsExactly(Duration.ofSeconds(7)); // longer than the backoff (≤ 100 ms), so it wins
    }

    @Test
    void threeServerErrorsThenSuccess() {
        for (int i = 0; i < 3; i++) wire.respond(server, i, i + 1, error(500 + i, "The server had an error"));
        then(3, "ok");
        assertThat(ask(wire.spec(server)).message().text()).isEqualTo("ok");
        assertThat(slept).hasSize(3).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void timeoutThenSuccess() {
        wire.respond(server, 0, 1, error(200, "late").withFixedDelay(3_000));
        then(1, "ok");
        assertThat(ask(wire.spec(server).withTimeout(Duration.ofMillis(800))).message().text()).isEqualTo("ok");
        assertThat(slept).hasSize(1);
    }

    @Test
    void connectionResetThenSuccess() {
        wire.respond(server, 0, 1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        then(1, "ok");
        assertThat(ask(wire.spec(server)).message().text()).isEqualTo("ok");
    }

    @Test
    void badKeyEndsTheSampleAsErrorWithOneLineReason() {
        wire.respond(server, 0, 1, error(401, "Incorrect API key provided: " + KEY + ". You can find your API key at https://platform.openai.com/account/api-keys."));
        SampleResult r = runFixture(retrying(wire.spec(server)));
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).startsWith("model: openai HTTP 401 authentication failed: Incorrect API key provided")
                .doesNotContain(KEY).doesNotContain("\n");
        assertThat(slept).isEmpty(); // fatal: not retried
    }

    @Test
    void contextLengthExceededEndsTheSampleAsError() {
        wire.respond(server, 0, 1, error(400, "This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens."));
        SampleResult r = runFixture(retrying(wire.spec(server)));
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).contains("context length exceeded").contains("128000");
    }

    @Test
    void anthropicOverloadIsTransientAndInvalidRequestFatal() {
        Wire a = Wire.anthropic();
        a.respond(server, 0, 1, aResponse().withStatus(529).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
        a.respond(server, 1, 2, aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"prompt is too long: 210000 tokens > 200000 maximum\"}}"));
        assertThatThrownBy(() -> retrying(a.spec(server)).chat(new Conversation().add(UserMessage.from("hi")), List.of()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.isTransient()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("anthropic HTTP 400 context length exceeded: prompt is too long: 210000 tokens > 200000 maximum");
                });
        assertThat(slept).hasSize(1);
    }

    @Test
    void badJsonToolArgumentsComeBackAsAToolErrorAndTheModelRecovers() {
        wire.serve(server, List.of(Wire.Reply.text("plan"),
                Wire.Reply.rawCall("edit_file", "{\"command\": \"create\", \"path\": \"calc.py\", \"file_text\": "),
                Wire.Reply.call("edit_file", createCalc(RIGHT)), Wire.Reply.call("submit", Wire.obj())));
        SampleResult r = runFixture(retrying(wire.spec(server)));
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        List<TraceEvent.ToolResult> results = sink.of(TraceEvent.ToolResult.class);
        assertThat(results).extracting(TraceEvent.ToolResult::error).containsExactly(true, false, false);
        assertThat(results.getFirst().output()).contains("not valid JSON");
    }

    @Test
    void usageIsPricedFromTheTable() {
        wire.serve(server, solving());
        SampleResult r = runFixture(retrying(wire.spec(server)));
        Price gpt4oMini = PriceTable.builtin().lookup("gpt-4o-mini").orElseThrow();
        assertThat(gpt4oMini).isEqualTo(new Price(0.15, 0.60));
        double perReply = (Wire.IN * 0.15 + Wire.OUT * 0.60) / 1_000_000;
        assertThat(sink.of(TraceEvent.ModelReply.class)).allSatisfy(m -> assertThat(m.costUsd()).isCloseTo(perReply, org.assertj.core.data.Offset.offset(1e-12)));
        assertThat(r.usage().costUsd()).isCloseTo(3 * perReply, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void configPricesOverrideTheBuiltinTableAndDatedNamesMatchByPrefix() {
        PriceTable t = PriceTable.builtin().with(java.util.Map.of("gpt-4o-mini", new Price(1, 2)));
        assertThat(t.lookup("gpt-4o-mini")).contains(new Price(1, 2));
        assertThat(t.lookup("gpt-4o-2024-08-06")).contains(new Price(2.5, 10));
        assertThat(t.lookup("my-local-model")).isEmpty();
    }
}
