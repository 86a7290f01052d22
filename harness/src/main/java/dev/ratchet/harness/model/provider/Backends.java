package dev.ratchet.harness.model.provider;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The backend factories by spec prefix, and the parser for {@code PREFIX:MODEL} and {@code PREFIX:BASE_URL:MODEL}. */
public final class Backends {
    private static final List<Backend> ALL = List.of(OpenAiBackend.OFFICIAL, OpenAiBackend.COMPATIBLE,
            new AnthropicBackend(), new GeminiBackend(), new MistralBackend(), new OllamaBackend());
    /** A base URL ends before the first ':' after host[:port][/path]; model names may hold ':' (llama3.1:8b). */
    private static final Pattern URL_THEN_MODEL = Pattern.compile("(https?://[^/:]+(?::\\d+)?(?:/[^:]*)?):(.+)");

    private Backends() {}

    public static Optional<Backend> find(String prefix) {
        return ALL.stream().filter(b -> b.prefix().equals(prefix)).findFirst();
    }

    /** The spec forms, for error messages and help. */
    public static String forms() {
        return ALL.stream().map(b -> b.prefix() + (b.takesBaseUrl() ? ":BASE_URL:MODEL" : ":MODEL"))
                .collect(Collectors.joining(", "));
    }

    /** Parses a spec whose prefix names a backend; empty when it names none. */
    public static Optional<BackendSpec> parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) return Optional.empty();
        Optional<Backend> backend = find(spec.substring(0, colon));
        if (backend.isEmpty()) return Optional.empty();
        String rest = spec.substring(colon + 1).strip();
        if (!backend.get().takesBaseUrl()) return Optional.of(BackendSpec.of(backend.get().prefix(), rest, null));
        Matcher m = URL_THEN_MODEL.matcher(rest);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + spec + "': expected " + backend.get().prefix()
                    + ":BASE_URL:MODEL, e.g. " + backend.get().prefix() + ":http://localhost:8000/v1:my-model");
        }
        return Optional.of(BackendSpec.of(backend.get().prefix(), m.group(2), m.group(1)));
    }
}
