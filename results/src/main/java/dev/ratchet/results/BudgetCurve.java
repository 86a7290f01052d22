package dev.ratchet.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Success as a function of what was spent (docs/metrics.md "Success at equal budget"). A sample succeeds
 * within budget B when its submission, with the loop cut after the last round that had finished having spent
 * at most B, passes the hidden tests ({@link SuccessAt#passes}); one that spent more than B in its first round
 * submitted nothing within B and fails. The run's success at B is the mean over tasks of each task's fraction
 * of graded samples that succeed within B, so that with B large enough it is the run's success as
 * {@link RunComparison} counts it.
 */
public final class BudgetCurve {
    private BudgetCurve() {}

    /** One step of the curve: from {@code budget} on (up to the next step), success is {@code success}. */
    public record Step(double budget, double success) {}

    /**
     * What the sample had spent by the end of its {@code index}-th round (0-based), in {@code unit}. A row
     * recorded without per-round spending counts its total for every round: never cheaper than it was.
     * Spending never falls from one round to the next.
     */
    static double spent(SampleResult s, int index, CostUnit unit) {
        SampleResult.Usage total = s.usage() == null ? SampleResult.Usage.NONE : s.usage();
        if (s.spent().size() < s.rounds().size()) return unit.of(total);
        double max = 0;
        for (int i = 0; i <= index; i++) max = Math.max(max, unit.of(s.spent().get(i)));
        return max;
    }

    /** What the sample spent by the end of its last round (its total when it ran none), in {@code unit}. */
    public static double total(SampleResult s, CostUnit unit) {
        if (s.rounds().isEmpty()) return unit.of(s.usage() == null ? SampleResult.Usage.NONE : s.usage());
        return spent(s, s.rounds().size() - 1, unit);
    }

    /** Whether {@code s} succeeds within {@code budget}. */
    public static boolean passesWithin(SampleResult s, double budget, CostUnit unit) {
        List<RoundResult> rounds = s.rounds(); // recorded in order, as spent() is
        int last = -1;
        for (int i = 0; i < rounds.size() && spent(s, i, unit) <= budget; i++) last = i;
        return last >= 0 && SuccessAt.passes(s, rounds.get(last).round());
    }

    /** The run's success within {@code budget}: mean over tasks of the fraction of samples that succeed. */
    public static double success(List<TaskSamples> tasks, double budget, CostUnit unit) {
        if (tasks.isEmpty()) return Double.NaN;
        double sum = 0;
        for (TaskSamples t : tasks) sum += rate(t, budget, unit);
        return sum / tasks.size();
    }

    /** Of one task: the fraction of its samples that succeed within {@code budget}. */
    static double rate(TaskSamples t, double budget, CostUnit unit) {
        int passed = 0;
        for (SampleResult s : t.samples()) passed += passesWithin(s, budget, unit) ? 1 : 0;
        return (double) passed / t.n();
    }

    /**
     * The whole curve, exactly: success changes only where some sample finishes a round, so each sample
     * contributes a change (its weight 1 / (tasks · its task's samples)) at each round's spending.
     */
    public static List<Step> curve(List<TaskSamples> tasks, CostUnit unit) {
        record Change(double at, double delta) {}
        List<Change> changes = new ArrayList<>();
        for (TaskSamples t : tasks) {
            double weight = 1.0 / (tasks.size() * (double) t.n());
            for (SampleResult s : t.samples()) {
                List<RoundResult> rounds = s.rounds();
                boolean before = false;
                for (int i = 0; i < rounds.size(); i++) {
                    boolean now = SuccessAt.passes(s, rounds.get(i).round());
                    if (now != before) changes.add(new Change(spent(s, i, unit), now ? weight : -weight));
                    before = now;
                }
            }
        }
        changes.sort(Comparator.comparingDouble(Change::at));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(0, 0));
        double level = 0;
        for (int i = 0; i < changes.size(); i++) {
            level += changes.get(i).delta();
            boolean lastAtThisBudget = i + 1 == changes.size() || changes.get(i + 1).at() > changes.get(i).at();
            if (!lastAtThisBudget) continue;
            double at = changes.get(i).at();
            double value = Math.max(0, Math.min(1, level)); // rounding of many small weights
            if (at == 0) steps.set(0, new Step(0, value));
            else steps.add(new Step(at, value));
        }
        return List.copyOf(steps);
    }

    /** The value of a curve at {@code budget}. */
    public static double at(List<Step> curve, double budget) {
        double value = 0;
        for (Step s : curve) {
            if (s.budget() > budget) break;
            value = s.success();
        }
        return value;
    }

    /**
     * Budget points to compare at: the {@code quantiles} of the pooled per-sample total spending of every graded
     * sample of {@code runs} (linear interpolation, as {@link ClusterBootstrap} takes its percentiles).
     */
    public static double[] budgets(List<List<TaskSamples>> runs, CostUnit unit, double[] quantiles) {
        double[] totals = runs.stream().flatMap(List::stream).flatMap(t -> t.samples().stream())
                .mapToDouble(s -> total(s, unit)).sorted().toArray();
        double[] out = new double[quantiles.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = totals.length == 0 ? Double.NaN : ClusterBootstrap.quantile(totals, quantiles[i]);
        }
        return out;
    }
}
