package dev.ratchet.harness.loop;

import dev.ratchet.sandbox.SandboxException;

/**
 * The agent's sandbox failed after candidate code had run in it (a test run killed the container's command
 * agent, say): the candidate's failure, so the sample ends {@code FAILED}, not {@code ERROR}.
 */
final class CandidateFault extends RuntimeException {
    /** Prefix of the sample's reason, for reports and reward-hacking flags. */
    static final String REASON = "candidate broke its sandbox";

    CandidateFault(SandboxException cause) {
        super(REASON + ": " + cause.getMessage(), cause);
    }
}
