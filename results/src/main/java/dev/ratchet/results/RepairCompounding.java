package dev.ratchet.results;

import java.util.Arrays;

/**
 * The compounding model of a {@code --policy repair} run (docs/metrics.md "Repair runs"). Round 1 is right with
 * probability p; the verifier accepts a right candidate with a (TPR) and a wrong one with b (FPR); an accepted round
 * stops the loop and is submitted. A rejected round is repaired in the same conversation: a wrong candidate becomes
 * right in the next round with {@code repair[r-1]} and a right one stays right with {@code kept[r-1]} (transition
 * r → r+1). After round k the last candidate is submitted anyway. Unlike resampling, the next round depends on the
 * last one, so this is a two-state chain rather than a geometric series.
 */
public record RepairCompounding(double a, double b, double[] repair, double[] kept) {

    public RepairCompounding {
        if (repair.length != kept.length) throw new IllegalArgumentException("one repair and one kept rate per transition");
        repair = repair.clone();
        kept = kept.clone();
    }

    /** A copy: the record's arrays stay its own. */
    @Override
    public double[] repair() {
        return repair.clone();
    }

    @Override
    public double[] kept() {
        return kept.clone();
    }

    /** The rates this model can predict from: k − 1 transitions for success@k. */
    public int maxRounds() {
        return repair.length + 1;
    }

    /** success@k = p·fromRight(k) + (1 − p)·fromWrong(k): linear in p, since later rounds do not redraw p. */
    public double success(double p, int k) {
        return p * fromRight(k) + (1 - p) * fromWrong(k);
    }

    /** success@k of a sample whose round 1 was right. */
    public double fromRight(int k) {
        return chain(1, 0, k);
    }

    /** success@k of a sample whose round 1 was wrong. */
    public double fromWrong(int k) {
        return chain(0, 1, k);
    }

    /**
     * right/wrong: the probability of reaching the round unstopped with a right/wrong candidate. Each round before
     * k submits an accepted right candidate (right·a); round k submits whatever it has.
     */
    private double chain(double right, double wrong, int k) {
        if (k < 1 || k > maxRounds()) {
            throw new IllegalArgumentException("k must be in 1.." + maxRounds() + ", was " + k);
        }
        double submittedRight = 0;
        for (int r = 1; r < k; r++) {
            submittedRight += right * a;
            double rejectedRight = right * (1 - a);
            double rejectedWrong = wrong * (1 - b);
            right = rejectedRight * kept[r - 1] + rejectedWrong * repair[r - 1];
            wrong = rejectedRight * (1 - kept[r - 1]) + rejectedWrong * (1 - repair[r - 1]);
        }
        return submittedRight + right;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepairCompounding m && m.a == a && m.b == b && Arrays.equals(m.repair, repair)
                && Arrays.equals(m.kept, kept);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(a) + 17 * Double.hashCode(b) + Arrays.hashCode(repair) + 7 * Arrays.hashCode(kept);
    }

    @Override
    public String toString() {
        return "RepairCompounding[a=" + a + ", b=" + b + ", repair=" + Arrays.toString(repair) + ", kept="
                + Arrays.toString(kept) + "]";
    }
}
