package dev.ratchet.harness.model.provider;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;

import java.util.List;

/** One provider family: how its spec reads and how to build its LangChain4j chat model. */
public interface Backend {
    /** The spec prefix, e.g. {@code openai} in {@code openai:gpt-4o}. */
    String prefix();

    /** True when the spec is {@code PREFIX:BASE_URL:MODEL} rather than {@code PREFIX:MODEL}. */
    boolean takesBaseUrl();

    /** Environment variables that may hold the key, in order; empty when the backend needs none. */
    List<String> keyVariables();

    /** False when a key is optional (local servers). */
    boolean keyRequired();

    /** True when the provider rejects tool calls in the history of a request that defines no tools. */
    default boolean toolsRequiredWithToolHistory() {
        return false;
    }

    /** Builds the chat model; {@code key} may be null when not required. Never retries: Ratchet does. */
    ChatModel build(BackendSpec spec, String key, HttpClientBuilder http);
}
