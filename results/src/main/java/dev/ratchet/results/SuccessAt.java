package dev.ratchet.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * success@r (docs/metrics.md): the fraction of non-ERROR samples whose submitted candidate passes
 * the hidden tests when the loop is cut after round r.
 */
public final class SuccessAt {
    private SuccessAt() {}

    /**
     * The sample's hidden result with the loop cut after {@code round}: the first round ≤ r the
     * verifier accepted (the loop stops there), else the last round ≤ r that ran (the last
     * candidate is submitted anyway). A sample that stopped before r keeps its final value;
     * one with no rounds at all submitted nothing and fails.
     */
    public static boolean passes(SampleResult sample, int round) {
        List<RoundResult> ran = sample.rounds().stream()
                .filter(r -> r.round() <= round)
                .sorted(Comparator.comparingInt(RoundResult::round))
                .toList();
        for (RoundResult r : ran) {
            if (r.visiblePassed()) {
                return r.hiddenPassed();
            }
        }
        return !ran.isEmpty() && ran.get(ran.size() - 1).hiddenPassed();
    }

    /** success@1 .. success@K, each over the samples that are not ERROR. */
    public static List<Interval> curve(List<SampleResult> samples, int maxRounds) {
        List<SampleResult> graded = samples.stream().filter(s -> s.outcome() != Outcome.ERROR).toList();
        List<Interval> curve = new ArrayList<>(maxRounds);
        for (int r = 1; r <= maxRounds; r++) {
            int round = r;
            int passed = (int) graded.stream().filter(s -> passes(s, round)).count();
            curve.add(Wilson.interval(passed, graded.size()));
        }
        return List.copyOf(curve);
    }
}
