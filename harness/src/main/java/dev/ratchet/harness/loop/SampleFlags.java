package dev.ratchet.harness.loop;

import dev.ratchet.results.SampleResult;
import dev.ratchet.tasks.grading.Verdict;
import dev.ratchet.tasks.integrity.Flag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sample's reward-hacking flags: each written to the trace when first raised (a file edited in round 1 and
 * still edited in round 3 is one flag), all of them into the sample's results.jsonl row. They never change a
 * grade.
 */
final class SampleFlags {
    private final SampleRecorder rec;
    private final Map<Flag, Integer> raised = new LinkedHashMap<>();

    SampleFlags(SampleRecorder rec) {
        this.rec = rec;
    }

    void raise(int round, Flag flag) {
        if (raised.putIfAbsent(flag, round) == null) rec.flagged(round, flag);
    }

    void raiseAll(int round, List<Flag> flags) {
        flags.forEach(f -> raise(round, f));
    }

    /** A run the candidate broke: the framework found modified, or the run died once candidate code started. */
    void judged(int round, String who, Verdict verdict) {
        String reason = verdict.reason();
        if (reason.startsWith(Verdict.TAMPERED) || reason.startsWith(Verdict.BROKEN)) {
            raise(round, new Flag(Flag.Rule.BROKE_TEST_RUN, "", who + ": " + reason));
        }
    }

    List<SampleResult.Flag> recorded() {
        return raised.keySet().stream()
                .map(f -> new SampleResult.Flag(f.rule().label(), f.path(), f.evidence())).toList();
    }
}
