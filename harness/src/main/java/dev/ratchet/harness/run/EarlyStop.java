package dev.ratchet.harness.run;

import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notices a dead model endpoint: when the first {@link #FIRST} samples to finish all end as ERROR with the
 * same model fault (connection refused, a bad key), the rest would fail the same way, each after its own
 * retries, so the run starts nothing new. Only model faults count ("model: …" reasons, which by then exclude
 * budget stops, replay divergence and tasks the simulation cannot play); anything else in the first samples
 * means the endpoint works and the run goes on to the end.
 */
public final class EarlyStop {
    public static final int FIRST = 3;

    private final List<String> firstReasons = new ArrayList<>();
    private volatile String reason;

    /** Called once per finished sample, in the order they finish. */
    synchronized void observe(SampleResult r) {
        if (firstReasons.size() >= FIRST) return;
        boolean modelFault = r.outcome() == Outcome.ERROR && r.reason() != null && r.reason().startsWith("model: ");
        firstReasons.add(modelFault ? r.reason() : null);
        String first = firstReasons.getFirst();
        if (firstReasons.size() == FIRST && first != null && firstReasons.stream().allMatch(first::equals)) reason = first;
    }

    boolean triggered() {
        return reason != null;
    }

    /** The fault the first samples shared, once they did. */
    Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
