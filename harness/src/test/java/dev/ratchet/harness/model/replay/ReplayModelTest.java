package dev.ratchet.harness.model.replay;

import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ScriptedModel;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.VisibleTestsVerifier;
import dev.ratchet.harness.tools.EditFileTool;
import dev.ratchet.harness.tools.SubmitTool;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.tasks.Task;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static dev.ratchet.harness.model.ScriptedModel.call;
import static dev.ratchet.harness.model.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;

class ReplayModelTest {
    static final String RIGHT = "def clamp(x, low, high):\\n    return max(low, min(x, high))\\n";
    static final String WRONG = "def clamp(x, low, high):\\n    return x\\n";

    /**
     * After the tests (the result channel's header must come first), what a test runner prints that changes every run: an ISO timestamp, a clock time,
     * a pid, a temp directory, whole milliseconds (JUnit's {@code after 13 ms}), seconds, a 32-hex-digit nonce
     * (not behind {@code RATCHET-TESTS}, which would be a forged result-channel header).
     */
    static final String NOISE = "echo \"started $(date -u +%Y-%m-%dT%H:%M:%S.%NZ) at $(date +%H:%M:%S) pid $$ in $(mktemp -d)\";"
            + " echo \"Tests run: 1, Failures: 0, after $(date +%N | cut -c1-3) ms, in $(date +%N | cut -c1-2).$(date +%N | cut -c1-3)s\";"
            + " echo \"run token $(od -An -N16 -tx1 /dev/urandom | tr -d ' \\n')\"";

    Task task = Fixtures.calc();

    SampleResult run(Model model, Toolbox tools, Fixtures.MemorySink sink) {
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(2, RetryPolicy.REPAIR, 10), Fixtures.localSandboxes(),
                tools, new VisibleTestsVerifier(), Clock.systemUTC());
        return loop.run(task, 0, model, sink);
    }

    /** A two-round recording: wrong, tests run, repaired. */
    List<TraceEvent> record() {
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        ScriptedModel script = new ScriptedModel(List.of(text("plan"),
                call("edit_file", "{\"command\":\"create\",\"path\":\"calc.py\",\"file_text\":\"" + WRONG + "\"}"),
                call("run_tests", "{}"), call("submit", "{}"), text("plan again"),
                call("edit_file", "{\"command\":\"create\",\"path\":\"calc.py\",\"file_text\":\"" + RIGHT + "\"}"),
                call("submit", "{}")));
        SampleResult r = run(script, Toolbox.standard(), sink);
        assertThat(r.outcome()).as(() -> "the recording: " + sink.of(TraceEvent.GradeResult.class)).isEqualTo(Outcome.PASSED);
        return sink.events();
    }

    @Test
    void replaysTheRecordedRepliesWithTheirUsage() {
        List<TraceEvent> recorded = record();
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        SampleResult r = run(new ReplayModel("calc#0", ReplayModel.exchanges(recorded)), Toolbox.standard(), sink);
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(r.rounds()).hasSize(2);
        assertThat(sink.of(TraceEvent.ModelReply.class)).extracting(TraceEvent.ModelReply::text)
                .isEqualTo(recorded.stream().filter(e -> e instanceof TraceEvent.ModelReply)
                        .map(e -> ((TraceEvent.ModelReply) e).text()).toList());
    }

    @Test
    void differentToolsOfferedIsADivergence() {
        Toolbox fewer = new Toolbox(List.of(new EditFileTool(), new SubmitTool()));
        SampleResult r = run(new ReplayModel("calc#0", ReplayModel.exchanges(record())), fewer, new Fixtures.MemorySink());
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).contains("replay diverged: request 2 offers tools [edit_file, submit]");
    }

    @Test
    void aDifferentMessageIsADivergence() {
        List<TraceEvent> events = new ArrayList<>(record());
        // pretend the recorded tool result of edit_file said something else
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof TraceEvent.ModelRequest req && req.messages().stream().anyMatch(m -> m.role().equals("tool"))) {
                List<TraceEvent.Message> msgs = req.messages().stream().map(m -> m.role().equals("tool")
                        ? new TraceEvent.Message("tool", "something else", m.toolCalls(), m.toolCallId()) : m).toList();
                events.set(i, new TraceEvent.ModelRequest(req.ts(), req.round(), msgs, req.tools()));
                break;
            }
        }
        SampleResult r = run(new ReplayModel("calc#0", ReplayModel.exchanges(events)), Toolbox.standard(), new Fixtures.MemorySink());
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).contains("replay diverged: request 3 (round 1) message 1: tool line 1: recorded 'something else', now '");
    }

    @Test
    void runningPastTheRecordingIsADivergence() {
        List<TraceEvent> events = record();
        List<ReplayModel.Exchange> first = ReplayModel.exchanges(events).subList(0, 2);
        SampleResult r = run(new ReplayModel("calc#0", first), Toolbox.standard(), new Fixtures.MemorySink());
        assertThat(r.reason()).contains("replay diverged: request 3 was never made in the recorded run of calc#0");
    }

    Task noisy() {
        Task t = Fixtures.calc();
        List<String> command = new ArrayList<>(List.of("sh", "-c", "\"$@\"; rc=$?; " + NOISE + "; exit $rc", "sh"));
        command.addAll(t.testCommand());
        return new Task(t.id(), t.language(), t.instructions(), t.workspace(), t.visibleTests(), t.hiddenTests(),
                t.reference(), command, t.timeout(), t.image());
    }

    static String toolOutput(List<TraceEvent> events, String startsWith) {
        return events.stream().filter(e -> e instanceof TraceEvent.ModelRequest).map(e -> (TraceEvent.ModelRequest) e)
                .flatMap(req -> req.messages().stream()).filter(m -> m.role().equals("tool") && m.text().contains(startsWith))
                .map(TraceEvent.Message::text).findFirst().orElseThrow();
    }

    @Test
    void whatChangesEveryRunIsNotADivergence() {
        task = noisy();
        List<TraceEvent> recorded = record();
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        SampleResult r = run(new ReplayModel("calc#0", ReplayModel.exchanges(recorded)), Toolbox.standard(), sink);
        assertThat(r.reason()).isNull();
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        // the noise was there, and differed
        assertThat(toolOutput(sink.events(), "run token")).isNotEqualTo(toolOutput(recorded, "run token"));
    }

    @Test
    void theNormalFormKeepsWhatTheNextStepCanDependOn() {
        assertThat(ToolOutputNormal.line("3 passed, 1 failed in 0.12s")).isEqualTo(ToolOutputNormal.line("3 passed, 1 failed in 1.5 s"));
        assertThat(ToolOutputNormal.line("testA() timed out after 13 ms")).isEqualTo(ToolOutputNormal.line("testA() timed out after 10 ms"));
        assertThat(ToolOutputNormal.line("at 2026-12-01T11:09:21.5Z in /var/tmp/ratchet-4242-abc/work/Calc.java"))
                .isEqualTo(ToolOutputNormal.line("at 2026-12-02T08:00:00Z in /var/tmp/ratchet-7-xyz/work/Calc.java"));
        assertThat(ToolOutputNormal.line("pid 4242 Object@1b6d3586 RATCHET-TESTS 0123456789abcdef0123456789abcdef"))
                .isEqualTo(ToolOutputNormal.line("PID: 77 Object@4554617c RATCHET-TESTS fedcba98765432100123456789abcdef"));
        // counts, values and file names stay
        assertThat(ToolOutputNormal.line("3 passed")).isNotEqualTo(ToolOutputNormal.line("2 passed"));
        assertThat(ToolOutputNormal.line("expected: <12> but was: <13>")).isNotEqualTo(ToolOutputNormal.line("expected: <12> but was: <12>"));
        assertThat(ToolOutputNormal.line("/tmp/x/Calc.java:12")).isNotEqualTo(ToolOutputNormal.line("/tmp/x/Calc.java:13"));
        assertThat(ToolOutputNormal.line("/tmp/x/Calc.java")).isNotEqualTo(ToolOutputNormal.line("/tmp/x/Main.java"));
    }

    @Test
    void aDivergenceShowsTheFirstDifferingLineOfBoth() {
        task = noisy();
        List<TraceEvent> events = new ArrayList<>(record());
        // the recorded test run's second line said a test failed; now it does not
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof TraceEvent.ModelRequest req && req.messages().stream()
                    .anyMatch(m -> m.role().equals("tool") && m.text().contains("Tests run: 1, Failures: 0"))) {
                List<TraceEvent.Message> msgs = req.messages().stream().map(m -> m.role().equals("tool")
                        ? new TraceEvent.Message("tool", m.text().replace("Tests run: 1, Failures: 0", "Tests run: 1, Failures: 1"),
                        m.toolCalls(), m.toolCallId()) : m).toList();
                events.set(i, new TraceEvent.ModelRequest(req.ts(), req.round(), msgs, req.tools()));
                break;
            }
        }
        SampleResult r = run(new ReplayModel("calc#0", ReplayModel.exchanges(events)), Toolbox.standard(), new Fixtures.MemorySink());
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).containsPattern("message 1: tool line \\d+: recorded '[^']*Tests run: 1, Failures: 1, after <dur>[^']*', "
                + "now '[^']*Tests run: 1, Failures: 0, after <dur>[^']*'");
    }

    @Test
    void modelTimeIsTheReplaysOwnAndTheRecordedLatencyIsKeptApart() {
        List<TraceEvent> events = record().stream().map(e -> e instanceof TraceEvent.ModelReply m
                ? new TraceEvent.ModelReply(m.ts(), m.round(), m.text(), m.toolCalls(), m.tokensIn(), m.tokensOut(), 60_000, m.costUsd())
                : e).toList();
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        SampleResult r = run(new ReplayModel("calc#0", ReplayModel.exchanges(events)), Toolbox.standard(), sink);
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        SampleResult.Usage u = r.usage();
        assertThat(u.modelMs()).isLessThan(60_000);
        assertThat(u.wallMs() - u.modelMs() - u.testMs()).as("harness overhead").isGreaterThanOrEqualTo(0);
        assertThat(sink.of(TraceEvent.ModelReply.class)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.recordedLatencyMs()).isEqualTo(60_000L));
    }
}
