package dev.ratchet.harness.model.provider;

import dev.ratchet.harness.model.provider.ToolMode;

import java.time.Duration;

/**
 * One configured model: which backend, which model, where, and how to call it. Null optionals
 * mean "the provider's default". {@code apiKeyEnv} null means the backend's usual variables.
 */
public record BackendSpec(String provider, String model, String baseUrl, String apiKeyEnv, Double temperature,
                          Integer maxTokens, Duration timeout, ToolMode toolMode, Price price, Limits limits) {

    /** Shared by all samples of a run; 0 means no cap. */
    public record Limits(int maxConcurrent, int requestsPerMinute) {
        public static final Limits NONE = new Limits(0, 0);
    }

    public BackendSpec {
        if (model == null || model.isBlank()) throw new IllegalArgumentException(provider + ": the model name is missing");
        if (toolMode == null) toolMode = ToolMode.NATIVE;
        if (limits == null) limits = Limits.NONE;
        if (timeout == null) timeout = Duration.ofSeconds(120);
    }

    public static BackendSpec of(String provider, String model, String baseUrl) {
        return new BackendSpec(provider, model, baseUrl, null, null, null, null, ToolMode.NATIVE, null, Limits.NONE);
    }

    public BackendSpec withBaseUrl(String url) {
        return new BackendSpec(provider, model, url, apiKeyEnv, temperature, maxTokens, timeout, toolMode, price, limits);
    }

    public BackendSpec withToolMode(ToolMode mode) {
        return new BackendSpec(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, timeout, mode, price, limits);
    }

    public BackendSpec withTimeout(Duration t) {
        return new BackendSpec(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, t, toolMode, price, limits);
    }

    public BackendSpec withApiKeyEnv(String env) {
        return new BackendSpec(provider, model, baseUrl, env, temperature, maxTokens, timeout, toolMode, price, limits);
    }

    public BackendSpec withPrice(Price p) {
        return new BackendSpec(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, timeout, toolMode, p, limits);
    }
}
