package dev.ratchet.harness.model.provider;

import java.time.Duration;

/**
 * One configured model: which backend and model, where to reach it, how to ask it, and what a run may spend on it.
 * Null parts inside mean "the provider's default".
 */
public record BackendSpec(String provider, String model, Endpoint endpoint, Sampling sampling, Limits limits) {

    /** Where the model is. {@code baseUrl} null: the provider's; {@code apiKeyEnv} null: the backend's usual variables. */
    public record Endpoint(String baseUrl, String apiKeyEnv, Duration timeout) {
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

        public Endpoint {
            if (timeout == null) timeout = DEFAULT_TIMEOUT;
        }

        public static Endpoint at(String baseUrl) {
            return new Endpoint(baseUrl, null, null);
        }
    }

    /** How the model is asked; null temperature or max tokens: the provider's default. */
    public record Sampling(Double temperature, Integer maxTokens, ToolMode toolMode) {
        public static final Sampling DEFAULT = new Sampling(null, null, ToolMode.NATIVE);

        public Sampling {
            if (toolMode == null) toolMode = ToolMode.NATIVE;
        }
    }

    /**
     * What a run may spend, shared by all its samples: at most {@code maxConcurrent} calls at once and
     * {@code requestsPerMinute} (0: no cap), at {@code price} (null: the price table's row), which budgets count.
     */
    public record Limits(int maxConcurrent, int requestsPerMinute, Price price) {
        public static final Limits NONE = new Limits(0, 0, null);
    }

    public BackendSpec {
        if (model == null || model.isBlank()) throw new IllegalArgumentException(provider + ": the model name is missing");
        if (endpoint == null) endpoint = Endpoint.at(null);
        if (sampling == null) sampling = Sampling.DEFAULT;
        if (limits == null) limits = Limits.NONE;
    }

    public static BackendSpec of(String provider, String model, String baseUrl) {
        return new BackendSpec(provider, model, Endpoint.at(baseUrl), Sampling.DEFAULT, Limits.NONE);
    }

    public BackendSpec withToolMode(ToolMode mode) {
        return new BackendSpec(provider, model, endpoint, new Sampling(sampling.temperature(), sampling.maxTokens(), mode), limits);
    }

    public BackendSpec withTimeout(Duration t) {
        return new BackendSpec(provider, model, new Endpoint(endpoint.baseUrl(), endpoint.apiKeyEnv(), t), sampling, limits);
    }
}
