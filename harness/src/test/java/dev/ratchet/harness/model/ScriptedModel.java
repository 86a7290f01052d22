package dev.ratchet.harness.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Replies from a fixed script, for tests: each step is a reply, a tool call, or a fault to throw.
 * Records every conversation it was shown so tests can check what the model saw.
 */
public final class ScriptedModel implements Model {

    /** One scripted step: given the conversation, what to answer (or throw). */
    @FunctionalInterface
    public interface Step extends Function<Conversation, AiMessage> {}

    /** Unique across the JVM: the same call twice in one conversation must still get distinct ids. */
    private static final java.util.concurrent.atomic.AtomicLong CALL_IDS = new java.util.concurrent.atomic.AtomicLong();

    private final Deque<Step> steps;
    private final List<List<String>> seen = new ArrayList<>();
    private int calls;

    public ScriptedModel(List<Step> steps) {
        this.steps = new ArrayDeque<>(steps);
    }

    public static Step text(String text) {
        return c -> AiMessage.from(text);
    }

    public static Step call(String tool, String argumentsJson) {
        return c -> AiMessage.from(ToolExecutionRequest.builder()
                .id("call-" + CALL_IDS.incrementAndGet())
                .name(tool).arguments(argumentsJson).build());
    }

    public static Step fail(ModelException e) {
        return c -> { throw e; };
    }

    @Override
    public synchronized ModelReply chat(Conversation conversation, List<ToolSpecification> tools) {
        calls++;
        seen.add(conversation.messages().stream().map(Object::toString).toList());
        Step next = steps.poll();
        if (next == null) {
            throw ModelException.fatal("script exhausted after " + (calls - 1) + " replies");
        }
        return ModelReply.of(next.apply(conversation));
    }

    public synchronized int calls() {
        return calls;
    }

    public synchronized int remaining() {
        return steps.size();
    }

    /** The conversations shown to the model, as strings, one list per call. */
    public synchronized List<List<String>> seen() {
        return List.copyOf(seen);
    }
}
