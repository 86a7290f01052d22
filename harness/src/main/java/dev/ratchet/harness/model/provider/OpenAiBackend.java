package dev.ratchet.harness.model.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.util.List;

/** OpenAI, and servers that speak its chat-completions API (vLLM, llama.cpp server, LM Studio). */
public final class OpenAiBackend implements Backend {
    public static final OpenAiBackend OFFICIAL = new OpenAiBackend("openai", false);
    public static final OpenAiBackend COMPATIBLE = new OpenAiBackend("openai-compatible", true);

    private final String prefix;
    private final boolean compatible;

    private OpenAiBackend(String prefix, boolean compatible) {
        this.prefix = prefix;
        this.compatible = compatible;
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public boolean takesBaseUrl() {
        return compatible;
    }

    @Override
    public List<String> keyVariables() {
        return List.of("OPENAI_API_KEY");
    }

    @Override
    public boolean keyRequired() {
        return !compatible;
    }

    @Override
    public ChatModel build(BackendSpec spec, String key, HttpClientBuilder http) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(spec.endpoint().baseUrl())
                .apiKey(key == null ? "not-needed" : key) // local servers ignore it; the client insists on one
                .modelName(spec.model())
                .temperature(spec.sampling().temperature())
                .maxTokens(spec.sampling().maxTokens())
                .timeout(spec.endpoint().timeout())
                .maxRetries(0)
                .build();
    }
}
