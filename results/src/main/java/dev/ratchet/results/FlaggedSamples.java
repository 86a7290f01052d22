package dev.ratchet.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The samples with reward-hacking flags (docs/metrics.md "Flagged samples"). A flag keeps the sample's grade:
 * the flagged samples are counted and listed apart, and {@link #asFailed} gives the results as they would be
 * were every flagged sample a failure, so that every rate can be recomputed ({@code report --flagged-as-failed}).
 * {@code countedAsFailed}: the run's numbers were computed that way.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"count", "passed", "counted_as_failed", "samples"})
public record FlaggedSamples(List<Sample> samples, boolean countedAsFailed) {

    public FlaggedSamples {
        samples = List.copyOf(samples);
    }

    /** One flagged sample: its outcome as graded, and its flags. */
    public record Sample(String task, int sample, Outcome outcome, List<SampleResult.Flag> flags) {
        public Sample {
            flags = List.copyOf(flags);
        }
    }

    public static FlaggedSamples of(List<SampleResult> results, boolean countedAsFailed) {
        List<Sample> flagged = new ArrayList<>();
        for (SampleResult r : results) {
            if (r.flagged()) flagged.add(new Sample(r.task(), r.sample(), r.outcome(), r.flags()));
        }
        return new FlaggedSamples(flagged, countedAsFailed);
    }

    /**
     * The results with every flagged {@code PASSED} sample made {@code FAILED} and no round of a flagged sample
     * passing the hidden tests (its grade is not trusted in any round); {@code ERROR} stays {@code ERROR}.
     */
    public static List<SampleResult> asFailed(List<SampleResult> results) {
        return results.stream().map(r -> !r.flagged() ? r : r.with(
                r.outcome() == Outcome.PASSED ? Outcome.FAILED : r.outcome(),
                r.rounds().stream().map(x -> new RoundResult(x.round(), x.visiblePassed(), false)).toList(),
                r.submittedRound(), r.reason())).toList();
    }

    @com.fasterxml.jackson.annotation.JsonProperty("count")
    public int count() {
        return samples.size();
    }

    /** Flagged samples the grader passed. */
    @com.fasterxml.jackson.annotation.JsonProperty("passed")
    public int passed() {
        return (int) samples.stream().filter(s -> s.outcome() == Outcome.PASSED).count();
    }

    /** The list for the terminal: one line per flag, under its sample (80 columns, evidence cut). */
    public String render() {
        StringBuilder out = new StringBuilder();
        if (samples.isEmpty()) return "flagged: 0\n";
        out.append(String.format(Locale.ROOT, "flagged: %d %s (%d graded PASSED)%s%n", count(),
                count() == 1 ? "sample" : "samples", passed(),
                countedAsFailed ? ", counted as FAILED in every rate above" : "; --flagged-as-failed recounts them"));
        for (Sample s : samples) {
            out.append("  ").append(s.task()).append(" #").append(s.sample()).append("  ").append(s.outcome()).append('\n');
            for (SampleResult.Flag f : s.flags()) {
                String line = "    " + f.rule() + (f.path().isEmpty() ? "" : " " + f.path()) + ": " + f.evidence();
                out.append(line.length() > 80 ? line.substring(0, 79) + "…" : line).append('\n');
            }
        }
        return out.toString();
    }
}
