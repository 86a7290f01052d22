package dev.ratchet.harness.model.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import java.util.List;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * One provider's wire format as its real API returns it: where the chat endpoint lives and the JSON
 * bodies of a text reply and a tool-call reply, with usage. {@code baseSuffix} turns the server's
 * root URL into the base URL the backend expects.
 */
record Wire(String provider, String model, String path, String baseSuffix, Function<Reply, String> body) {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int IN = 1200, OUT = 300;

    /** A reply to serve: text, or one tool call (name + args object); rawArgs overrides args with raw text. */
    record Reply(String text, String tool, ObjectNode args, String rawArgs) {
        static Reply text(String t) {
            return new Reply(t, null, null, null);
        }

        static Reply call(String tool, ObjectNode args) {
            return new Reply(null, tool, args, null);
        }

        static Reply rawCall(String tool, String raw) {
            return new Reply(null, tool, null, raw);
        }

        String argsText() {
            return rawArgs != null ? rawArgs : args.toString();
        }
    }

    String baseUrl(WireMockServer server) {
        return server.baseUrl() + baseSuffix;
    }

    BackendSpec spec(WireMockServer server) {
        return BackendSpec.of(provider, model, baseUrl(server));
    }

    /** Serves {@code replies} in order, one per request, each with {@code extra} applied. */
    void serve(WireMockServer server, List<Reply> replies) {
        for (int i = 0; i < replies.size(); i++) {
            respond(server, i, i + 1, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(body.apply(replies.get(i))));
        }
    }

    /** Registers response number {@code step} of a sequence (step 0 answers the first request). */
    void respond(WireMockServer server, int step, int nextStep, ResponseDefinitionBuilder response) {
        server.stubFor(post(urlPathEqualTo(path)).inScenario("chat")
                .whenScenarioStateIs(step == 0 ? Scenario.STARTED : "step-" + step)
                .willSetStateTo("step-" + nextStep).willReturn(response));
    }

    static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    static Wire openAi() {
        return new Wire("openai", "gpt-4o-mini", "/v1/chat/completions", "/v1", Wire::openAiBody);
    }

    static Wire openAiCompatible() {
        return new Wire("openai-compatible", "qwen2.5-coder-7b-instruct", "/v1/chat/completions", "/v1", Wire::openAiBody);
    }

    static Wire mistral() {
        return new Wire("mistral", "mistral-small-latest", "/v1/chat/completions", "/v1", r -> {
            ObjectNode root = (ObjectNode) read(openAiBody(r));
            root.put("model", "mistral-small-latest");
            ((ObjectNode) root.at("/choices/0/message")).put("content", r.text() == null ? "" : r.text());
            root.at("/choices/0/message").path("tool_calls").forEach(c -> ((ObjectNode) c).put("id", "D681PevKs"));
            return root.toString();
        });
    }

    static Wire anthropic() {
        return new Wire("anthropic", "claude-sonnet-4-20250514", "/v1/messages", "/v1/", r -> {
            ObjectNode root = obj().put("id", "msg_01XFDUDYJgAACzvnptvVoYEL").put("type", "message").put("role", "assistant")
                    .put("model", "claude-sonnet-4-20250514");
            ArrayNode content = root.putArray("content");
            if (r.tool() == null) {
                content.addObject().put("type", "text").put("text", r.text());
            } else {
                content.addObject().put("type", "text").put("text", "I'll call " + r.tool() + ".");
                ObjectNode use = content.addObject().put("type", "tool_use").put("id", "toolu_01A09q90qw90lq917835lq9")
                        .put("name", r.tool());
                if (r.rawArgs() != null) use.put("input", r.rawArgs()); else use.set("input", r.args());
            }
            root.put("stop_reason", r.tool() == null ? "end_turn" : "tool_use").putNull("stop_sequence");
            root.putObject("usage").put("input_tokens", IN).put("output_tokens", OUT)
                    .put("cache_creation_input_tokens", 0).put("cache_read_input_tokens", 0);
            return root.toString();
        });
    }

    static Wire gemini() {
        return new Wire("gemini", "gemini-2.0-flash", "/v1beta/models/gemini-2.0-flash:generateContent", "/v1beta", r -> {
            ObjectNode root = obj();
            ObjectNode cand = root.putArray("candidates").addObject();
            ObjectNode content = cand.putObject("content");
            ObjectNode part = content.putArray("parts").addObject();
            if (r.tool() == null) part.put("text", r.text());
            else part.putObject("functionCall").put("name", r.tool()).set("args", r.args());
            content.put("role", "model");
            cand.put("finishReason", "STOP").put("index", 0);
            root.putObject("usageMetadata").put("promptTokenCount", IN).put("candidatesTokenCount", OUT)
                    .put("totalTokenCount", IN + OUT);
            root.put("modelVersion", "gemini-2.0-flash").put("responseId", "mcb9aKPxEtGv1dkPqL2DsQY");
            return root.toString();
        });
    }

    static Wire ollama() {
        return new Wire("ollama", "qwen2.5-coder:7b", "/api/chat", "", r -> {
            ObjectNode root = obj().put("model", "qwen2.5-coder:7b").put("created_at", "2025-06-01T12:00:00.000000Z");
            ObjectNode msg = root.putObject("message").put("role", "assistant").put("content", r.text() == null ? "" : r.text());
            if (r.tool() != null) {
                msg.putArray("tool_calls").addObject().putObject("function").put("name", r.tool()).set("arguments", r.args());
            }
            root.put("done_reason", "stop").put("done", true).put("total_duration", 4883583458L)
                    .put("load_duration", 1334875).put("prompt_eval_count", IN).put("prompt_eval_duration", 342546000)
                    .put("eval_count", OUT).put("eval_duration", 4535599000L);
            return root.toString();
        });
    }

    static String openAiBody(Reply r) {
        ObjectNode root = obj().put("id", "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG").put("object", "chat.completion")
                .put("created", 1741570283).put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode msg = choice.putObject("message").put("role", "assistant");
        if (r.tool() == null) {
            msg.put("content", r.text());
        } else {
            msg.putNull("content");
            ObjectNode call = msg.putArray("tool_calls").addObject().put("id", "call_" + Math.abs(r.argsText().hashCode()))
                    .put("type", "function");
            call.putObject("function").put("name", r.tool()).put("arguments", r.argsText());
        }
        msg.putNull("refusal");
        choice.putNull("logprobs").put("finish_reason", r.tool() == null ? "stop" : "tool_calls");
        root.putObject("usage").put("prompt_tokens", IN).put("completion_tokens", OUT).put("total_tokens", IN + OUT);
        root.put("service_tier", "default").put("system_fingerprint", "fp_06737a9306");
        return root.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
