package dev.ratchet.harness.model;

import dev.langchain4j.data.message.AiMessage;

import java.time.Duration;

/**
 * A model's answer with what it cost: tokens as the provider counted them (or estimated), latency, USD.
 * {@code latency} zero: the caller measures the call, less {@code testTime}. {@code testTime}: time the
 * model itself spent running tests (the simulated model's mutant checks), counted as test time, not
 * model time. {@code recordedLatency}: a replay's latency in the recorded run (null otherwise), reported
 * apart from the replay's own time.
 */
public record ModelReply(AiMessage message, int tokensIn, int tokensOut, Duration latency, double costUsd,
                         Duration testTime, Duration recordedLatency) {

    public ModelReply(AiMessage message, int tokensIn, int tokensOut, Duration latency, double costUsd) {
        this(message, tokensIn, tokensOut, latency, costUsd, Duration.ZERO, null);
    }

    public static ModelReply of(AiMessage message) {
        return new ModelReply(message, 0, 0, Duration.ZERO, 0.0);
    }
}
