package dev.ratchet.harness.model.replay;

import dev.ratchet.harness.model.Conversation;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.ModelReply;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.results.TraceEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers with one sample's recorded replies, in order, after checking that each request matches
 * the recorded one (same tools offered, same new messages). The first difference ends the sample
 * with "replay diverged: …" naming the first differing line of both. What changes from run to run
 * (durations, clock times, temp and sandbox paths, pids, nonces: {@link ToolOutputNormal}) is ignored
 * when comparing. Model time is the replay's own; the recorded latency is reported apart
 * ({@link ModelReply#recordedLatency()}), so harness overhead stays wall − model − test.
 */
public final class ReplayModel implements Model {

    /** One recorded call: what was sent and what came back (null reply: the recorded call failed with {@code error}). */
    public record Exchange(TraceEvent.ModelRequest request, TraceEvent.ModelReply reply, String error) {}

    /**
     * A request that differs from the recorded one: which request (1-based, = the step it asks for), its round, and
     * the recorded and actual message that differ (both null when the tools offered differ or no request was recorded).
     */
    public static final class Diverged extends ModelException {
        final int request;
        final int round;
        final TraceEvent.Message want;
        final TraceEvent.Message got;
        final String detail;

        Diverged(int request, int round, TraceEvent.Message want, TraceEvent.Message got, String detail) {
            super(REPLAY_DIVERGED + ": " + detail, false, null);
            this.request = request;
            this.round = round;
            this.want = want;
            this.got = got;
            this.detail = detail;
        }
    }

    private final String label;
    private final List<Exchange> exchanges;
    private int next;
    private Conversation lastConversation;
    private int seenMessages;

    public ReplayModel(String label, List<Exchange> exchanges) {
        this.label = label;
        this.exchanges = List.copyOf(exchanges);
    }

    /** The exchanges of a trace's last attempt at the sample (a resumed run may hold earlier ones). */
    public static List<Exchange> exchanges(List<TraceEvent> trace) {
        int start = 0;
        for (int i = 0; i < trace.size(); i++) if (trace.get(i) instanceof TraceEvent.TaskStarted) start = i;
        List<Exchange> out = new ArrayList<>();
        TraceEvent.ModelRequest pending = null;
        String error = null;
        for (TraceEvent e : trace.subList(start, trace.size())) {
            if (e instanceof TraceEvent.ModelRequest r) {
                if (pending != null) out.add(new Exchange(pending, null, error));
                pending = r;
                error = null;
            } else if (e instanceof TraceEvent.ModelReply r && pending != null) {
                out.add(new Exchange(pending, r, null));
                pending = null;
            } else if (e instanceof TraceEvent.Error err && pending != null && err.tier().equals("fatal")) {
                error = err.message();
            }
        }
        if (pending != null) out.add(new Exchange(pending, null, error));
        return out;
    }

    @Override
    public synchronized ModelReply chat(Conversation conversation, List<ToolSpecification> tools) {
        int n = next + 1;
        if (next >= exchanges.size()) {
            throw new Diverged(n, 0, null, null, "request " + n + " was never made in the recorded run of " + label);
        }
        Exchange x = exchanges.get(next++);
        List<String> offered = tools.stream().map(ToolSpecification::name).toList();
        if (!offered.equals(x.request().tools())) {
            throw new Diverged(n, x.request().round(), null, null,
                    "request " + n + " offers tools " + offered + ", recorded " + x.request().tools());
        }
        List<ChatMessage> all = conversation.messages();
        List<ChatMessage> fresh = all.subList(conversation == lastConversation ? Math.min(seenMessages, all.size()) : 0, all.size());
        List<TraceEvent.Message> recorded = x.request().messages();
        for (int i = 0; i < Math.max(fresh.size(), recorded.size()); i++) {
            TraceEvent.Message got = i < fresh.size() ? message(fresh.get(i)) : null;
            TraceEvent.Message want = i < recorded.size() ? recorded.get(i) : null;
            if (got == null || want == null || !same(got, want)) {
                throw new Diverged(n, x.request().round(), want, got, "request " + n + " (round " + x.request().round()
                        + ") message " + (i + 1) + ": " + Divergence.describe(want, got));
            }
        }
        if (x.reply() == null) {
            throw ModelException.fatal(x.error() != null ? x.error().replaceFirst("^model: ", "")
                    : "the recorded run got no reply to request " + n);
        }
        lastConversation = conversation;
        seenMessages = all.size() + 1; // the reply we return is appended next
        TraceEvent.ModelReply r = x.reply();
        // Zero latency: the recorder measures this call, which is what the replay spent.
        return new ModelReply(toMessage(r), r.tokensIn(), r.tokensOut(), Duration.ZERO, r.costUsd(),
                Duration.ZERO, Duration.ofMillis(r.recordedLatencyMs() != null ? r.recordedLatencyMs() : r.latencyMs()));
    }

    private static AiMessage toMessage(TraceEvent.ModelReply r) {
        List<ToolExecutionRequest> calls = r.toolCalls() == null ? List.of() : r.toolCalls().stream()
                .map(c -> ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments()).build()).toList();
        if (calls.isEmpty()) return AiMessage.from(r.text() == null ? "" : r.text());
        return r.text() == null ? AiMessage.from(calls) : AiMessage.from(r.text(), calls);
    }

    private static boolean same(TraceEvent.Message a, TraceEvent.Message b) {
        return a.role().equals(b.role()) && ToolOutputNormal.lines(a.text()).equals(ToolOutputNormal.lines(b.text()))
                && Objects.equals(a.toolCallId(), b.toolCallId()) && calls(a).equals(calls(b));
    }

    private static List<TraceEvent.ToolCallRequest> calls(TraceEvent.Message m) {
        return m.toolCalls() == null ? List.of() : m.toolCalls();
    }

    /** As SampleRecorder records it. */
    static TraceEvent.Message message(ChatMessage m) {
        return switch (m) {
            case SystemMessage s -> new TraceEvent.Message("system", s.text(), List.of(), null);
            case UserMessage u -> new TraceEvent.Message("user", u.hasSingleText() ? u.singleText() : u.toString(), List.of(), null);
            case AiMessage a -> new TraceEvent.Message("assistant", a.text(), a.hasToolExecutionRequests()
                    ? a.toolExecutionRequests().stream().map(c -> new TraceEvent.ToolCallRequest(c.id(), c.name(), c.arguments())).toList()
                    : List.of(), null);
            case ToolExecutionResultMessage t -> new TraceEvent.Message("tool", t.text(), List.of(), t.id());
            default -> new TraceEvent.Message(m.type().name().toLowerCase(java.util.Locale.ROOT), m.toString(), List.of(), null);
        };
    }
}
