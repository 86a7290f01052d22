package dev.ratchet.harness.model.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;

import java.util.List;

/** A local Ollama server's /api/chat. No key. */
public final class OllamaBackend implements Backend {
    @Override
    public String prefix() {
        return "ollama";
    }

    @Override
    public boolean takesBaseUrl() {
        return true;
    }

    @Override
    public List<String> keyVariables() {
        return List.of();
    }

    @Override
    public boolean keyRequired() {
        return false;
    }

    @Override
    public ChatModel build(BackendSpec spec, String key, HttpClientBuilder http) {
        return OllamaChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(spec.endpoint().baseUrl())
                .modelName(spec.model())
                .temperature(spec.sampling().temperature())
                .numPredict(spec.sampling().maxTokens())
                .timeout(spec.endpoint().timeout())
                .maxRetries(0)
                .build();
    }
}
