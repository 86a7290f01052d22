package dev.ratchet.harness.model.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatModel;

import java.util.List;

/** Mistral's chat API (langchain4j-mistral-ai 1.18.1, the newest in the mirror). */
public final class MistralBackend implements Backend {
    @Override
    public String prefix() {
        return "mistral";
    }

    @Override
    public boolean takesBaseUrl() {
        return false;
    }

    @Override
    public List<String> keyVariables() {
        return List.of("MISTRAL_API_KEY");
    }

    @Override
    public boolean keyRequired() {
        return true;
    }

    @Override
    public ChatModel build(BackendSpec spec, String key, HttpClientBuilder http) {
        return MistralAiChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(spec.endpoint().baseUrl())
                .apiKey(key)
                .modelName(spec.model())
                .temperature(spec.sampling().temperature())
                .maxTokens(spec.sampling().maxTokens())
                .timeout(spec.endpoint().timeout())
                .maxRetries(0)
                .build();
    }
}
