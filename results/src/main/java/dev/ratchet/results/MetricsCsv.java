package dev.ratchet.results;

import java.util.List;
import java.util.Locale;

/**
 * Every metric as one tidy CSV table: {@code metric,k,rate,low,high,n}. {@code k} is the round,
 * the k of pass@k, or empty; undefined values are empty cells. Cost rows put the value in
 * {@code rate} and leave the interval empty. {@code rate}, {@code low} and {@code high} are always
 * {@code 0.000000}-style decimals, {@code n} a whole number. A repair run's predictions are
 * {@code success_at_repair_pooled}/{@code success_at_repair_per_task} with {@code prediction_repair_rate} and
 * {@code prediction_kept_rate} per transition (k = r for r → r+1); a resample run's {@code success_at_uniform}/{@code mixture}.
 */
public final class MetricsCsv {
    private MetricsCsv() {}

    public static final String HEADER = "metric,k,rate,low,high,n";

    public static String render(RunMetrics m) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        curve(out, "success_at", m.summary().successAt());
        curve(out, "success_at_observed", m.prediction().observed());
        prediction(out, m.prediction());
        m.resampleModel().ifPresent(r -> prediction(out, r));
        m.passAt().forEach(k -> row(out, "pass_at_k", String.valueOf(k.k()), k.rate()));
        m.passHat().forEach(k -> row(out, "pass_hat_k", String.valueOf(k.k()), k.rate()));
        VerifierQuality all = m.summary().verifier();
        row(out, "verifier_tpr", "", all.tpr());
        row(out, "verifier_fpr", "", all.fpr());
        row(out, "verifier_ppv", "", all.ppv());
        for (int r = 1; r <= m.summary().maxRounds(); r++) {
            VerifierQuality q = m.summary().verifierAt(r);
            row(out, "verifier_tpr", String.valueOf(r), q.tpr());
            row(out, "verifier_fpr", String.valueOf(r), q.fpr());
            row(out, "verifier_ppv", String.valueOf(r), q.ppv());
        }
        String repair = m.repair().label().replace(' ', '_');
        row(out, repair, "", m.repair().overall());
        curve(out, repair, m.repair().byRound());
        value(out, "errors", m.summary().errors());
        value(out, "flagged", m.summary().flagged());
        value(out, "prediction_p", m.prediction().p());
        value(out, "prediction_a", m.prediction().a());
        value(out, "prediction_b", m.prediction().b());
        cost(out, "total", m.cost().total());
        cost(out, "per_task", m.cost().perTask());
        cost(out, "per_solved", m.cost().perSolved());
        cost(out, "per_round", m.cost().perRound());
        return out.toString();
    }

    /** The resample model's curves keep their names; the repair model's say which they are, with its rates. */
    private static void prediction(StringBuilder out, Prediction p) {
        boolean repair = p.model() == Prediction.Model.REPAIR;
        curve(out, repair ? "success_at_repair_pooled" : "success_at_uniform", p.uniform());
        curve(out, repair ? "success_at_repair_per_task" : "success_at_mixture", p.mixture());
        for (int i = 0; i < p.repair().size(); i++) {
            out.append("prediction_repair_rate,").append(i + 1).append(',').append(num(p.repair().get(i))).append(",,,\n");
            out.append("prediction_kept_rate,").append(i + 1).append(',').append(num(p.kept().get(i))).append(",,,\n");
        }
    }

    private static void curve(StringBuilder out, String metric, List<Interval> curve) {
        for (int i = 0; i < curve.size(); i++) {
            row(out, metric, String.valueOf(i + 1), curve.get(i));
        }
    }

    private static void row(StringBuilder out, String metric, String k, Interval i) {
        out.append(metric).append(',').append(k).append(',').append(num(i.defined() ? i.rate() : Double.NaN))
                .append(',').append(num(i.low())).append(',').append(num(i.high())).append(',').append(i.n())
                .append('\n');
    }

    private static void cost(StringBuilder out, String scope, CostSummary.Totals t) {
        value(out, "tokens_in_" + scope, t.tokensIn());
        value(out, "tokens_out_" + scope, t.tokensOut());
        value(out, "cost_usd_" + scope, t.costUsd());
        value(out, "wall_ms_" + scope, t.wallMs());
        value(out, "model_ms_" + scope, t.modelMs());
        value(out, "test_ms_" + scope, t.testMs());
        value(out, "overhead_ms_" + scope, t.overheadMs());
    }

    private static void value(StringBuilder out, String metric, double v) {
        out.append(metric).append(",,").append(num(v)).append(",,,\n");
    }

    /**
     * One format for every number of the rate, low and high columns, whatever its size: a plain decimal with six
     * places, never an exponent ({@code %g} gave {@code 0.681818}, {@code 1.00000} and {@code 2.11394e+05} in one
     * column).
     */
    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "";
    }
}
