package dev.ratchet.results;

import java.util.List;

/**
 * One line of results.jsonl: a (task, sample) pair's outcome and its per-round verdicts.
 * {@code submittedRound} is the round whose candidate was submitted (0 when none was).
 * {@code reason} explains an ERROR (or a budget stop); null otherwise. {@code flags}: the sample's
 * reward-hacking flags (docs/metrics.md "Flagged samples"); a row written before flags existed has none.
 * {@code spent}: what the sample had spent by the end of each round (index r-1, cumulative, hidden grading left
 * out: it measures the agent, it is not the agent's spending), for success at equal budget ({@link BudgetCurve});
 * a row written before it existed has none.
 */
public record SampleResult(String task, int sample, Outcome outcome, List<RoundResult> rounds,
                           int submittedRound, String reason, Usage usage, List<Flag> flags, List<Usage> spent) {

    public SampleResult {
        rounds = List.copyOf(rounds);
        flags = flags == null ? List.of() : List.copyOf(flags);
        spent = spent == null ? List.of() : List.copyOf(spent);
    }

    /** A sample without per-round spending. */
    public SampleResult(String task, int sample, Outcome outcome, List<RoundResult> rounds,
                        int submittedRound, String reason, Usage usage, List<Flag> flags) {
        this(task, sample, outcome, rounds, submittedRound, reason, usage, flags, List.of());
    }

    /** A sample without flags. */
    public SampleResult(String task, int sample, Outcome outcome, List<RoundResult> rounds,
                        int submittedRound, String reason, Usage usage) {
        this(task, sample, outcome, rounds, submittedRound, reason, usage, List.of());
    }

    /** This row with another outcome, rounds and reason; usage, flags and spending kept. */
    public SampleResult with(Outcome outcome, List<RoundResult> rounds, int submittedRound, String reason) {
        return new SampleResult(task, sample, outcome, rounds, submittedRound, reason, usage, flags, spent);
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
