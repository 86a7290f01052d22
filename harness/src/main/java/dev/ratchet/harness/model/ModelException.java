package dev.ratchet.harness.model;

import java.time.Duration;
import java.util.Optional;

/**
 * A model call failed. {@code transientFault} faults (rate limits, timeouts, 5xx) are worth retrying,
 * after {@link #retryAfter()} when the provider said how long to wait; the rest (bad key, invalid
 * request, context too long) end the sample as ERROR. Messages are one line and never hold a key.
 */
public class ModelException extends RuntimeException {
    /** Reasons that are a deliberate stop rather than a fault; the runner records them without the "model: " prefix. */
    public static final String BUDGET = "budget";
    public static final String REPLAY_DIVERGED = "replay diverged";
    /** A branch's re-executed prefix did not reproduce the parent's ({@code ratchet branch}). */
    public static final String BRANCH_DIVERGED = "branch diverged";
    /** The simulated model plays a task's reference; a task without one cannot be simulated (not the candidate's failure). */
    public static final String NO_REFERENCE = "no reference to simulate";

    private final boolean transientFault;
    private final Duration retryAfter;

    public ModelException(String message, boolean transientFault, Throwable cause) {
        this(message, transientFault, null, cause);
    }

    public ModelException(String message, boolean transientFault, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.transientFault = transientFault;
        this.retryAfter = retryAfter;
    }

    public static ModelException transientFault(String message) {
        return new ModelException(message, true, null);
    }

    public static ModelException transientFault(String message, Duration retryAfter) {
        return new ModelException(message, true, retryAfter, null);
    }

    public static ModelException fatal(String message) {
        return new ModelException(message, false, null);
    }

    public boolean isTransient() {
        return transientFault;
    }

    /** How long the provider asked us to wait (Retry-After), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True for a sample-ending reason that is the user's choice, a replay check or a task the simulation cannot play, not an infrastructure fault. */
    public static boolean isStopReason(String message) {
        return message != null && (message.startsWith(BUDGET) || message.startsWith(REPLAY_DIVERGED)
                || message.startsWith(BRANCH_DIVERGED) || message.equals(NO_REFERENCE));
    }
}
