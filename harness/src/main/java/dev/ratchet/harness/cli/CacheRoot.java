package dev.ratchet.harness.cli;

import java.nio.file.Path;

/**
 * Where Ratchet keeps what it can recompute but would rather not: mutant verdicts
 * ({@code mutants/}), embeddings ({@code embeddings/}), suite validation findings
 * ({@code validation/}) and Java class-data archives ({@code jvm/}). The system property {@code ratchet.cache} wins over {@code $RATCHET_CACHE}
 * because a JVM cannot change its own environment: in-process tests point it at a temp directory.
 */
public final class CacheRoot {
    private CacheRoot() {}

    public static final String PROPERTY = "ratchet.cache";
    public static final String ENV = "RATCHET_CACHE";

    /** {@code -Dratchet.cache}, else {@code $RATCHET_CACHE}, else {@code ~/.cache/ratchet}. */
    public static Path dir() {
        return dir(System.getProperty(PROPERTY), System.getenv(ENV), System.getProperty("user.home"));
    }

    static Path dir(String property, String env, String home) {
        if (property != null && !property.isBlank()) return Path.of(property);
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(home, ".cache", "ratchet");
    }
}
