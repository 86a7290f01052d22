package dev.ratchet.results;

import java.util.List;
import java.util.Optional;

/**
 * Every number of one run (docs/metrics.md), computed once and then rendered as a table, JSON, CSV,
 * YAML or HTML. {@code summary} keeps the Wilson success@r used by the terminal and --json;
 * {@code prediction.observed()} is the same curve with a clustered interval when tasks have
 * several samples. {@code flaky} joins the suite's validation findings, when there are any, to
 * this run's tasks; {@code invalid} lists the tasks they mark invalid, whose samples are left out of
 * every number unless the run included them. {@code flagged} lists the samples with reward-hacking flags; when
 * it says {@code countedAsFailed}, every number was computed with them as failures ({@link FlaggedSamples#asFailed}).
 * {@code prediction} uses the model the run's policy picks ({@link Prediction.Model#forPolicy}); {@code resampleModel}
 * is the resample prediction of a repair run, there only when asked for ({@link Options#resampleModel}).
 */
public record RunMetrics(RunInfo info, RunSummary summary, int tasks, List<PassAtK.KRate> passAt,
                         List<PassAtK.KRate> passHat, Prediction prediction, RepairRate repair,
                         CostSummary cost, FlakyTasks flaky, InvalidTasks invalid, FlaggedSamples flagged,
                         Optional<Prediction> resampleModel) {

    /**
     * @param flaggedAsFailed count every flagged sample as FAILED in every number (its grade untrusted)
     * @param resampleModel   for a repair run, also predict it as if it had resampled (shown beside the repair model)
     */
    public record Options(boolean flaggedAsFailed, boolean resampleModel) {
        public static final Options DEFAULT = new Options(false, false);
    }

    public RunMetrics {
        passAt = List.copyOf(passAt);
        passHat = List.copyOf(passHat);
    }

    /** Every number of a run directory, with the validation findings copied into it, if any. */
    public static RunMetrics of(RunStore store) {
        return of(store.info(), store.results(), ClusterBootstrap.DEFAULT, store.validation());
    }

    /** Every number of {@code results}, without validation findings (flaky tasks unknown). */
    public static RunMetrics of(RunInfo info, List<SampleResult> results, ClusterBootstrap bootstrap) {
        return of(info, results, bootstrap, Optional.empty());
    }

    public static RunMetrics of(RunInfo info, List<SampleResult> results, ClusterBootstrap bootstrap,
                                Optional<ValidationFile> validation) {
        return of(info, results, bootstrap, validation, false);
    }

    /** @param flaggedAsFailed count every flagged sample as FAILED in every number (its grade untrusted) */
    public static RunMetrics of(RunInfo info, List<SampleResult> results, ClusterBootstrap bootstrap,
                                Optional<ValidationFile> validation, boolean flaggedAsFailed) {
        return of(info, results, bootstrap, validation, new Options(flaggedAsFailed, false));
    }

    public static RunMetrics of(RunInfo info, List<SampleResult> results, ClusterBootstrap bootstrap,
                                Optional<ValidationFile> validation, Options options) {
        boolean flaggedAsFailed = options.flaggedAsFailed();
        InvalidTasks invalid = InvalidTasks.of(info, validation, results);
        results = invalid.counted(results);
        FlaggedSamples flagged = FlaggedSamples.of(results, flaggedAsFailed);
        if (flaggedAsFailed) results = FlaggedSamples.asFailed(results);
        RunSummary summary = RunSummary.of(results, configuredRounds(info));
        List<TaskSamples> tasks = TaskSamples.of(results);
        Prediction.Model model = Prediction.Model.forPolicy(policy(info));
        Optional<Prediction> resampleModel = model == Prediction.Model.REPAIR && options.resampleModel()
                ? Optional.of(Prediction.of(tasks, summary.maxRounds(), bootstrap, Prediction.Model.RESAMPLE))
                : Optional.empty();
        return new RunMetrics(info, summary, tasks.size(),
                PassAtK.passAtCurve(tasks, bootstrap), PassAtK.passHatCurve(tasks, bootstrap),
                Prediction.of(tasks, summary.maxRounds(), bootstrap, model),
                RepairRate.of(tasks, summary.maxRounds(), policy(info)),
                CostSummary.of(results), FlakyTasks.of(validation, results), invalid, flagged, resampleModel);
    }

    /** K from run.json's config key "rounds"; 0 (take it from the data) if absent. */
    public static int configuredRounds(RunInfo info) {
        Object r = info == null ? null : info.config().get("rounds");
        return r instanceof Number n ? n.intValue() : 0;
    }

    /** run.json's config key of the verifier spec ({@code --verifier}); absent in runs that predate it: visible. */
    public static final String VERIFIER_KEY = "verifier";
    /** run.json's config key of what makes the verifier's numbers not an agent's (the oracle reads the hidden grade). */
    public static final String VERIFIER_CAVEAT_KEY = "verifier_caveat";

    /** The verifier spec the run used: {@code visible}, {@code none}, {@code oracle}, {@code noisy:…}. */
    public static String verifier(RunInfo info) {
        Object v = info == null ? null : info.config().get(VERIFIER_KEY);
        return v == null ? "visible" : v.toString();
    }

    /** Why this run's verifier numbers are not a deployable agent's (e.g. an upper bound), or null. */
    public static String verifierCaveat(RunInfo info) {
        Object v = info == null ? null : info.config().get(VERIFIER_CAVEAT_KEY);
        return v == null ? null : v.toString();
    }

    /** The retry policy from run.json's config key "policy", or null if absent. */
    public static String policy(RunInfo info) {
        Object p = info == null ? null : info.config().get("policy");
        return p == null ? null : p.toString();
    }
}
