package dev.ratchet.harness.model.provider;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;

/** An HTTP error from a provider that keeps what LangChain4j's own exception drops: the Retry-After wait. */
final class ProviderHttpException extends HttpException {
    private final Duration retryAfter;

    ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** Null when the provider didn't say. */
    Duration retryAfter() {
        return retryAfter;
    }
}
