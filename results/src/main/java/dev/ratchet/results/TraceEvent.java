package dev.ratchet.results;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * One step of a run, written as one JSON line with an {@code "event"} tag. {@code ts} is epoch
 * milliseconds. Together the events of a sample are enough to replay it (model replies) and to
 * recompute every metric (verify and grade results per round).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TraceEvent.RunStarted.class, name = "run_started"),
        @JsonSubTypes.Type(value = TraceEvent.TaskStarted.class, name = "task_started"),
        @JsonSubTypes.Type(value = TraceEvent.RoundStarted.class, name = "round_started"),
        @JsonSubTypes.Type(value = TraceEvent.Plan.class, name = "plan"),
        @JsonSubTypes.Type(value = TraceEvent.ModelRequest.class, name = "model_request"),
        @JsonSubTypes.Type(value = TraceEvent.ModelReply.class, name = "model_reply"),
        @JsonSubTypes.Type(value = TraceEvent.ToolCall.class, name = "tool_call"),
        @JsonSubTypes.Type(value = TraceEvent.ToolResult.class, name = "tool_result"),
        @JsonSubTypes.Type(value = TraceEvent.VerifyResult.class, name = "verify_result"),
        @JsonSubTypes.Type(value = TraceEvent.GradeResult.class, name = "grade_result"),
        @JsonSubTypes.Type(value = TraceEvent.RoundFinished.class, name = "round_finished"),
        @JsonSubTypes.Type(value = TraceEvent.TaskFinished.class, name = "task_finished"),
        @JsonSubTypes.Type(value = TraceEvent.Error.class, name = "error"),
        @JsonSubTypes.Type(value = TraceEvent.SandboxAction.class, name = "sandbox"),
        @JsonSubTypes.Type(value = TraceEvent.Retrieval.class, name = "retrieval"),
        @JsonSubTypes.Type(value = TraceEvent.Flagged.class, name = "flag"),
})
public sealed interface TraceEvent {

    long ts();

    record RunStarted(long ts, String runId, Map<String, Object> config) implements TraceEvent {}

    record TaskStarted(long ts, String task, int sample) implements TraceEvent {}

    /** {@code fresh}: the round starts a new conversation (round 1, or policy resample). */
    record RoundStarted(long ts, int round, String policy, boolean fresh) implements TraceEvent {}

    record Plan(long ts, int round, String text) implements TraceEvent {}

    /** {@code messages}: the messages added to the conversation since the previous request. */
    record ModelRequest(long ts, int round, List<Message> messages, List<String> tools) implements TraceEvent {}

    /** {@code recordedLatencyMs}: in a replay, the reply's latency in the recorded run (null otherwise). */
    record ModelReply(long ts, int round, String text, List<ToolCallRequest> toolCalls,
                      int tokensIn, int tokensOut, long latencyMs, double costUsd, Long recordedLatencyMs)
            implements TraceEvent {
        public ModelReply(long ts, int round, String text, List<ToolCallRequest> toolCalls,
                          int tokensIn, int tokensOut, long latencyMs, double costUsd) {
            this(ts, round, text, toolCalls, tokensIn, tokensOut, latencyMs, costUsd, null);
        }
    }

    record ToolCall(long ts, int round, String id, String name, JsonNode arguments) implements TraceEvent {}

    /** {@code error}: the call was a mistake the model can fix; {@code output} says what was wrong. */
    record ToolResult(long ts, int round, String id, String name, boolean error, String output,
                      long durationMs) implements TraceEvent {}

    /**
     * The harness's run of the visible tests on this round's candidate. {@code agentRun}: the workspace was
     * unchanged since the agent ran the same tests itself, so that run's result is the verdict (duration 0).
     * {@code reason}: why it failed, or how weakly it passed (see the tasks module's {@code Verdict}); null if none.
     */
    record VerifyResult(long ts, int round, boolean passed, int exitCode, boolean timedOut,
                        String output, long durationMs, boolean agentRun, String reason) implements TraceEvent {
        public VerifyResult(long ts, int round, boolean passed, int exitCode, boolean timedOut, String output,
                            long durationMs, boolean agentRun) {
            this(ts, round, passed, exitCode, timedOut, output, durationMs, agentRun, null);
        }
    }

    /**
     * The hidden grader's verdict on this round's candidate, in a fresh sandbox. Never shown to the model.
     * {@code reason} as for {@link VerifyResult}.
     */
    record GradeResult(long ts, int round, boolean passed, int exitCode, boolean timedOut,
                       String output, long durationMs, String reason) implements TraceEvent {
        public GradeResult(long ts, int round, boolean passed, int exitCode, boolean timedOut, String output,
                           long durationMs) {
            this(ts, round, passed, exitCode, timedOut, output, durationMs, null);
        }
    }

    /** {@code stop}: why execution ended: {@code submit}, {@code no_tool_call}, {@code step_cap}. */
    record RoundFinished(long ts, int round, String stop, boolean visiblePassed, boolean hiddenPassed)
            implements TraceEvent {}

    record TaskFinished(long ts, String task, int sample, Outcome outcome, int submittedRound,
                        String reason, long durationMs) implements TraceEvent {}

    /** {@code tier}: {@code transient} (retried) or {@code fatal} (ends the sample as ERROR). */
    record Error(long ts, int round, String tier, String message) implements TraceEvent {}

    /** {@code action}: create, reset or close; {@code role}: agent or grader. */
    record SandboxAction(long ts, String action, String role, String kind, long durationMs) implements TraceEvent {}

    /**
     * One retrieval tool call ({@code search_code}, {@code semantic_search}, {@code read_chunk},
     * {@code grep}): {@code query} is the query, pattern or path; {@code bytes} what went back to the
     * model; {@code cut} whether the result was bounded; {@code indexMs}, {@code filesIndexed} and
     * {@code chunksEmbedded} what bringing the index up to date cost before answering.
     */
    record Retrieval(long ts, String tool, String query, int results, int bytes, boolean cut, long indexMs,
                     int filesIndexed, int chunksEmbedded, long durationMs) implements TraceEvent {}

    /**
     * A reward-hacking flag raised in {@code round} (0: before any round ended), written when first seen; the
     * same flag is not written again in later rounds. Fields as {@link SampleResult.Flag}.
     */
    record Flagged(long ts, int round, String rule, String path, String evidence) implements TraceEvent {}

    /** A conversation message as recorded: role is system, user, assistant or tool. */
    record Message(String role, String text, List<ToolCallRequest> toolCalls, String toolCallId) {}

    /** {@code arguments} is the raw JSON text the model sent, which may be malformed. */
    record ToolCallRequest(String id, String name, String arguments) {}
}
