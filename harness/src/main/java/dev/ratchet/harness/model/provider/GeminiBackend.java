package dev.ratchet.harness.model.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;

import java.util.List;

/** Google's Gemini API (generativelanguage.googleapis.com). */
public final class GeminiBackend implements Backend {
    @Override
    public String prefix() {
        return "gemini";
    }

    @Override
    public boolean takesBaseUrl() {
        return false;
    }

    @Override
    public List<String> keyVariables() {
        return List.of("GEMINI_API_KEY", "GOOGLE_API_KEY");
    }

    @Override
    public boolean keyRequired() {
        return true;
    }

    @Override
    public ChatModel build(BackendSpec spec, String key, HttpClientBuilder http) {
        return GoogleAiGeminiChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(spec.endpoint().baseUrl())
                .apiKey(key)
                .modelName(spec.model())
                .temperature(spec.sampling().temperature())
                .maxOutputTokens(spec.sampling().maxTokens())
                .timeout(spec.endpoint().timeout())
                .maxRetries(0)
                .build();
    }
}
