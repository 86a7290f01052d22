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
 * As a verifier's helper: {@code tests} (under {@code --verifier self-tests}): the probability that the tests it
 * writes are as strong as the grader's (a copy of the visible and hidden tests, which reject every wrong answer it
 * writes); otherwise it writes the visible tests again, which reject what they reject. {@code tpr}, {@code fpr}
 * (as {@code --verifier judge:sim:…}): the probability that it accepts a right candidate, and a wrong one;
 * {@code acc=A} is {@code tpr=A,fpr=1-A}. As a judge it takes a candidate to be right when its diff is the
 * reference's, which is exact for the simulated model's own candidates (the reference, or a mutant the hidden
 * tests kill). Its draws for tests and verdicts are seeded apart from its solving, so a run under another
 * verifier with the same seed writes the same candidates.
 */
public record SimSpec(double p, double spread, double repair, long seed, long latencyMs, boolean explore,
                      double tests, double tpr, double fpr) {

    public static final SimSpec DEFAULT = new SimSpec(0.6, 0.0, 0.5, 1, 0);
    static final double TESTS = 0.5, TPR = 0.9, FPR = 0.1;

    public SimSpec(double p, double spread, double repair, long seed, long latencyMs) {
        this(p, spread, repair, seed, latencyMs, false);
    }

    public SimSpec(double p, double spread, double repair, long seed, long latencyMs, boolean explore) {
        this(p, spread, repair, seed, latencyMs, explore, TESTS, TPR, FPR);
    }

    public SimSpec {
        for (double rate : new double[] {tests, tpr, fpr}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("sim: tests, tpr and fpr must be in [0, 1], got " + rate);
            }
        }
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
        double tests = number(kv.remove("tests"), TESTS, "tests");
        String acc = kv.remove("acc");
        double tpr = number(acc, TPR, "acc");
        double fpr = acc == null ? FPR : Math.round((1 - tpr) * 1e9) / 1e9; // 1 - 0.8 is not 0.2 in binary
        tpr = number(kv.remove("tpr"), tpr, "tpr");
        fpr = number(kv.remove("fpr"), fpr, "fpr");
        if (!kv.isEmpty()) {
            throw new IllegalArgumentException("sim: unknown setting '" + kv.keySet().iterator().next()
                    + "' (known: p, spread, repair, seed, latency_ms, explore, tests, tpr, fpr, acc)");
        }
        return new SimSpec(p, spread, repair, seed, latency, explore == 1, tests, tpr, fpr);
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
                + (latencyMs > 0 ? ",latency_ms=" + latencyMs : "") + (explore ? ",explore=1" : "")
                + (tests != TESTS ? ",tests=" + tests : "") + (tpr != TPR || fpr != FPR ? ",tpr=" + tpr + ",fpr=" + fpr : "");
    }
}
