package dev.ratchet.harness.model.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;

import java.util.List;

/** Anthropic's Messages API. */
public final class AnthropicBackend implements Backend {
    /** The Messages API insists on max_tokens; this is used when the spec doesn't set one. */
    private static final int DEFAULT_MAX_TOKENS = 4096;

    @Override
    public String prefix() {
        return "anthropic";
    }

    @Override
    public boolean takesBaseUrl() {
        return false;
    }

    @Override
    public List<String> keyVariables() {
        return List.of("ANTHROPIC_API_KEY");
    }

    @Override
    public boolean keyRequired() {
        return true;
    }

    @Override
    public boolean toolsRequiredWithToolHistory() {
        return true; // "Requests which include tool_use or tool_result blocks must define tools"
    }

    @Override
    public ChatModel build(BackendSpec spec, String key, HttpClientBuilder http) {
        return AnthropicChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(spec.endpoint().baseUrl())
                .apiKey(key)
                .modelName(spec.model())
                .temperature(spec.sampling().temperature())
                .maxTokens(spec.sampling().maxTokens() == null ? DEFAULT_MAX_TOKENS : spec.sampling().maxTokens())
                .timeout(spec.endpoint().timeout())
                .maxRetries(0)
                .build();
    }
}
