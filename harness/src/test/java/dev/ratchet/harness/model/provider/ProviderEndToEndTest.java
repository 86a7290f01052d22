package dev.ratchet.harness.model.provider;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Each backend, against a local server speaking its provider's wire format, solves the fixture task. */
class ProviderEndToEndTest extends WireTestBase {

    SampleResult solve(Wire wire) {
        wire.serve(server, solving());
        SampleResult r = runFixture(retrying(wire.spec(server)));
        assertThat(r.outcome()).as(String.valueOf(r.reason())).isEqualTo(Outcome.PASSED);
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(wire.path())));
        assertThat(requests).hasSize(3);
        assertThat(requests.get(1).getBodyAsString()).contains("edit_file").contains("submit"); // tools offered natively
        assertThat(requests.get(2).getBodyAsString()).contains("clamp"); // the tool call went back with its result
        List<TraceEvent.ModelReply> replies = sink.of(TraceEvent.ModelReply.class);
        assertThat(replies).hasSize(3);
        assertThat(replies).allSatisfy(m -> {
            assertThat(m.tokensIn()).isEqualTo(Wire.IN);
            assertThat(m.tokensOut()).isEqualTo(Wire.OUT);
        });
        assertThat(replies.get(1).toolCalls()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("edit_file");
            assertThat(c.arguments()).contains("def clamp");
        });
        assertThat(r.usage().tokensIn()).isEqualTo(3L * Wire.IN);
        return r;
    }

    @Test
    void openAi() {
        SampleResult r = solve(Wire.openAi());
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).getFirst()
                .getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(r.usage().costUsd()).isGreaterThan(0);
    }

    @Test
    void openAiCompatible() {
        solve(Wire.openAiCompatible());
    }

    @Test
    void anthropic() {
        solve(Wire.anthropic());
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/messages"))).getFirst().getHeader("x-api-key"))
                .isEqualTo(KEY);
    }

    @Test
    void gemini() {
        solve(Wire.gemini());
    }

    @Test
    void mistral() {
        solve(Wire.mistral());
    }

    @Test
    void ollama() {
        solve(Wire.ollama());
    }

    @Test
    void anthropicRepairRoundKeepsToolsDefinedButUnusable() {
        Wire a = Wire.anthropic();
        String wrong = "def clamp(x, low, high):\n    return x\n";
        a.serve(server, List.of(Wire.Reply.text("plan"), Wire.Reply.call("edit_file", createCalc(wrong)),
                Wire.Reply.call("submit", Wire.obj()),
                Wire.Reply.call("view_file", Wire.obj().put("path", "calc.py")), // a tool call in a plan reply is dropped
                Wire.Reply.call("edit_file", createCalc(RIGHT)), Wire.Reply.call("submit", Wire.obj())));
        SampleResult r = runFixture(retrying(a.spec(server)), dev.ratchet.harness.loop.RetryPolicy.REPAIR, 2);
        assertThat(r.outcome()).as(String.valueOf(r.reason())).isEqualTo(Outcome.PASSED);
        String repairPlan = server.findAll(postRequestedFor(urlPathEqualTo(a.path()))).get(3).getBodyAsString();
        assertThat(repairPlan).contains("\"tools\"").contains("\"tool_choice\"").contains("none");
        assertThat(sink.of(TraceEvent.ModelReply.class).get(3).toolCalls()).isEmpty();
    }
}
