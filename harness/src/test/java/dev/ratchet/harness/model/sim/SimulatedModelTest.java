package dev.ratchet.harness.model.sim;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.tasks.grading.Grader;
import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.VisibleTestsVerifier;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.results.TraceSink;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedModelTest {
    final Task task = Fixtures.calc();
    final SandboxFactory sandboxes = Fixtures.localSandboxes();
    final MutantOracle oracle = new GradingMutantOracle(new Grader(sandboxes), null);

    SampleResult run(String spec, RetryPolicy policy, int rounds, int sample, TraceSink sink) {
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(rounds, policy, 10), sandboxes, Toolbox.standard(),
                new VisibleTestsVerifier(), Clock.systemUTC());
        return loop.run(task, sample, new SimulatedModel(SimSpec.parse(spec), task, sample, oracle), sink);
    }

    @Test
    void alwaysRightAtPOne() {
        IntStream.range(0, 3).forEach(s ->
                assertThat(run("p=1", RetryPolicy.NONE, 1, s, TraceSink.DISCARD).outcome()).isEqualTo(Outcome.PASSED));
    }

    @Test
    void alwaysWrongAtPZeroAndDrivesTheRealTools() {
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        SampleResult r = run("p=0", RetryPolicy.NONE, 1, 0, sink);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(sink.of(TraceEvent.ToolCall.class)).extracting(TraceEvent.ToolCall::name)
                .containsExactly("view_file", "edit_file", "run_tests", "submit");
        assertThat(sink.of(TraceEvent.ToolResult.class)).noneMatch(TraceEvent.ToolResult::error);
        IntStream.range(1, 6).forEach(s ->
                assertThat(run("p=0", RetryPolicy.NONE, 1, s, TraceSink.DISCARD).outcome()).isEqualTo(Outcome.FAILED));
    }

    @Test
    void repairWritesTheReferenceAfterFailedVisibleTests() {
        // p=0: round 1 is a mutant; with repair=1 the next round in the same conversation is right,
        // unless the round-1 mutant already fooled the visible tests (then the loop stops there).
        for (int s = 0; s < 6; s++) {
            SampleResult r = run("p=0,repair=1", RetryPolicy.REPAIR, 3, s, TraceSink.DISCARD);
            RoundResult first = r.rounds().getFirst();
            assertThat(first.hiddenPassed()).isFalse();
            if (first.visiblePassed()) {
                assertThat(r.rounds()).hasSize(1);
            } else {
                assertThat(r.rounds()).hasSize(2);
                assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
            }
        }
    }

    @Test
    void resampleIgnoresTheRepairProbability() {
        for (int s = 0; s < 4; s++) {
            SampleResult r = run("p=0,repair=1", RetryPolicy.RESAMPLE, 3, s, TraceSink.DISCARD);
            assertThat(r.rounds()).allMatch(round -> !round.hiddenPassed());
        }
    }

    @Test
    void sameSeedSameBehaviour() {
        List<SampleResult> a = IntStream.range(0, 4).mapToObj(s -> run("p=0.5,seed=9", RetryPolicy.REPAIR, 3, s, TraceSink.DISCARD)).toList();
        List<SampleResult> b = IntStream.range(0, 4).mapToObj(s -> run("p=0.5,seed=9", RetryPolicy.REPAIR, 3, s, TraceSink.DISCARD)).toList();
        assertThat(b).extracting(SampleResult::rounds).isEqualTo(a.stream().map(SampleResult::rounds).toList());
    }

    @Test
    void oracleCachesVerdictsOnDisk(@TempDir Path cache) throws Exception {
        GradingMutantOracle first = new GradingMutantOracle(new Grader(sandboxes), cache);
        var wrong = dev.ratchet.tasks.grading.Candidate.ofText(java.util.Map.of("calc.py",
                "def clamp(x, low, high):\n    return x\n"), java.util.Set.of());
        assertThat(first.killedByHiddenTests(task, wrong)).isTrue();
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).hasSize(1);
        }
        // a second oracle with a grader that can't run anything still answers from the cache
        SandboxFactory broken = new SandboxFactory() {
            public dev.ratchet.sandbox.Sandbox create(dev.ratchet.sandbox.SandboxSpec spec) {
                throw new AssertionError("should not grade again");
            }
            public String kind() { return "broken"; }
        };
        assertThat(new GradingMutantOracle(new Grader(broken), cache).killedByHiddenTests(task, wrong)).isTrue();
    }
}
