package dev.ratchet.results;

import java.util.Arrays;
import java.util.List;

/**
 * Per-task counts of what a rejected round led to, for the repair model: {@code wrongTries[i][r-1]} samples of task i
 * had a wrong round r that the verifier rejected and a round r+1, {@code wrongFixed} of them were right in round r+1;
 * {@code rightTries}/{@code rightKept} the same from a right round r the verifier rejected. Precomputed once so a
 * bootstrap resample is a sum over its tasks.
 */
record Transitions(int[][] wrongTries, int[][] wrongFixed, int[][] rightTries, int[][] rightKept) {

    static Transitions of(List<TaskSamples> tasks, int maxRounds) {
        int steps = Math.max(0, maxRounds - 1);
        int t = tasks.size();
        Transitions c = new Transitions(new int[t][steps], new int[t][steps], new int[t][steps], new int[t][steps]);
        for (int i = 0; i < t; i++) {
            for (SampleResult s : tasks.get(i).samples()) {
                RoundResult[] byRound = new RoundResult[maxRounds + 2];
                for (RoundResult r : s.rounds()) {
                    if (r.round() >= 1 && r.round() <= maxRounds) byRound[r.round()] = r;
                }
                for (int r = 1; r < maxRounds; r++) {
                    RoundResult now = byRound[r], next = byRound[r + 1];
                    // Only a rejected round goes on; an accepted one followed by another would be some other loop.
                    if (now == null || next == null || now.visiblePassed()) continue;
                    int right = next.hiddenPassed() ? 1 : 0;
                    if (now.hiddenPassed()) {
                        c.rightTries[i][r - 1]++;
                        c.rightKept[i][r - 1] += right;
                    } else {
                        c.wrongTries[i][r - 1]++;
                        c.wrongFixed[i][r - 1] += right;
                    }
                }
            }
        }
        return c;
    }

    int steps() {
        return wrongTries.length == 0 ? 0 : wrongTries[0].length;
    }

    /**
     * The pooled repair and kept rates per transition over a selection of tasks. A transition nobody reached borrows
     * the rate pooled over all transitions, else 0: it then multiplies a (near) zero probability of getting there.
     */
    RepairCompounding pooled(int[] idx, double a, double b) {
        int steps = steps();
        double[] repair = new double[steps];
        double[] kept = new double[steps];
        long[] wt = new long[steps], wf = new long[steps], rt = new long[steps], rk = new long[steps];
        for (int i : idx) {
            for (int r = 0; r < steps; r++) {
                wt[r] += wrongTries[i][r];
                wf[r] += wrongFixed[i][r];
                rt[r] += rightTries[i][r];
                rk[r] += rightKept[i][r];
            }
        }
        double repairAll = rate(Arrays.stream(wf).sum(), Arrays.stream(wt).sum(), 0);
        double keptAll = rate(Arrays.stream(rk).sum(), Arrays.stream(rt).sum(), 0);
        for (int r = 0; r < steps; r++) {
            repair[r] = rate(wf[r], wt[r], repairAll);
            kept[r] = rate(rk[r], rt[r], keptAll);
        }
        return new RepairCompounding(a, b, repair, kept);
    }

    /** The pooled repair ({@code [0]}) and kept ({@code [1]}) rate per transition, NaN where nobody reached it. */
    double[][] measured(int[] idx) {
        int steps = steps();
        double[][] out = new double[2][steps];
        for (int r = 0; r < steps; r++) {
            long wt = 0, wf = 0, rt = 0, rk = 0;
            for (int i : idx) {
                wt += wrongTries[i][r];
                wf += wrongFixed[i][r];
                rt += rightTries[i][r];
                rk += rightKept[i][r];
            }
            out[0][r] = rate(wf, wt, Double.NaN);
            out[1][r] = rate(rk, rt, Double.NaN);
        }
        return out;
    }

    /** Task i's own rates where it reached a transition, else {@code pooled}'s. */
    RepairCompounding task(int i, RepairCompounding pooled) {
        int steps = steps();
        double[] repair = pooled.repair();
        double[] kept = pooled.kept();
        for (int r = 0; r < steps; r++) {
            repair[r] = rate(wrongFixed[i][r], wrongTries[i][r], repair[r]);
            kept[r] = rate(rightKept[i][r], rightTries[i][r], kept[r]);
        }
        return new RepairCompounding(pooled.a(), pooled.b(), repair, kept);
    }

    private static double rate(long x, long n, double fallback) {
        return n == 0 ? fallback : (double) x / n;
    }
}
