package dev.ratchet.results;

import java.util.Locale;

/** {@link EqualBudget} as terminal text: one line per budget point, both runs and B − A. */
public final class EqualBudgetTable {
    private EqualBudgetTable() {}

    public static String render(EqualBudget e) {
        StringBuilder out = new StringBuilder();
        line(out, "success at equal budget, %s: mean over the %d common tasks (task-clustered bootstrap)",
                e.unit().axis(), e.commonTasks());
        if (e.points().isEmpty()) {
            line(out, "  — no task has a graded sample in both runs");
            return out.toString();
        }
        int width = e.points().stream().mapToInt(p -> e.unit().format(p.budget()).length()).max().orElse(0);
        line(out, "  %-" + width + "s  %-4s  %-24s  %-24s  %s", "budget", "of", "A", "B", "B − A");
        for (EqualBudget.Point p : e.points()) {
            line(out, "  %-" + width + "s  %-4s  %-24s  %-24s  %s", e.unit().format(p.budget()), quantile(p.quantile()),
                    p.a(), p.b(), signed(p.difference()));
        }
        return out.toString();
    }

    /** {@code q25}, {@code q50}, {@code max}: which quantile of the pooled per-sample spending the budget is. */
    public static String quantile(double q) {
        return q >= 1 ? "max" : String.format(Locale.ROOT, "q%.0f", q * 100);
    }

    /** A difference can be negative, so it is printed with its sign. */
    public static String signed(Interval i) {
        if (!i.defined()) return i.toString();
        return String.format(Locale.ROOT, "%+.3f [%+.2f, %+.2f] n=%d", i.rate(), i.low(), i.high(), i.n());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
