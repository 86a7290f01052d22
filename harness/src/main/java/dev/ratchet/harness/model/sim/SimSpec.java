package dev.ratchet.harness.model.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code sim:p=0.6,spread=0.0,repair=0.5,seed=1,latency_ms=0} — the simulated model's settings
 * (docs/metrics.md). {@code p}: mean single-attempt accuracy; {@code spread}: standard deviation of the
 * per-task accuracy p_i across tasks (0 = every task has p); {@code repair}: probability of writing the
 * reference after failed visible tests under REPAIR; {@code latency_ms}: a pause per reply, for benchmarks;
 * {@code explore=1}: when retrieval tools are offered, search for an identifier from the task and read
 * the chunk to change before viewing and editing (so the retrieval path runs offline).
 */
public record SimSpec(double p, double spread, double repair, long seed, long latencyMs, boolean explore) {

    public static final SimSpec DEFAULT = new SimSpec(0.6, 0.0, 0.5, 1, 0);

    public SimSpec(double p, double spread, double repair, long seed, long latencyMs) {
        this(p, spread, repair, seed, latencyMs, false);
    }

    public SimSpec {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("sim: p must be in [0, 1], got " + p);
        if (!(repair >= 0 && repair <= 1)) throw new IllegalArgumentException("sim: repair must be in [0, 1], got " + repair);
        if (!(spread >= 0)) throw new IllegalArgumentException("sim: spread must be ≥ 0, got " + spread);
        if (spread > 0 && p > 0 && p < 1 && spread * spread >= p * (1 - p)) {
            throw new IllegalArgumentException("sim: spread " + spread + " is too large for p=" + p
                    + " (a Beta with that mean needs spread < " + String.format("%.3f", Math.sqrt(p * (1 - p))) + ")");
        }
        if (latencyMs < 0) throw new IllegalArgumentException("sim: latency_ms must be ≥ 0");
    }

    /** Parses the part after {@code sim:} (may be empty); unspecified keys keep their defaults. */
    public static SimSpec parse(String params) {
        Map<String, String> kv = new LinkedHashMap<>();
        if (!params.isBlank()) {
            for (String part : params.split(",")) {
                String[] pair = part.split("=", 2);
                if (pair.length != 2 || pair[0].isBlank()) {
                    throw new IllegalArgumentException("sim: expected key=value, got '" + part + "'");
                }
                kv.put(pair[0].trim(), pair[1].trim());
            }
        }
        SimSpec d = DEFAULT;
        double p = number(kv.remove("p"), d.p, "p");
        double spread = number(kv.remove("spread"), d.spread, "spread");
        double repair = number(kv.remove("repair"), d.repair, "repair");
        long seed = (long) number(kv.remove("seed"), d.seed, "seed");
        long latency = (long) number(kv.remove("latency_ms"), d.latencyMs, "latency_ms");
        double explore = number(kv.remove("explore"), 0, "explore");
        if (explore != 0 && explore != 1) throw new IllegalArgumentException("sim: explore must be 0 or 1, got " + explore);
        if (!kv.isEmpty()) {
            throw new IllegalArgumentException("sim: unknown setting '" + kv.keySet().iterator().next()
                    + "' (known: p, spread, repair, seed, latency_ms, explore)");
        }
        return new SimSpec(p, spread, repair, seed, latency, explore == 1);
    }

    private static double number(String v, double fallback, String key) {
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sim: " + key + " must be a number, got '" + v + "'");
        }
    }

    @Override
    public String toString() {
        return "sim:p=" + p + ",spread=" + spread + ",repair=" + repair + ",seed=" + seed
                + (latencyMs > 0 ? ",latency_ms=" + latencyMs : "") + (explore ? ",explore=1" : "");
    }
}
