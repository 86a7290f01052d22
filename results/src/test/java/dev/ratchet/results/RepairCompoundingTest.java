package dev.ratchet.results;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The repair model's chain (docs/metrics.md "Repair runs"), by hand and against a direct simulation of the loop. */
class RepairCompoundingTest {

    @Test
    void handComputedChain() {
        // p=0.5, a=0.9, b=0.2, repair 0.6 then 0.4, kept 0.7 then 0.5.
        RepairCompounding m = new RepairCompounding(0.9, 0.2, new double[] {0.6, 0.4}, new double[] {0.7, 0.5});
        assertThat(m.success(0.5, 1)).isCloseTo(0.5, within(1e-12));
        // round 1 accepted right: 0.5·0.9 = 0.45; round 2 right: 0.5·0.1·0.7 + 0.5·0.8·0.6 = 0.275
        assertThat(m.success(0.5, 2)).isCloseTo(0.725, within(1e-12));
        // round 2 wrong: 0.5·0.1·0.3 + 0.5·0.8·0.4 = 0.175; accepted right in 2: 0.275·0.9 = 0.2475;
        // round 3 right: 0.275·0.1·0.5 + 0.175·0.8·0.4 = 0.06975 → 0.45 + 0.2475 + 0.06975
        assertThat(m.success(0.5, 3)).isCloseTo(0.76725, within(1e-12));
        assertThat(m.fromRight(3) * 0.5 + m.fromWrong(3) * 0.5).isCloseTo(0.76725, within(1e-12));
    }

    @Test
    void specialCases() {
        // A perfect verifier and a constant repair rate q: fail only if round 1 and every repair fail.
        RepairCompounding perfect = new RepairCompounding(1, 0, new double[] {0.5, 0.5}, new double[] {0.2, 0.2});
        assertThat(perfect.success(0.4, 3)).isCloseTo(1 - 0.6 * 0.25, within(1e-12));
        // A verifier that accepts everything: round 1 is submitted, rounds add nothing.
        RepairCompounding none = new RepairCompounding(1, 1, new double[] {0.9, 0.9}, new double[] {0.9, 0.9});
        assertThat(none.success(0.3, 3)).isCloseTo(0.3, within(1e-12));
        // Repairing at the fresh-try rate (repair = kept = p) is resampling: the resample model's formula.
        double p = 0.35, a = 0.8, b = 0.3;
        double[] fresh = {p, p, p, p};
        RepairCompounding resample = new RepairCompounding(a, b, fresh, fresh);
        for (int k = 1; k <= 5; k++) {
            assertThat(resample.success(p, k)).as("k=%d", k).isCloseTo(Compounding.uniform(p, a, b, k), within(1e-12));
        }
        assertThatThrownBy(() -> perfect.success(0.4, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A repair loop with per-task p_i, repair rate {@code repair} and kept rate {@code kept}, a and b fixed. */
    static List<SampleResult> repairLoop(int tasks, int samples, int rounds, double a, double b, double repair,
                                         double kept, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SampleResult> out = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            double p = random.nextDouble() < 0.5 ? 0.1 : 0.7; // two kinds of task
            for (int j = 0; j < samples; j++) {
                List<RoundResult> list = new ArrayList<>();
                boolean right = random.nextDouble() < p;
                for (int r = 1; r <= rounds; r++) {
                    if (r > 1) right = random.nextDouble() < (right ? kept : repair);
                    boolean accepted = random.nextDouble() < (right ? a : b);
                    list.add(new RoundResult(r, accepted, right));
                    if (accepted) break;
                }
                out.add(new SampleResult("task-" + t, j, right ? Outcome.PASSED : Outcome.FAILED, list, list.size(),
                        null, SampleResult.Usage.NONE));
            }
        }
        return out;
    }

    @Test
    void theRepairModelCoversARepairRunThatTheResampleModelMisses() {
        // Repair (0.8) is far better than a fresh try (mean p 0.4), and a rejected right candidate is sometimes lost.
        List<TaskSamples> tasks = TaskSamples.of(repairLoop(600, 6, 3, 0.9, 0.25, 0.8, 0.6, 11));
        Prediction repair = Prediction.of(tasks, 3, ClusterBootstrap.DEFAULT, Prediction.Model.REPAIR);
        Prediction resample = Prediction.of(tasks, 3, ClusterBootstrap.DEFAULT, Prediction.Model.RESAMPLE);
        assertThat(repair.repair().get(0)).isCloseTo(0.8, within(0.03));
        assertThat(repair.kept().get(0)).isCloseTo(0.6, within(0.1)); // ~130 rejected right candidates
        for (int k = 2; k <= 3; k++) {
            Interval observed = repair.observed().get(k - 1);
            for (Interval predicted : List.of(repair.uniform().get(k - 1), repair.mixture().get(k - 1))) {
                assertThat(observed.rate()).as("k=%d observed %s, repair %s", k, observed, predicted)
                        .isBetween(predicted.low(), predicted.high());
            }
            Interval wrong = resample.mixture().get(k - 1);
            assertThat(observed.rate()).as("k=%d observed %s, resample %s", k, observed, wrong).isGreaterThan(wrong.high());
        }
        // The chain's expected value, from the true rates: the estimate is of the right thing.
        RepairCompounding truth = new RepairCompounding(0.9, 0.25, new double[] {0.8, 0.8}, new double[] {0.6, 0.6});
        assertThat(repair.uniform().get(2).rate()).isCloseTo(truth.success(0.4, 3), within(0.03));
    }

    @Test
    void aRepairPredictionFromNothingGradedIsUndefined() {
        Prediction p = Prediction.of(List.of(), 2, ClusterBootstrap.DEFAULT, Prediction.Model.REPAIR);
        assertThat(p.uniform()).allSatisfy(i -> assertThat(i.defined()).isFalse());
        assertThat(p.mixture()).allSatisfy(i -> assertThat(i.defined()).isFalse());
    }
}
