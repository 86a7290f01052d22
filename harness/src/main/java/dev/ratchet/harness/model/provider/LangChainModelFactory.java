package dev.ratchet.harness.model.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.ratchet.harness.model.provider.LangChainModel;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelFactory;
import dev.ratchet.harness.model.provider.RequestLimiter;
import dev.ratchet.tasks.Task;

import java.util.Optional;
import java.util.function.Function;

/**
 * Builds one backend's model once per run: the key is checked here, before any task runs, and the
 * chat model and its request limiter are shared by every sample.
 */
public final class LangChainModelFactory implements ModelFactory {
    private final String description;
    private final LangChainModel model;
    private final Price price;
    private final String modelName;

    private LangChainModelFactory(String description, LangChainModel model, Price price, String modelName) {
        this.description = description;
        this.model = model;
        this.price = price;
        this.modelName = modelName;
    }

    /**
     * @param description what the user wrote ({@code openai:gpt-4o} or a profile name); never holds a key
     * @param env         environment lookup, {@code System::getenv} outside tests
     */
    public static LangChainModelFactory create(String description, BackendSpec spec, PriceTable prices,
                                               Function<String, String> env) {
        Backend backend = Backends.find(spec.provider()).orElseThrow(() -> new IllegalArgumentException(
                "unknown provider '" + spec.provider() + "' (known: " + Backends.forms() + ")"));
        String key = key(backend, spec, env);
        Price price = spec.limits().price() != null ? spec.limits().price() : prices.lookup(spec.model()).orElse(null);
        ProviderErrors errors = new ProviderErrors(backend.prefix(), key);
        ChatModel chat = backend.build(spec, key, new ProviderHttpClient.Builder()
                .connectTimeout(spec.endpoint().timeout()).readTimeout(spec.endpoint().timeout()));
        RequestLimiter limiter = new RequestLimiter(spec.limits().maxConcurrent(), spec.limits().requestsPerMinute(),
                RequestLimiter.Clock.SYSTEM);
        Price p = price == null ? Price.FREE : price;
        LangChainModel model = new LangChainModel(chat, new LangChainModel.Settings(spec.sampling().toolMode(),
                (in, out) -> p.cost(in, out), limiter, errors::map, backend.toolsRequiredWithToolHistory()));
        return new LangChainModelFactory(description, model, price, spec.model());
    }

    private static String key(Backend backend, BackendSpec spec, Function<String, String> env) {
        var names = spec.endpoint().apiKeyEnv() != null ? java.util.List.of(spec.endpoint().apiKeyEnv()) : backend.keyVariables();
        for (String name : names) {
            String v = env.apply(name);
            if (v != null && !v.isBlank()) return v.strip();
        }
        if (!backend.keyRequired()) return null;
        throw new IllegalArgumentException(backend.prefix() + ":" + spec.model() + " needs an API key: set "
                + String.join(" or ", names) + (spec.endpoint().apiKeyEnv() == null ? " (or api_key_env in ratchet.yaml)" : ""));
    }

    @Override
    public Model create(Task task, int sample) {
        return model;
    }

    @Override
    public String describe() {
        return description;
    }

    /** A one-line warning when the model has no price (so budgets can't stop it). */
    public Optional<String> priceWarning() {
        return price != null ? Optional.empty() : Optional.of("no price for model '" + modelName
                + "': its cost is recorded as 0 and budgets can't stop it (add it under prices: in ratchet.yaml)");
    }
}
