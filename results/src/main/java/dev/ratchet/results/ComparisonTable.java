package dev.ratchet.results;

import java.util.Locale;

/** {@link RunComparison} as terminal text: rates, the paired difference, McNemar, flipped tasks. */
public final class ComparisonTable {
    private ComparisonTable() {}

    /** Flipped tasks beyond this are counted, not listed, to keep the output readable. */
    static final int MAX_LISTED = 50;

    /**
     * Both runs by id and model, the settings they differ in, and a warning when the comparison cannot say
     * anything: a run against itself, or no task graded in both.
     */
    public static String render(RunInfo a, RunInfo b, RunComparison c) {
        StringBuilder out = new StringBuilder();
        line(out, "A = %s (%s)", a.runId(), a.model());
        line(out, "B = %s (%s)", b.runId(), b.model());
        SettingsDiff diff = SettingsDiff.of(a, b);
        if (a.runId().equals(b.runId())) {
            line(out, "warning: A and B are the same run: every difference below is 0 by construction");
        } else if (diff.none()) {
            line(out, "same settings (suite, model, every recorded run setting)");
        } else {
            int width = diff.differences().stream().mapToInt(d -> d.setting().length()).max().orElse(0);
            line(out, "settings that differ (A → B)");
            diff.differences().forEach(d -> line(out, "  %-" + width + "s  %s → %s", d.setting(), d.a(), d.b()));
        }
        if (c.commonTasks() == 0) {
            line(out, "warning: no task has a graded sample in both runs: there is nothing to compare");
        }
        return out + body(c);
    }

    public static String render(String nameA, String nameB, RunComparison c) {
        StringBuilder out = new StringBuilder();
        line(out, "A = %s", nameA);
        line(out, "B = %s", nameB);
        return out + body(c);
    }

    private static String body(RunComparison c) {
        StringBuilder out = new StringBuilder();
        line(out, "%d %s in both runs (%d only in A, %d only in B)", c.commonTasks(), c.commonTasks() == 1 ? "task" : "tasks",
                c.onlyInA(), c.onlyInB());
        out.append('\n');
        line(out, "success, mean over common tasks (task-clustered bootstrap), n = tasks");
        line(out, "  A      %s", c.rateA());
        line(out, "  B      %s", c.rateB());
        line(out, "  B − A  %s", signed(c.difference()));
        out.append('\n');
        McNemar m = c.mcnemar();
        line(out, "McNemar exact test on each task's first sample: %d pass only in A, %d only in B, p = %s",
                m.onlyA(), m.onlyB(), String.format(Locale.ROOT, m.pValue() < 0.001 ? "%.2e" : "%.4f", m.pValue()));
        if (!c.flipped().isEmpty()) {
            out.append('\n');
            line(out, "flipped tasks (first sample)");
            c.flipped().stream().limit(MAX_LISTED).forEach(f ->
                    line(out, "  %s  %s", f.nowPasses() ? "fail → pass" : "pass → fail", f.task()));
            if (c.flipped().size() > MAX_LISTED) {
                line(out, "  … and %d more", c.flipped().size() - MAX_LISTED);
            }
        }
        return out.toString();
    }

    /** A difference can be negative, so it is printed with its sign. */
    private static String signed(Interval i) {
        if (!i.defined()) return i.toString();
        return String.format(Locale.ROOT, "%+.3f [%+.2f, %+.2f] n=%d", i.rate(), i.low(), i.high(), i.n());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
