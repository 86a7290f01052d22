package dev.ratchet.results;

/**
 * The compounding model of docs/metrics.md. Each round independently produces a correct candidate
 * with probability p; the verifier accepts a correct one with probability a (TPR) and a wrong one
 * with b (FPR). The loop stops at the first accepted round, and after k rounds submits the last
 * candidate anyway.
 */
public final class Compounding {
    private Compounding() {}

    /** Success within k rounds: pa(1 - R^k)/(1 - R) + R^(k-1)·p(1-a), R = 1 - pa - (1-p)b. */
    public static double uniform(double p, double a, double b, int k) {
        requireRounds(k);
        double r = 1 - p * a - (1 - p) * b;
        // Sum the geometric series directly: no 0/0 when R = 1, and exact for small k.
        double series = 0;
        double power = 1;
        for (int j = 0; j < k; j++) {
            series += power;
            power *= r;
        }
        return p * a * series + Math.pow(r, k - 1) * p * (1 - a);
    }

    /**
     * E[f(p_i)] with p_i ~ fit and the same a, b for every task. f is a polynomial of degree k in
     * p, so the expectation is exact from the Beta moments; no integration error.
     */
    public static double mixture(BetaFit fit, double a, double b, int k) {
        requireRounds(k);
        if (!fit.defined()) {
            return Double.NaN;
        }
        // R(p) = c0 - c1·p
        double c0 = 1 - b;
        double c1 = a - b;
        double[] power = {1};           // R^j as coefficients of p^0..p^j
        double[] series = new double[k + 1]; // Σ_{j<k} R^j
        double[] last = power;
        for (int j = 0; j < k; j++) {
            add(series, power, 1);
            last = power;
            power = timesR(power, c0, c1);
        }
        double[] f = new double[k + 2];  // a·p·series + (1-a)·p·R^(k-1)
        for (int m = 0; m <= k; m++) {
            f[m + 1] += a * series[m];
        }
        for (int m = 0; m < last.length; m++) {
            f[m + 1] += (1 - a) * last[m];
        }
        double expectation = 0;
        for (int m = 0; m < f.length; m++) {
            if (f[m] != 0) {
                expectation += f[m] * fit.moment(m);
            }
        }
        return Math.min(1, Math.max(0, expectation));
    }

    private static double[] timesR(double[] poly, double c0, double c1) {
        double[] out = new double[poly.length + 1];
        for (int m = 0; m < poly.length; m++) {
            out[m] += c0 * poly[m];
            out[m + 1] -= c1 * poly[m];
        }
        return out;
    }

    private static void add(double[] into, double[] poly, double scale) {
        for (int m = 0; m < poly.length; m++) {
            into[m] += scale * poly[m];
        }
    }

    private static void requireRounds(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
    }
}
