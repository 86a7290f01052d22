package dev.ratchet.harness.model.sim;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.Fixtures.MemorySink;
import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.tasks.grading.Grader;
import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.VisibleTestsVerifier;
import dev.ratchet.harness.retrieval.MiniLmEmbedder;
import dev.ratchet.harness.retrieval.RetrievalWorkspaces;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.BuiltinSuite;
import dev.ratchet.tasks.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedExploreTest {
    @TempDir
    Path cache;

    final SandboxFactory sandboxes = Fixtures.localSandboxes();
    final Task task = BuiltinSuite.load().task("needle-permalink-slug").orElseThrow();

    List<String> toolCalls(Toolbox tools, MemorySink sink) {
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(1, RetryPolicy.NONE, 10), sandboxes, tools,
                new VisibleTestsVerifier(), Clock.systemUTC());
        SampleResult r = loop.run(task, 0, new SimulatedModel(SimSpec.parse("p=1,explore=1"), task, 0,
                new GradingMutantOracle(new Grader(sandboxes), null)), sink);
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        return sink.of(TraceEvent.ToolCall.class).stream().map(TraceEvent.ToolCall::name).toList();
    }

    @Test
    void withRetrievalToolsItSearchesAndReadsTheTargetBeforeViewingAndEditing() {
        MemorySink sink = new MemorySink();
        List<String> calls = toolCalls(Toolbox.retrieval(new RetrievalWorkspaces(new MiniLmEmbedder(), cache,
                Clock.systemUTC())), sink);
        assertThat(calls).containsExactly("search_code", "read_chunk", "view_file", "edit_file", "run_tests", "submit");
        TraceEvent.ToolCall search = sink.of(TraceEvent.ToolCall.class).getFirst();
        assertThat(search.arguments().get("query").asText()).isEqualTo("make_permalink");
        TraceEvent.ToolCall read = sink.of(TraceEvent.ToolCall.class).get(1);
        assertThat(read.arguments().get("path").asText()).isEqualTo("shipyard/text/slugs.py");
        assertThat(sink.of(TraceEvent.Retrieval.class)).hasSize(2);
    }

    @Test
    void withoutRetrievalToolsExploreChangesNothing() {
        assertThat(toolCalls(Toolbox.standard(), new MemorySink()))
                .containsExactly("view_file", "edit_file", "run_tests", "submit");
    }

    @Test
    void exploreIsParsedAndPrinted() {
        assertThat(SimSpec.parse("p=0.5,explore=1").explore()).isTrue();
        assertThat(SimSpec.parse("p=0.5").explore()).isFalse();
        assertThat(SimSpec.parse("explore=1").toString()).endsWith(",explore=1");
        assertThat(SimSpec.parse(SimSpec.parse("explore=1").toString().substring(4))).isEqualTo(SimSpec.parse("explore=1"));
        assertThatThrownBy(() -> SimSpec.parse("explore=2")).hasMessageContaining("explore must be 0 or 1");
    }
}
