package dev.ratchet.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The headline numbers of one run (docs/metrics.md). {@code samples} counts every recorded sample;
 * {@code passed + failed + errors == samples}, and ERROR samples are in no denominator.
 * {@code flagged} counts the samples with reward-hacking flags, whatever their outcome ({@link FlaggedSamples}).
 * {@code successAt} and {@code verifierByRound} are indexed by round - 1, for rounds 1..maxRounds.
 */
public record RunSummary(int samples, int passed, int failed, int errors, int flagged, int maxRounds,
                         List<Interval> successAt, VerifierQuality verifier,
                         List<VerifierQuality> verifierByRound) {

    public RunSummary {
        successAt = List.copyOf(successAt);
        verifierByRound = List.copyOf(verifierByRound);
    }

    /**
     * @param maxRounds K from the run config; raised to the highest round seen if data exceeds it,
     *                  so no recorded round is silently dropped
     */
    public static RunSummary of(List<SampleResult> results, int maxRounds) {
        int passed = 0;
        int failed = 0;
        int errors = 0;
        int flagged = 0;
        int maxSeen = 0;
        for (SampleResult s : results) {
            switch (s.outcome()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case ERROR -> errors++;
            }
            if (s.flagged()) flagged++;
            for (RoundResult r : s.rounds()) {
                if (r.round() < 1) {
                    throw new IllegalArgumentException("rounds start at 1: " + s.task() + " sample " + s.sample());
                }
                maxSeen = Math.max(maxSeen, r.round());
            }
        }
        int k = Math.max(maxRounds, maxSeen);
        List<RoundResult> graded = results.stream()
                .filter(s -> s.outcome() != Outcome.ERROR)
                .flatMap(s -> s.rounds().stream())
                .toList();
        List<VerifierQuality> byRound = new ArrayList<>(k);
        for (int r = 1; r <= k; r++) {
            int round = r;
            byRound.add(VerifierQuality.of(graded.stream().filter(g -> g.round() == round).toList()));
        }
        return new RunSummary(results.size(), passed, failed, errors, flagged, k, SuccessAt.curve(results, k),
                VerifierQuality.of(graded), byRound);
    }

    /** K taken from the data: the highest round any sample reached. */
    public static RunSummary of(List<SampleResult> results) {
        return of(results, 0);
    }

    public Interval successAt(int round) {
        return successAt.get(checkRound(round) - 1);
    }

    public VerifierQuality verifierAt(int round) {
        return verifierByRound.get(checkRound(round) - 1);
    }

    private int checkRound(int round) {
        if (round < 1 || round > maxRounds) {
            throw new IllegalArgumentException("round must be in 1.." + maxRounds + ", was " + round);
        }
        return round;
    }
}
