package dev.ratchet.harness.loop;

import dev.ratchet.tasks.grading.Verdict;
import dev.ratchet.tasks.integrity.Flag;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.harness.model.Conversation;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelReply;
import dev.ratchet.harness.tools.ToolResult;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.results.TraceSink;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes one sample's trace as it happens and adds up what the sample spent (tokens, cost, model
 * time, test time), so the loop itself only says what happened.
 */
final class SampleRecorder {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final String task;
    private final int sample;
    private final TraceSink sink;
    private final Clock clock;
    private final long startedAt;
    private long tokensIn, tokensOut, modelMs, testMs, gradeMs;
    private double cost;
    /** What had been spent by the end of each round, for success at equal budget. */
    private final List<SampleResult.Usage> spent = new java.util.ArrayList<>();

    SampleRecorder(String task, int sample, TraceSink sink, Clock clock) {
        this.task = task;
        this.sample = sample;
        this.sink = sink;
        this.clock = clock;
        this.startedAt = clock.millis();
        sink.emit(new TraceEvent.TaskStarted(startedAt, task, sample));
    }

    long now() {
        return clock.millis();
    }

    Sandbox sandbox(String action, String role, String kind, Supplier<Sandbox> make) {
        long t0 = now();
        Sandbox s = make.get();
        sink.emit(new TraceEvent.SandboxAction(now(), action, role, kind, now() - t0));
        return s;
    }

    void timed(String action, String role, String kind, Runnable r) {
        long t0 = now();
        r.run();
        sink.emit(new TraceEvent.SandboxAction(now(), action, role, kind, now() - t0));
    }

    void roundStarted(int round, RetryPolicy policy, boolean fresh) {
        sink.emit(new TraceEvent.RoundStarted(now(), round, policy.label(), fresh));
    }

    ModelReply chat(Model model, Conversation conv, List<ToolSpecification> tools, int round) {
        List<TraceEvent.Message> fresh = conv.takeUnsent().stream().map(SampleRecorder::message).toList();
        sink.emit(new TraceEvent.ModelRequest(now(), round, fresh, tools.stream().map(ToolSpecification::name).toList()));
        long t0 = now();
        ModelReply reply = model.chat(conv, tools);
        long inModel = reply.testTime().toMillis();
        long latency = reply.latency().isZero() ? Math.max(0, now() - t0 - inModel) : reply.latency().toMillis();
        modelMs += latency;
        testMs += inModel;
        tokensIn += reply.tokensIn();
        tokensOut += reply.tokensOut();
        cost += reply.costUsd();
        AiMessage m = reply.message();
        sink.emit(new TraceEvent.ModelReply(now(), round, m.text(), calls(m), reply.tokensIn(), reply.tokensOut(),
                latency, reply.costUsd(), reply.recordedLatency() == null ? null : reply.recordedLatency().toMillis()));
        conv.add(m);
        conv.takeUnsent(); // the reply itself is recorded by model_reply, not again in the next request
        return reply;
    }

    /**
     * A verifier's model call (the judge's): counted in the sample's tokens, cost and model time like the agent's,
     * but not written as a model request and reply, so a replay of the agent's conversation never meets it; the
     * verifier puts what the model said in its verdict.
     */
    ModelReply consult(Model model, Conversation conv) {
        long t0 = now();
        ModelReply reply = model.chat(conv, List.of());
        long inModel = reply.testTime().toMillis();
        modelMs += reply.latency().isZero() ? Math.max(0, now() - t0 - inModel) : reply.latency().toMillis();
        testMs += inModel;
        tokensIn += reply.tokensIn();
        tokensOut += reply.tokensOut();
        cost += reply.costUsd();
        return reply;
    }

    void plan(int round, String text) {
        sink.emit(new TraceEvent.Plan(now(), round, text == null ? "" : text));
    }

    void toolCall(int round, ToolExecutionRequest call) {
        com.fasterxml.jackson.databind.JsonNode args;
        try {
            args = JSON.readTree(call.arguments() == null ? "{}" : call.arguments());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            args = JSON.getNodeFactory().textNode(call.arguments()); // malformed: kept verbatim
        }
        sink.emit(new TraceEvent.ToolCall(now(), round, call.id(), call.name(), args));
    }

    void toolResult(int round, ToolExecutionRequest call, ToolResult result, long startedMs) {
        sink.emit(new TraceEvent.ToolResult(now(), round, call.id(), call.name(), result.error(), result.output(),
                now() - startedMs));
    }

    /**
     * Runs a test command (agent's, verifier's or grader's), counting its time as test time; model time and test
     * time counted inside it (a judge's call during VERIFY) are not counted twice.
     */
    <T> T tests(Supplier<T> run) {
        long t0 = now();
        long counted = modelMs + testMs;
        T r = run.get();
        testMs += Math.max(0, now() - t0 - (modelMs + testMs - counted));
        return r;
    }

    /**
     * The hidden grade: test time in the sample's usage like any test run, but left out of what the agent spent by
     * each round ({@link #spentSoFar}), since it measures the agent rather than being part of its work.
     */
    <T> T grading(Supplier<T> run) {
        long t0 = now();
        try {
            return tests(run);
        } finally {
            gradeMs += now() - t0;
        }
    }

    /** Tokens, cost and time spent so far, hidden grading excluded. */
    private SampleResult.Usage spentSoFar() {
        return new SampleResult.Usage(tokensIn, tokensOut, cost, now() - startedAt - gradeMs, modelMs, testMs - gradeMs);
    }

    /** @param agentRun the verdict is the agent's own run on the identical workspace, not a new one */
    void verified(int round, Verdict v, boolean agentRun) {
        ExecResult r = v.run();
        sink.emit(new TraceEvent.VerifyResult(now(), round, v.passed(), r.exitCode(), r.timedOut(),
                r.combinedOutput(), agentRun ? 0 : r.elapsed().toMillis(), agentRun, reason(v)));
    }

    void graded(int round, Verdict v) {
        ExecResult r = v.run();
        sink.emit(new TraceEvent.GradeResult(now(), round, v.passed(), r.exitCode(), r.timedOut(),
                r.combinedOutput(), r.elapsed().toMillis(), reason(v)));
    }

    private static String reason(Verdict v) {
        return v.reason().isEmpty() ? null : v.reason();
    }

    void roundFinished(int round, String stop, RoundResult r) {
        spent.add(spentSoFar());
        sink.emit(new TraceEvent.RoundFinished(now(), round, stop, r.visiblePassed(), r.hiddenPassed()));
    }

    void error(int round, String tier, String message) {
        sink.emit(new TraceEvent.Error(now(), round, tier, message));
    }

    void flagged(int round, Flag f) {
        sink.emit(new TraceEvent.Flagged(now(), round, f.rule().label(), f.path(), f.evidence()));
    }

    SampleResult finish(Outcome outcome, List<RoundResult> rounds, int submittedRound, String reason,
                        List<SampleResult.Flag> flags) {
        long wall = now() - startedAt;
        // a round cut short (its candidate broke the sandbox) ends here: it had spent everything by then
        while (spent.size() < rounds.size()) spent.add(spentSoFar());
        sink.emit(new TraceEvent.TaskFinished(now(), task, sample, outcome, submittedRound, reason, wall));
        return new SampleResult(task, sample, outcome, rounds, submittedRound, reason,
                new SampleResult.Usage(tokensIn, tokensOut, cost, wall, modelMs, testMs), flags,
                spent.subList(0, rounds.size()));
    }

    private static List<TraceEvent.ToolCallRequest> calls(AiMessage m) {
        if (!m.hasToolExecutionRequests()) return List.of();
        return m.toolExecutionRequests().stream()
                .map(c -> new TraceEvent.ToolCallRequest(c.id(), c.name(), c.arguments())).toList();
    }

    private static TraceEvent.Message message(ChatMessage m) {
        return switch (m) {
            case SystemMessage s -> new TraceEvent.Message("system", s.text(), List.of(), null);
            case UserMessage u -> new TraceEvent.Message("user", u.hasSingleText() ? u.singleText() : u.toString(), List.of(), null);
            case AiMessage a -> new TraceEvent.Message("assistant", a.text(), calls(a), null);
            case ToolExecutionResultMessage t -> new TraceEvent.Message("tool", t.text(), List.of(), t.id());
            default -> new TraceEvent.Message(m.type().name().toLowerCase(java.util.Locale.ROOT), m.toString(), List.of(), null);
        };
    }
}
