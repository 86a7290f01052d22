package dev.ratchet.results;

import java.util.List;
import java.util.Locale;

/** {@link ExperimentReport} as terminal text: the grid, success@r against prediction, equal budgets, comparisons. */
public final class ExperimentTable {
    private ExperimentTable() {}

    public static String render(ExperimentReport r) {
        StringBuilder out = new StringBuilder();
        var s = r.experiment().settings();
        List<ExperimentReport.CellResult> started = r.started();
        line(out, "experiment %s · suite %s · model %s · %s rounds · %s samples per task · %d cells (%d not started)",
                r.dir(), s.get("suite"), s.get("model"), s.get("rounds"), s.get("samples"), r.cells().size(),
                r.cells().size() - started.size());
        int w = Math.max(14, r.cells().stream().mapToInt(c -> c.cell().label().length()).max().orElse(0));
        out.append('\n');
        line(out, "%-" + w + "s  %-24s  %7s  %6s  %6s  %6s", "cell", "run directory", "samples", "passed", "failed", "errors");
        for (ExperimentReport.CellResult c : r.cells()) {
            if (c.metrics().isEmpty()) {
                line(out, "%-" + w + "s  %-24s  not started", c.cell().label(), c.cell().run());
                continue;
            }
            RunSummary sum = c.metrics().get().summary();
            line(out, "%-" + w + "s  %-24s  %7d  %6d  %6d  %6d", c.cell().label(), c.cell().run(), c.results().size(),
                    sum.passed(), sum.failed(), sum.errors());
        }
        out.append('\n');
        line(out, "success@r per cell: observed, and predicted from the cell's own p, a, b (compounding model)");
        line(out, "%-" + w + "s  %5s  %-24s  %-24s  %s", "cell", "r", "observed", "uniform p", "Beta mixture");
        for (ExperimentReport.CellResult c : started) {
            Prediction p = c.metrics().get().prediction();
            for (int k = 1; k <= p.observed().size(); k++) {
                line(out, "%-" + w + "s  %5d  %-24s  %-24s  %s", k == 1 ? c.cell().label() : "", k, p.observed().get(k - 1),
                        p.uniform().get(k - 1), p.mixture().get(k - 1));
            }
            line(out, "%-" + w + "s  %5s  %s", "", "", Double.isNaN(p.p()) ? "p=n/a a=n/a b=n/a"
                    : String.format(Locale.ROOT, "measured p=%.3f a=%.3f b=%.3f", p.p(), p.a(), p.b()));
        }
        budgets(out, r.money(), started, w);
        budgets(out, r.wall(), started, w);
        for (ExperimentReport.Pair pair : r.pairs()) {
            out.append('\n');
            line(out, "== %s", pair.why());
            out.append(ComparisonTable.render(pair.a().cell().label(), pair.b().cell().label(), pair.comparison()));
            out.append('\n').append(EqualBudgetTable.render(pair.money()));
        }
        if (r.pairs().isEmpty() && started.size() > 1) {
            out.append('\n');
            line(out, "no pairwise comparison: the grid has no policy none and no verifier oracle to compare against");
        }
        return out.toString();
    }

    private static void budgets(StringBuilder out, ExperimentReport.Budgets b, List<ExperimentReport.CellResult> cells, int w) {
        out.append('\n');
        line(out, "success at equal budget, %s (mean over tasks, task-clustered bootstrap);", b.unit().axis());
        line(out, "budgets: quantiles of every cell's per-sample spending, pooled");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", "cell"));
        for (int i = 0; i < b.budgets().length; i++) {
            head.append(String.format(Locale.ROOT, "  %-24s", EqualBudgetTable.quantile(b.quantiles()[i]) + " = "
                    + b.unit().format(b.budgets()[i])));
        }
        line(out, "%s", head.toString().stripTrailing());
        for (int c = 0; c < cells.size(); c++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", cells.get(c).cell().label()));
            for (Interval i : b.byCell().get(c)) row.append(String.format(Locale.ROOT, "  %-24s", i));
            line(out, "%s", row.toString().stripTrailing());
        }
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
