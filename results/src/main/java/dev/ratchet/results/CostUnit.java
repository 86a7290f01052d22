package dev.ratchet.results;

import java.util.List;
import java.util.Locale;

/**
 * What a budget is counted in (docs/metrics.md "Success at equal budget"): dollars when a price is known,
 * else tokens, and wall time beside either.
 */
public enum CostUnit {
    TOKENS("tokens", "tokens spent (in + out)"),
    USD("usd", "cost spent (USD)"),
    WALL("wall", "wall time spent (s)");

    private final String key;
    private final String axis;

    CostUnit(String key, String axis) {
        this.key = key;
        this.axis = axis;
    }

    /** The unit's name in JSON and experiment.json: tokens, usd, wall. */
    public String key() {
        return key;
    }

    /** The axis title of a chart over this unit. */
    public String axis() {
        return axis;
    }

    /** The amount of {@code u} in this unit. */
    public double of(SampleResult.Usage u) {
        return switch (this) {
            case TOKENS -> u.tokensIn() + u.tokensOut();
            case USD -> u.costUsd();
            case WALL -> u.wallMs() / 1000.0;
        };
    }

    /** E.g. {@code 41,935 tokens}, {@code $0.0123}, {@code 2.4 s}. */
    public String format(double v) {
        if (Double.isNaN(v)) return "—";
        return switch (this) {
            case TOKENS -> String.format(Locale.ROOT, "%,.0f tokens", v);
            case USD -> String.format(Locale.ROOT, v < 1 ? "$%.4f" : "$%.2f", v);
            case WALL -> String.format(Locale.ROOT, v < 10 ? "%.2f s" : "%.1f s", v);
        };
    }

    /**
     * USD when every run spent some (its model's price is known), else tokens: a run with no price would sit at
     * $0 and look free next to one that has a price.
     */
    public static CostUnit money(List<List<SampleResult>> runs) {
        boolean priced = !runs.isEmpty() && runs.stream().allMatch(run -> run.stream()
                .anyMatch(s -> s.usage() != null && s.usage().costUsd() > 0));
        return priced ? USD : TOKENS;
    }
}
