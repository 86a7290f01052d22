package dev.ratchet.results;

import java.util.ArrayList;
import java.util.List;

/**
 * pass@k and pass^k over independent samples (docs/metrics.md). Per task from (n, c), then the suite
 * value is the mean over the tasks where k ≤ n_i, with a task-clustered bootstrap interval whose
 * denominator is that number of tasks.
 */
public final class PassAtK {
    private PassAtK() {}

    /** One point of a curve over k. */
    public record KRate(int k, Interval rate) {}

    /** P(at least one of k samples passes) = 1 - C(n-c,k)/C(n,k), as a product that never overflows. */
    public static double passAt(int n, int c, int k) {
        check(n, c, k);
        if (n - c < k) {
            return 1.0;
        }
        double product = 1.0;
        for (int j = n - c + 1; j <= n; j++) {
            product *= 1.0 - (double) k / j;
        }
        return 1.0 - product;
    }

    /** P(all of k samples pass) = C(c,k)/C(n,k) = Π_{j<k} (c-j)/(n-j). */
    public static double passHat(int n, int c, int k) {
        check(n, c, k);
        double product = 1.0;
        for (int j = 0; j < k; j++) {
            product *= (double) (c - j) / (n - j);
        }
        return Math.max(0.0, product);
    }

    public static List<KRate> passAtCurve(List<TaskSamples> tasks, ClusterBootstrap bootstrap) {
        return curve(tasks, bootstrap, false);
    }

    public static List<KRate> passHatCurve(List<TaskSamples> tasks, ClusterBootstrap bootstrap) {
        return curve(tasks, bootstrap, true);
    }

    /** k = 1 .. the largest n_i; tasks with fewer samples than k are left out of that k's mean. */
    private static List<KRate> curve(List<TaskSamples> tasks, ClusterBootstrap bootstrap, boolean all) {
        int maxN = tasks.stream().mapToInt(TaskSamples::n).max().orElse(0);
        int[] n = tasks.stream().mapToInt(TaskSamples::n).toArray();
        int[] c = tasks.stream().mapToInt(TaskSamples::passed).toArray();
        List<KRate> curve = new ArrayList<>(maxN);
        for (int k = 1; k <= maxN; k++) {
            double[] perTask = new double[tasks.size()];
            for (int i = 0; i < perTask.length; i++) {
                perTask[i] = n[i] < k ? Double.NaN : all ? passHat(n[i], c[i], k) : passAt(n[i], c[i], k);
            }
            curve.add(new KRate(k, bootstrap.mean(perTask)));
        }
        return List.copyOf(curve);
    }

    private static void check(int n, int c, int k) {
        if (n < 1 || c < 0 || c > n) {
            throw new IllegalArgumentException("need n >= 1 and 0 <= c <= n, got n=" + n + " c=" + c);
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("pass@k is defined only for 1 <= k <= n, got k=" + k + " n=" + n);
        }
    }
}
