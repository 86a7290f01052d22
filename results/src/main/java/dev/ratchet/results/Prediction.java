package dev.ratchet.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Observed success@k next to what a compounding model predicts from the run's own measured p (round 1), a (TPR) and
 * b (FPR), all graded rounds. {@link Model#RESAMPLE}: rounds are independent tries ({@link Compounding}), once with a
 * uniform p and once with the Beta mixture over tasks. {@link Model#REPAIR}: rounds continue the conversation
 * ({@link RepairCompounding}) with the measured per-transition {@code repair} and {@code kept} rates (NaN where no
 * sample made that transition; the model then borrows the rate over all transitions), once pooled over
 * tasks ({@code uniform}) and once per task ({@code mixture}); both lists are empty under RESAMPLE. Every curve has a
 * task-clustered bootstrap interval, except observed success@k with one sample per task, which is a plain binomial
 * (Wilson) interval. Index k-1 holds round k.
 */
public record Prediction(Model model, double p, double a, double b, BetaFit fit, List<Double> repair,
                         List<Double> kept, List<Interval> observed, List<Interval> uniform, List<Interval> mixture) {

    /** Which compounding model a prediction uses; a run's policy picks it ({@link #forPolicy}). */
    public enum Model {
        RESAMPLE("resample", "each round a fresh, independent try"),
        REPAIR("repair", "a rejected round is repaired in its conversation");

        private final String key;
        private final String meaning;

        Model(String key, String meaning) {
            this.key = key;
            this.meaning = meaning;
        }

        /** As in run.json's policy and metrics.json's {@code model}. */
        public String key() {
            return key;
        }

        public String meaning() {
            return meaning;
        }

        /** REPAIR for a repair run; every other policy (resample, none, unknown) starts each round afresh or stops. */
        public static Model forPolicy(String policy) {
            return "repair".equalsIgnoreCase(policy) ? REPAIR : RESAMPLE;
        }
    }

    public Prediction {
        repair = List.copyOf(repair);
        kept = List.copyOf(kept);
        observed = List.copyOf(observed);
        uniform = List.copyOf(uniform);
        mixture = List.copyOf(mixture);
    }

    /** The resample model. */
    public static Prediction of(List<TaskSamples> tasks, int maxRounds, ClusterBootstrap bootstrap) {
        return of(tasks, maxRounds, bootstrap, Model.RESAMPLE);
    }

    public static Prediction of(List<TaskSamples> tasks, int maxRounds, ClusterBootstrap bootstrap, Model model) {
        TaskCounts counts = TaskCounts.of(tasks);
        Transitions transitions = Transitions.of(tasks, maxRounds);
        int[] all = new int[tasks.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        TaskCounts.Params measured = counts.params(all);
        BetaFit fit = BetaFit.methodOfMoments(counts.firstRounds(), counts.firstPassed());
        int samples = tasks.stream().mapToInt(TaskSamples::n).sum();

        List<Interval> observed = new ArrayList<>();
        List<Interval> uniform = new ArrayList<>();
        List<Interval> mixture = new ArrayList<>();
        boolean clustered = TaskSamples.clustered(tasks);
        for (int k = 1; k <= maxRounds; k++) {
            int round = k;
            observed.add(observed(tasks, round, clustered, bootstrap));
            if (model == Model.REPAIR) {
                uniform.add(bootstrap.interval(all.length, idx -> {
                    TaskCounts.Params q = counts.params(idx);
                    return transitions.pooled(idx, q.a(), q.b()).success(q.p(), round);
                }, samples));
                mixture.add(bootstrap.interval(all.length, idx -> perTask(counts, transitions, idx, round), samples));
            } else {
                uniform.add(bootstrap.interval(all.length, idx -> {
                    TaskCounts.Params q = counts.params(idx);
                    return Compounding.uniform(q.p(), q.a(), q.b(), round);
                }, samples));
                mixture.add(bootstrap.interval(all.length, idx -> {
                    TaskCounts.Params q = counts.params(idx);
                    BetaFit f = BetaFit.methodOfMoments(counts.firstRounds(), counts.firstPassed(), idx);
                    return Compounding.mixture(f, q.a(), q.b(), round);
                }, samples));
            }
        }
        List<Double> repair = List.of();
        List<Double> kept = List.of();
        if (model == Model.REPAIR) {
            double[][] rates = transitions.measured(all);
            repair = boxed(rates[0]);
            kept = boxed(rates[1]);
        }
        return new Prediction(model, measured.p(), measured.a(), measured.b(), fit, repair, kept,
                observed, uniform, mixture);
    }

    /**
     * The repair chain per task, from the task's own round-1 accuracy and its own repair and kept rates where it has
     * them, averaged with the task's round-1 samples as weights (success@k is a rate over samples).
     */
    private static double perTask(TaskCounts counts, Transitions transitions, int[] idx, int round) {
        TaskCounts.Params q = counts.params(idx);
        if (Double.isNaN(q.p())) return Double.NaN;
        RepairCompounding pooled = transitions.pooled(idx, q.a(), q.b());
        double sum = 0;
        long weight = 0;
        for (int i : idx) {
            int n = counts.firstRounds()[i];
            if (n == 0) continue;
            double p = (double) counts.firstPassed()[i] / n;
            sum += n * transitions.task(i, pooled).success(p, round);
            weight += n;
        }
        return sum / weight;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) out.add(v);
        return out;
    }

    private static Interval observed(List<TaskSamples> tasks, int round, boolean clustered,
                                     ClusterBootstrap bootstrap) {
        double[] passing = new double[tasks.size()];
        double[] n = new double[tasks.size()];
        int total = 0;
        int passed = 0;
        for (int i = 0; i < passing.length; i++) {
            for (SampleResult s : tasks.get(i).samples()) {
                passing[i] += SuccessAt.passes(s, round) ? 1 : 0;
            }
            n[i] = tasks.get(i).n();
            total += tasks.get(i).n();
            passed += (int) passing[i];
        }
        return clustered ? bootstrap.ratio(passing, n) : Wilson.interval(passed, total);
    }
}
