package dev.ratchet.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.ArrayList;
import java.util.List;

/**
 * Every metric as JSON. The {@link SummaryJson} keys (samples … success_at, verifier, errors)
 * stay at the top level, so `ratchet report --json` consumers keep working; the rest are new
 * keys. Undefined numbers are null, never NaN (not JSON). {@code validation} is null when the suite
 * was never validated; {@code flaky_tasks} is null when flakiness is unknown (no validation with
 * repeated runs), else the flaky tasks of this run, possibly none; {@code invalid_tasks} is there only
 * when the validation marks tasks of the run invalid ({@link InvalidTasks}). {@code flagged}: the samples with
 * reward-hacking flags and whether the numbers counted them as failed ({@link FlaggedSamples}). {@code prediction.model}
 * names the compounding model ({@code resample} or {@code repair}, from the run's policy); a repair prediction
 * also has the measured {@code repair_rates} and {@code kept_rates} per transition, and its {@code uniform} curve is
 * the pooled-rates one, {@code mixture} the per-task one. {@code resample_prediction} is there only when asked for
 * ({@code report --resample-model} on a repair run).
 */
@JsonPropertyOrder({"run", "tasks", "pass_at_k", "pass_hat_k", "prediction", "resample_prediction", "repair", "cost",
        "validation", "flaky_tasks", "invalid_tasks", "flagged"})
public record MetricsJson(Run run, @JsonUnwrapped SummaryJson summary, int tasks, List<KRate> passAtK,
                          List<KRate> passHatK, PredictionJson prediction, PredictionJson resamplePrediction,
                          RepairJson repair, CostJson cost,
                          @JsonInclude(JsonInclude.Include.ALWAYS) ValidationJson validation,
                          @JsonInclude(JsonInclude.Include.ALWAYS) List<FlakyTasks.FlakyTask> flakyTasks,
                          InvalidTasks invalidTasks, FlaggedSamples flagged) {

    /** {@code verifier_caveat} is set when the verifier reads the hidden grade (the oracle: an upper bound). */
    public record Run(String runId, String model, String suite, String policy, String verifier, String verifierCaveat) {}

    @JsonPropertyOrder({"k", "rate", "low", "high", "n"})
    public record KRate(int k, Double rate, Double low, Double high, int n) {
        static KRate of(int k, Interval i) {
            SummaryJson.Rate r = SummaryJson.Rate.of(i);
            return new KRate(k, r.rate(), r.low(), r.high(), r.n());
        }
    }

    /** {@code repairRates}/{@code keptRates}: index r-1 is the transition r → r+1 (repair model only; null else). */
    @JsonPropertyOrder({"model", "p", "a", "b", "beta_alpha", "beta_beta", "repair_rates", "kept_rates", "observed",
            "uniform", "mixture"})
    public record PredictionJson(String model, Double p, Double a, Double b, Double betaAlpha, Double betaBeta,
                                 List<Double> repairRates, List<Double> keptRates,
                                 List<SummaryJson.RoundRate> observed, List<SummaryJson.RoundRate> uniform,
                                 List<SummaryJson.RoundRate> mixture) {
        static PredictionJson of(Prediction p) {
            BetaFit fit = p.fit();
            boolean measured = !Double.isNaN(p.p()); // nothing graded: a and b are not 0, they are unknown
            boolean repair = p.model() == Prediction.Model.REPAIR;
            return new PredictionJson(p.model().key(), num(p.p()), measured ? num(p.a()) : null,
                    measured ? num(p.b()) : null, fit.defined() ? num(fit.alpha()) : null,
                    fit.defined() ? num(fit.beta()) : null, repair && measured ? nums(p.repair()) : null,
                    repair && measured ? nums(p.kept()) : null, rounds(p.observed()), rounds(p.uniform()),
                    rounds(p.mixture()));
        }
    }

    /** {@code byRound}: round r is the transition r → r+1. */
    public record RepairJson(String policy, String label, SummaryJson.Rate overall,
                             List<SummaryJson.RoundRate> byRound) {}

    public record Usage(Double tokensIn, Double tokensOut, Double costUsd, Double wallMs, Double modelMs,
                        Double testMs, Double overheadMs) {
        static Usage of(CostSummary.Totals t) {
            return new Usage(num(t.tokensIn()), num(t.tokensOut()), num(t.costUsd()), num(t.wallMs()),
                    num(t.modelMs()), num(t.testMs()), num(t.overheadMs()));
        }
    }

    /** Where the findings came from and how much of this run they cover. */
    public record ValidationJson(String file, String suiteHash, String validatedAt, int runTasks, int checkedTasks) {
        static ValidationJson of(FlakyTasks f) {
            return f.validation().map(v -> new ValidationJson(v.path().toString(), v.content().suiteHash(),
                    v.content().validatedAt(), f.runTasks(), f.checkedTasks())).orElse(null);
        }
    }

    public record CostJson(int tasks, int samples, int solved, int rounds, Usage total, Usage perTask,
                           Usage perSolved, Usage perRound) {}

    public static MetricsJson of(RunMetrics m) {
        RunInfo info = m.info();
        Run run = info == null ? null : new Run(info.runId(), info.model(), info.suiteName(), RunMetrics.policy(info),
                RunMetrics.verifier(info), RunMetrics.verifierCaveat(info));
        PredictionJson prediction = PredictionJson.of(m.prediction());
        PredictionJson resample = m.resampleModel().map(PredictionJson::of).orElse(null);
        RepairRate r = m.repair();
        RepairJson repair = new RepairJson(r.policy(), r.label(), SummaryJson.Rate.of(r.overall()), rounds(r.byRound()));
        CostSummary c = m.cost();
        CostJson cost = new CostJson(c.tasks(), c.samples(), c.solved(), c.rounds(), Usage.of(c.total()),
                Usage.of(c.perTask()), Usage.of(c.perSolved()), Usage.of(c.perRound()));
        FlakyTasks flaky = m.flaky();
        return new MetricsJson(run, SummaryJson.of(m.summary()), m.tasks(), kRates(m.passAt()),
                kRates(m.passHat()), prediction, resample, repair, cost, ValidationJson.of(flaky),
                flaky.known() ? flaky.tasks() : null, m.invalid().isEmpty() ? null : m.invalid(), m.flagged());
    }

    public static String toJson(RunMetrics m) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(of(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize metrics", e);
        }
    }

    static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<Double> nums(List<Double> values) {
        return values.stream().map(MetricsJson::num).toList();
    }

    private static List<KRate> kRates(List<PassAtK.KRate> rates) {
        return rates.stream().map(k -> KRate.of(k.k(), k.rate())).toList();
    }

    private static List<SummaryJson.RoundRate> rounds(List<Interval> curve) {
        List<SummaryJson.RoundRate> out = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++) {
            out.add(SummaryJson.RoundRate.of(i + 1, curve.get(i)));
        }
        return out;
    }
}
