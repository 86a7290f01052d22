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

    SampleResult run(Model model, Toolbox tools, Fixtures.MemorySink sink) {
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(2, RetryPolicy.REPAIR, 10), Fixtures.localSandboxes(),
                tools, new VisibleTestsVerifier(), Clock.systemUTC());
        return loop.run(Fixtures.calc(), 0, model, sink);
    }

    /** A two-round recording: wrong, tests run, repaired. */
    List<TraceEvent> record() {
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        ScriptedModel script = new ScriptedModel(List.of(text("plan"),
                call("edit_file", "{\"command\":\"create\",\"path\":\"calc.py\",\"file_text\":\"" + WRONG + "\"}"),
                call("run_tests", "{}"), call("submit", "{}"), text("plan again"),
                call("edit_file", "{\"command\":\"create\",\"path\":\"calc.py\",\"file_text\":\"" + RIGHT + "\"}"),
                call("submit", "{}")));
        assertThat(run(script, Toolbox.standard(), sink).outcome()).isEqualTo(Outcome.PASSED);
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
        assertThat(r.reason()).contains("replay diverged: request 3 (round 1) message 1: recorded tool 'something else'");
    }

    @Test
    void runningPastTheRecordingIsADivergence() {
        List<TraceEvent> events = record();
        List<ReplayModel.Exchange> first = ReplayModel.exchanges(events).subList(0, 2);
        SampleResult r = run(new ReplayModel("calc#0", first), Toolbox.standard(), new Fixtures.MemorySink());
        assertThat(r.reason()).contains("replay diverged: request 3 was never made in the recorded run of calc#0");
    }
}
