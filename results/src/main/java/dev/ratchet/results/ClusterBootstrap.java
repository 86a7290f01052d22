package dev.ratchet.results;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Task-clustered percentile bootstrap (docs/metrics.md): resample tasks with replacement, keeping each
 * task's samples together, so correlated samples of one task are not counted as independent
 * evidence. The statistic receives the resampled task indices; callers precompute per-task
 * numbers so a resample costs O(tasks); the statistic must be thread-safe (resamples run in
 * parallel). Seeded, so the same data always gives the same interval.
 */
public record ClusterBootstrap(int resamples, long seed) {

    public static final ClusterBootstrap DEFAULT = new ClusterBootstrap(2_000, 0x5EED_2024L);

    public ClusterBootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, was " + resamples);
        }
    }

    /**
     * @param clusters  number of tasks
     * @param statistic value of the statistic on a list of task indices (repeats allowed); NaN if
     *                  undefined on that resample (such resamples are dropped)
     * @param n         the denominator to report with the interval
     */
    public Interval interval(int clusters, ToDoubleFunction<int[]> statistic, int n) {
        if (clusters == 0 || n == 0) {
            return Interval.undefined();
        }
        int[] identity = new int[clusters];
        Arrays.setAll(identity, i -> i);
        double point = statistic.applyAsDouble(identity);
        if (Double.isNaN(point)) {
            return Interval.undefined();
        }
        // One seed per resample, drawn in order, so the result does not depend on thread timing.
        SplittableRandom random = new SplittableRandom(seed);
        long[] seeds = new long[resamples];
        for (int b = 0; b < resamples; b++) {
            seeds[b] = random.nextLong();
        }
        double[] values = IntStream.range(0, resamples).parallel().mapToDouble(b -> {
            SplittableRandom r = new SplittableRandom(seeds[b]);
            int[] pick = new int[clusters];
            for (int i = 0; i < clusters; i++) {
                pick[i] = r.nextInt(clusters);
            }
            return statistic.applyAsDouble(pick);
        }).filter(v -> !Double.isNaN(v)).toArray();
        int kept = values.length;
        if (kept == 0) {
            return new Interval(point, Double.NaN, Double.NaN, n);
        }
        double[] sorted = Arrays.copyOf(values, kept);
        Arrays.sort(sorted);
        return new Interval(point, quantile(sorted, 0.025), quantile(sorted, 0.975), n);
    }

    /** Mean over tasks of a per-task value; NaN entries (task undefined for this k) are skipped. */
    public Interval mean(double[] perTask) {
        int defined = (int) Arrays.stream(perTask).filter(v -> !Double.isNaN(v)).count();
        return interval(perTask.length, idx -> {
            double sum = 0;
            int count = 0;
            for (int i : idx) {
                if (!Double.isNaN(perTask[i])) {
                    sum += perTask[i];
                    count++;
                }
            }
            return count == 0 ? Double.NaN : sum / count;
        }, defined);
    }

    /** Σ numerator / Σ denominator over the resampled tasks, e.g. passing samples / samples. */
    public Interval ratio(double[] numerator, double[] denominator) {
        double total = Arrays.stream(denominator).sum();
        return interval(numerator.length, idx -> {
            double num = 0;
            double den = 0;
            for (int i : idx) {
                num += numerator[i];
                den += denominator[i];
            }
            return den == 0 ? Double.NaN : num / den;
        }, (int) total);
    }

    /** Linear interpolation between order statistics (Hyndman–Fan type 7). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
