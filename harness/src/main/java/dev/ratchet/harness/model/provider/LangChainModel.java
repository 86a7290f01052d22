package dev.ratchet.harness.model.provider;

import dev.ratchet.harness.model.Conversation;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.ModelReply;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Any LangChain4j {@link ChatModel} as a Ratchet {@link Model}: sends the conversation with native
 * tools or as text actions, waits for a slot from the backend's limiter, counts the provider's usage
 * and prices it. Stateless per call, so one instance serves every sample of a run.
 */
public final class LangChainModel implements Model {

    /**
     * Everything but the chat model that shapes a call. {@code toolsWithHistory}: the provider rejects a
     * conversation holding tool calls unless tools are defined (Anthropic), so a call without tools
     * (the plan of a repair round) re-sends the last tools with tool choice NONE.
     */
    public record Settings(ToolMode toolMode, Pricing pricing, RequestLimiter limiter,
                           Function<RuntimeException, ModelException> errors, boolean toolsWithHistory) {}

    /** USD for a reply's usage. */
    @FunctionalInterface
    public interface Pricing {
        double cost(int tokensIn, int tokensOut);
    }

    private final ChatModel chat;
    private final Settings settings;
    private final AtomicLong callSeq = new AtomicLong();
    private final AtomicReference<List<ToolSpecification>> lastTools = new AtomicReference<>();

    public LangChainModel(ChatModel chat, Settings settings) {
        this.chat = chat;
        this.settings = settings;
    }

    @Override
    public ModelReply chat(Conversation conversation, List<ToolSpecification> tools) {
        boolean text = settings.toolMode() == ToolMode.TEXT;
        List<ChatMessage> messages = text ? TextActions.render(conversation.messages(), tools) : conversation.messages();
        ChatRequest.Builder request = ChatRequest.builder().messages(messages);
        if (!text && !tools.isEmpty()) {
            request.toolSpecifications(tools);
            lastTools.set(tools);
        } else if (!text && settings.toolsWithHistory() && lastTools.get() != null && hasToolCalls(messages)) {
            request.toolSpecifications(lastTools.get()).toolChoice(ToolChoice.NONE);
        }
        long t0 = System.nanoTime();
        ChatResponse response;
        try (AutoCloseable slot = settings.limiter().acquire()) {
            response = chat.chat(request.build());
        } catch (ModelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw settings.errors().apply(e);
        } catch (Exception e) {
            throw new IllegalStateException(e); // only the limiter's close, which doesn't throw
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - t0);
        AiMessage message = response.aiMessage();
        if (message == null) throw ModelException.fatal("the provider returned no message");
        if (text) message = TextActions.parse(message.text(), "action-" + callSeq.incrementAndGet());
        else if (tools.isEmpty() && message.hasToolExecutionRequests()) {
            // No tools were offered, so a call can't be answered; dropping it keeps the conversation valid.
            message = AiMessage.from(message.text() == null ? "" : message.text());
        }
        TokenUsage usage = response.tokenUsage();
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        return new ModelReply(message, in, out, latency, settings.pricing().cost(in, out));
    }

    private static boolean hasToolCalls(List<ChatMessage> messages) {
        return messages.stream().anyMatch(m -> m instanceof AiMessage a && a.hasToolExecutionRequests());
    }
}
