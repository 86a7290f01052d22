package dev.ratchet.results;

import java.util.List;
import java.util.Locale;

/**
 * The extra terminal tables beyond {@link ReportTable}: pass@k and pass^k, observed success@k
 * against both predictions of the run's compounding model (and, if asked, the resample model's beside a repair
 * run's), the repair (or resample) rate, cost and time, and flaky tasks. Within 80 columns;
 * every rate carries its interval and denominator.
 */
public final class MetricsTable {
    private MetricsTable() {}

    public static String render(RunMetrics m) {
        StringBuilder out = new StringBuilder(verifier(m.info()));
        out.append(ReportTable.render(m.summary()));
        out.append('\n');
        passAt(out, m);
        prediction(out, m);
        repair(out, m.repair());
        cost(out, m.cost());
        out.append('\n').append(m.flaky().render());
        if (!m.invalid().isEmpty()) out.append('\n').append(m.invalid().render());
        out.append('\n').append(m.flagged().render());
        return out.toString();
    }

    /** Nothing for the default visible tests; else the verifier, and why its numbers are not an agent's, if so. */
    static String verifier(RunInfo info) {
        String spec = RunMetrics.verifier(info);
        String caveat = RunMetrics.verifierCaveat(info);
        if (spec.equals("visible") && caveat == null) return "";
        return "verifier " + spec + (caveat == null ? "" : " · " + caveat) + "\n\n";
    }

    private static void passAt(StringBuilder out, RunMetrics m) {
        line(out, "independent samples over %d tasks (task-clustered bootstrap)", m.tasks());
        line(out, "    k  metric  rate [95%% CI] n=tasks with n_i >= k");
        List<PassAtK.KRate> at = m.passAt();
        boolean oneTask = m.tasks() == 1;
        for (int i = 0; i < at.size(); i++) {
            line(out, "%5d  pass@k  %s", at.get(i).k(), clustered(at.get(i).rate(), oneTask));
            line(out, "       pass^k  %s", clustered(m.passHat().get(i).rate(), oneTask));
        }
        if (oneTask && !at.isEmpty()) out.append(ONE_TASK);
        out.append('\n');
    }

    /** A clustered bootstrap over one task resamples that task every time: its zero-width interval is no evidence. */
    static final String ONE_TASK = "  (one task: its task-clustered intervals have zero width and are not shown;"
            + " the rates are not certain)\n";

    /** The interval, or over one task (a degenerate bootstrap) the rate and n alone. */
    static String clustered(Interval i, boolean oneTask) {
        return oneTask && i.defined() ? fmt("%.3f n=%d", i.rate(), i.n()) : i.toString();
    }

    private static void prediction(StringBuilder out, RunMetrics m) {
        Prediction p = m.prediction();
        boolean oneTask = m.tasks() == 1;
        // Observed is a Wilson interval (not a bootstrap) when every task has one sample: it stays.
        boolean observedClustered = oneTask && p.observed().stream().anyMatch(i -> i.n() > 1);
        header(out, p);
        m.resampleModel().ifPresent(r -> header(out, r));
        line(out, "round  curve              rate [95%% CI] n");
        for (int k = 1; k <= p.observed().size(); k++) {
            line(out, "%5d  %-17s  %s", k, "observed", clustered(p.observed().get(k - 1), observedClustered));
            curves(out, p, k, oneTask);
            int round = k;
            m.resampleModel().ifPresent(r -> curves(out, r, round, oneTask));
        }
        if (oneTask) out.append(ONE_TASK);
        out.append('\n');
    }

    /** The model, its measured inputs and (resample) the Beta fit or (repair) the per-transition rates. */
    private static void header(StringBuilder out, Prediction p) {
        line(out, "compounding model: %s (%s)", p.model().key(), p.model().meaning());
        // With no graded sample there is nothing to measure: a and b would print as a made-up 0.
        boolean measured = !Double.isNaN(p.p());
        String inputs = measured ? fmt("p=%.3f a=%.3f b=%.3f", p.p(), p.a(), p.b()) : "p=n/a a=n/a b=n/a";
        if (p.model() == Prediction.Model.REPAIR) {
            line(out, "  %s", inputs);
            if (!measured) return;
            // Wrapped, so a run of many rounds stays within 80 columns.
            StringBuilder rates = new StringBuilder("  repair/kept after a rejected round:");
            for (int i = 0; i < p.repair().size(); i++) {
                String item = fmt(" %d→%d %s/%s", i + 1, i + 2, rate(p.repair().get(i)), rate(p.kept().get(i)));
                int lineStart = rates.lastIndexOf("\n") + 1;
                if (rates.length() - lineStart + item.length() > 80) rates.append("\n   ");
                rates.append(item);
            }
            out.append(rates).append('\n');
            return;
        }
        String fit = p.fit().defined()
                ? Double.isInfinite(p.fit().concentration()) ? "no spread between tasks"
                : fmt("Beta(α=%.3f, β=%.3f)", p.fit().alpha(), p.fit().beta())
                : "mixture not identifiable (needs tasks with several samples)";
        line(out, "  %s · %s", inputs, fit);
    }

    private static void curves(StringBuilder out, Prediction p, int k, boolean oneTask) {
        boolean repair = p.model() == Prediction.Model.REPAIR;
        line(out, "       %-17s  %s", repair ? "repair pooled" : "resample uniform", clustered(p.uniform().get(k - 1), oneTask));
        line(out, "       %-17s  %s", repair ? "repair per task" : "resample mixture", clustered(p.mixture().get(k - 1), oneTask));
    }

    private static String rate(double v) {
        return Double.isNaN(v) ? "—" : fmt("%.2f", v);
    }

    private static void repair(StringBuilder out, RepairRate r) {
        line(out, "%s (policy %s): P(round r+1 passes | round r failed)", r.label(), r.policy());
        for (int i = 0; i < r.byRound().size(); i++) {
            line(out, "  %2d → %-2d  %s", i + 1, i + 2, r.byRound().get(i));
        }
        line(out, "  all      %s", r.overall());
        out.append('\n');
    }

    private static void cost(StringBuilder out, CostSummary c) {
        line(out, "cost and time: %d tasks, %d samples, %d solved, %d rounds", c.tasks(), c.samples(),
                c.solved(), c.rounds());
        line(out, COST_ROW, "", "tok in", "tok out", "cost $", "wall s", "model s", "test s", "ovh s");
        // Each row says what it divides by: "per solved" alone read as per solved task.
        costRow(out, "total", c.total());
        costRow(out, "per task", c.perTask());
        costRow(out, "per solved sample", c.perSolved());
        costRow(out, "per round", c.perRound());
    }

    private static void costRow(StringBuilder out, String label, CostSummary.Totals t) {
        line(out, COST_ROW, label, count(t.tokensIn()), count(t.tokensOut()),
                money(t.costUsd()), seconds(t.wallMs()), seconds(t.modelMs()), seconds(t.testMs()),
                seconds(t.overheadMs()));
    }

    /** 80 columns: the label, three 8-wide counts, four 8-wide times. */
    private static final String COST_ROW = "%-17s %8s %8s %8s %8s %8s %8s %8s";

    static String count(double v) {
        if (Double.isNaN(v)) return "—";
        if (v >= 1e7) return fmt("%.1fM", v / 1e6);
        if (v >= 1e5) return fmt("%.0fk", v / 1e3);
        return fmt("%.0f", v);
    }

    static String money(double v) {
        return Double.isNaN(v) ? "—" : v >= 1000 ? fmt("%.0f", v) : fmt("%.4f", v);
    }

    static String seconds(double ms) {
        return Double.isNaN(ms) ? "—" : ms >= 1e7 ? fmt("%.0f", ms / 1000) : fmt("%.1f", ms / 1000);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(fmt(format, args)).append('\n');
    }
}
