package dev.ratchet.tasks;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published benchmark data beside the checkout ({@code ../shared/benchmarks}: the Aider polyglot benchmark
 * and {@code HumanEval.jsonl.gz}), named by {@code -Dratchet.benchmarks}. A test that needs it skips with a
 * notice when it is absent, and fails instead under {@code RATCHET_REQUIRE_BENCHMARKS=1} (CI).
 */
public final class RealBenchmarks {
    private RealBenchmarks() {}

    public static Path humanEval() {
        return require("HumanEval.jsonl.gz");
    }

    public static Path polyglot() {
        return require("polyglot-benchmark");
    }

    private static Path require(String name) {
        String root = System.getProperty("ratchet.benchmarks");
        Path p = root == null ? null : Path.of(root).resolve(name).normalize();
        if (p != null && Files.exists(p)) return p;
        String why = "real benchmark data missing: " + (p == null ? "-Dratchet.benchmarks is not set" : p + " not found");
        if ("1".equals(System.getenv("RATCHET_REQUIRE_BENCHMARKS"))) Assertions.fail(why + " — and RATCHET_REQUIRE_BENCHMARKS is set");
        System.err.println("skipped: " + why);
        Assumptions.abort(why);
        return p;
    }
}
