package dev.ratchet.harness.model.provider;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ratchet.harness.model.provider.ToolMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
 * Profiles and price rows stay YAML until they are used, so one bad profile fails only the run that
 * picks it; a problem is one line naming the file, the profile (or price row) and the field.
 */
public record ModelConfig(String file, Map<String, JsonNode> models, Map<String, JsonNode> priceRows) {
    public static final ModelConfig EMPTY = new ModelConfig("ratchet.yaml", Map.of(), Map.of());

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public ModelConfig {
        models = models == null ? Map.of() : Map.copyOf(models);
        priceRows = priceRows == null ? Map.of() : Map.copyOf(priceRows);
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

    /** The profile {@code name}, read now: a mistake in it is reported here, not when the file is loaded. */
    public Optional<BackendSpec> profile(String name) {
        JsonNode node = models.get(name);
        if (node == null) return Optional.empty();
        String where = file + ": profile '" + name + "'";
        Profile p = read(node, Profile.class, where);
        if (p.provider() == null) throw new IllegalArgumentException(where + ": field 'provider' is missing");
        if (p.model() == null) throw new IllegalArgumentException(where + ": field 'model' is missing");
        try {
            return Optional.of(p.toSpec(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** The extra price rows; read when a provider model needs its price table. */
    public Map<String, Price> prices() {
        Map<String, Price> prices = new LinkedHashMap<>();
        priceRows.forEach((model, node) -> prices.put(model, read(node, Price.class, file + ": price '" + model + "'")));
        return prices;
    }

    /** Reads {@code file}; a problem is one line naming the file and what's wrong. */
    public static ModelConfig load(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("config file not found: " + file);
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getOriginalMessage().replace('\n', ' ')
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage().replace('\n', ' '));
        }
        if (root == null || root.isMissingNode() || root.isNull()) return new ModelConfig(file.toString(), Map.of(), Map.of());
        if (!root.isObject()) throw new IllegalArgumentException(file + ": expected a mapping with 'models' and/or 'prices'");
        return new ModelConfig(file.toString(), section(root, "models", file), section(root, "prices", file));
    }

    /** {@code --config FILE} if given, else ./ratchet.yaml if present, else no profiles. */
    public static ModelConfig find(Path explicit) {
        if (explicit != null) return load(explicit);
        Path here = Path.of("ratchet.yaml");
        return Files.isRegularFile(here) ? load(here) : EMPTY;
    }

    private static Map<String, JsonNode> section(JsonNode root, String key, Path file) {
        JsonNode s = root.get(key);
        if (s == null || s.isNull()) return Map.of();
        if (!s.isObject()) {
            throw new IllegalArgumentException(file + ": '" + key + "' must be a mapping of names to settings, got " + s.getNodeType().name().toLowerCase());
        }
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        s.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
        return entries;
    }

    private static <T> T read(JsonNode node, Class<T> type, String where) {
        try {
            T value = YAML.treeToValue(node, type);
            if (value == null) throw new IllegalArgumentException(where + ": empty; expected a mapping with " + known(type));
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": " + explain(e, node, type));
        }
    }

    /** Jackson's exception as what the user got wrong, in the file's own terms. */
    private static String explain(JsonProcessingException e, JsonNode node, Class<?> type) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> fields = u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "unknown field '" + field(u) + "'"
                    + ClosestName.to(u.getPropertyName(), fields).map(c -> " (did you mean '" + c + "'?)").orElse("")
                    + "; known: " + String.join(", ", fields);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            String field = field(v);
            return (field.isEmpty() ? "" : "field '" + field + "': ") + v.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException m) {
            String field = field(m);
            if (field.isEmpty()) return "expected a mapping with " + known(type) + ", got " + node;
            return "field '" + field + "': expected " + describe(m.getTargetType()) + ", got " + node.at("/" + field.replace('.', '/'));
        }
        return e.getOriginalMessage().replace('\n', ' ');
    }

    /** The dotted path to the field in error, e.g. {@code prices.input}; "" for the value itself. */
    private static String field(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(java.util.Objects::nonNull).collect(Collectors.joining("."));
    }

    private static String describe(Class<?> target) {
        if (target == null) return "another value";
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) return "a whole number";
        if (target == Double.class || target == double.class) return "a number";
        if (target == String.class) return "a string";
        if (target == Boolean.class || target == boolean.class) return "true or false";
        return "a mapping with " + known(target);
    }

    private static String known(Class<?> type) {
        List<BeanPropertyDefinition> props = YAML.getDeserializationConfig()
                .introspect(YAML.constructType(type)).findProperties();
        return props.stream().map(BeanPropertyDefinition::getName).sorted().collect(Collectors.joining(", "));
    }
}
