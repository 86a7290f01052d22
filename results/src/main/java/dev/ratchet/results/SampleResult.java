package dev.ratchet.results;

import java.util.List;

/**
 * One line of results.jsonl: a (task, sample) pair's outcome and its per-round verdicts.
 * {@code submittedRound} is the round whose candidate was submitted (0 when none was).
 * {@code reason} explains an ERROR (or a budget stop); null otherwise. {@code flags}: the sample's
 * reward-hacking flags (docs/metrics.md "Flagged samples"); a row written before flags existed has none.
 */
public record SampleResult(String task, int sample, Outcome outcome, List<RoundResult> rounds,
                           int submittedRound, String reason, Usage usage, List<Flag> flags) {

    public SampleResult {
        rounds = List.copyOf(rounds);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A sample without flags. */
    public SampleResult(String task, int sample, Outcome outcome, List<RoundResult> rounds,
                        int submittedRound, String reason, Usage usage) {
        this(task, sample, outcome, rounds, submittedRound, reason, usage, List.of());
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    /**
     * One reward-hacking flag as recorded: the rule's name (the tasks module's {@code Flag.Rule} label, kept as
     * text so rows from other versions load), the workspace path or tool argument ("" if none), the evidence.
     */
    public record Flag(String rule, String path, String evidence) {}

    /** Tokens, cost and time spent on the sample. */
    public record Usage(long tokensIn, long tokensOut, double costUsd, long wallMs, long modelMs,
                        long testMs) {
        public static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0);
    }
}
