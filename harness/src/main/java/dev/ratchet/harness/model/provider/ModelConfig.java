package dev.ratchet.harness.model.provider;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ratchet.harness.model.provider.ToolMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The model part of {@code ratchet.yaml}: named profiles and extra price rows. Other top-level keys
 * are left to whoever reads them.
 * <pre>
 * models:
 *   local-qwen:
 *     provider: openai-compatible
 *     model: qwen2.5-coder-7b
 *     base_url: http://localhost:8000/v1
 *     tool_mode: text
 * prices:
 *   my-model: {input: 0.5, output: 1.5}
 * </pre>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelConfig(Map<String, Profile> models, Map<String, Price> prices) {
    public static final ModelConfig EMPTY = new ModelConfig(Map.of(), Map.of());

    public ModelConfig {
        models = models == null ? Map.of() : Map.copyOf(models);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    /** One named model. Unknown keys are an error, so typos don't silently fall back to defaults. */
    public record Profile(String provider, String model, @JsonProperty("base_url") String baseUrl,
                          @JsonProperty("api_key_env") String apiKeyEnv, Double temperature,
                          @JsonProperty("max_tokens") Integer maxTokens,
                          @JsonProperty("timeout_seconds") Integer timeoutSeconds,
                          @JsonProperty("tool_mode") String toolMode, Price prices,
                          @JsonProperty("max_concurrent") Integer maxConcurrent,
                          @JsonProperty("requests_per_minute") Integer requestsPerMinute) {

        BackendSpec toSpec(String name) {
            if (provider == null) throw new IllegalArgumentException("ratchet.yaml: models." + name + ".provider is missing");
            if (model == null) throw new IllegalArgumentException("ratchet.yaml: models." + name + ".model is missing");
            return new BackendSpec(provider, model,
                    new BackendSpec.Endpoint(baseUrl, apiKeyEnv, timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds)),
                    new BackendSpec.Sampling(temperature, maxTokens, ToolMode.parse(toolMode)),
                    new BackendSpec.Limits(maxConcurrent == null ? 0 : maxConcurrent,
                            requestsPerMinute == null ? 0 : requestsPerMinute, prices));
        }
    }

    public Optional<BackendSpec> profile(String name) {
        Profile p = models.get(name);
        return p == null ? Optional.empty() : Optional.of(p.toSpec(name));
    }

    /** Reads {@code file}; a problem is one line naming the file and what's wrong. */
    public static ModelConfig load(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("config file not found: " + file);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            ModelConfig c = yaml.readValue(file.toFile(), ModelConfig.class);
            return c == null ? EMPTY : c;
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage().replace('\n', ' ') + " at "
                    + e.getPathReference());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage().replace('\n', ' '));
        }
    }

    /** {@code --config FILE} if given, else ./ratchet.yaml if present, else no profiles. */
    public static ModelConfig find(Path explicit) {
        if (explicit != null) return load(explicit);
        Path here = Path.of("ratchet.yaml");
        return Files.isRegularFile(here) ? load(here) : EMPTY;
    }
}
