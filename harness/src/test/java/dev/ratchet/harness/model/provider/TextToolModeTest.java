package dev.ratchet.harness.model.provider;

import dev.ratchet.harness.model.provider.ToolMode;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** tool_mode: text against an OpenAI-compatible server whose model has no native tools. */
class TextToolModeTest extends WireTestBase {
    final Wire wire = Wire.openAiCompatible();

    static String action(String tool, String args) {
        return "Let me do that.\n```action\n{\"tool\": \"" + tool + "\", \"args\": " + args + "}\n```\n";
    }

    @Test
    void fencedActionsDriveTheToolsAndMistakesAreToolErrors() {
        String create = createCalc(RIGHT).toString();
        wire.serve(server, List.of(Wire.Reply.text("Plan: write clamp."),
                Wire.Reply.text(action("edit_file", "{\"command\": \"create\", \"path\": ")), // truncated JSON
                Wire.Reply.text(action("list_files", "{}") + action("submit", "{}")),   // two actions: refused
                Wire.Reply.text(action("edit_file", create)),
                Wire.Reply.text(action("submit", "{}"))));
        SampleResult r = runFixture(retrying(wire.spec(server).withToolMode(ToolMode.TEXT)));
        assertThat(r.outcome()).as(String.valueOf(r.reason())).isEqualTo(Outcome.PASSED);
        List<TraceEvent.ToolResult> results = sink.of(TraceEvent.ToolResult.class);
        assertThat(results).extracting(TraceEvent.ToolResult::error).containsExactly(true, true, false, false);
        assertThat(results.get(0).output()).contains("not valid JSON");
        assertThat(results.get(1).output()).contains("2 action blocks");

        var requests = server.findAll(postRequestedFor(urlPathEqualTo(wire.path())));
        assertThat(requests.get(1).getBodyAsString()).doesNotContain("\"tools\"").contains("```action");
        // a tool result goes back as a user message, the model's own action block stays in its message
        assertThat(requests.get(4).getBodyAsString()).contains("Result of edit_file").contains("```action");
    }
}
