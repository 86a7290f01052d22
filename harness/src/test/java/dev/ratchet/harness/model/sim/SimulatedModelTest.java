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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            public String kind() { return sandboxes.kind(); }
        };
        assertThat(new GradingMutantOracle(new Grader(broken), cache).killedByHiddenTests(task, wrong)).isTrue();
    }

    static final dev.ratchet.tasks.grading.Candidate WRONG = dev.ratchet.tasks.grading.Candidate.ofText(java.util.Map.of(
            "calc.py", "def clamp(x, low, high):\n    return x\n"), java.util.Set.of());

    /** The local sandboxes under another name, counting the sandboxes made. */
    static final class Counting implements SandboxFactory {
        final SandboxFactory inner;
        final String kind;
        final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();

        Counting(SandboxFactory inner, String kind) {
            this.inner = inner;
            this.kind = kind;
        }

        public dev.ratchet.sandbox.Sandbox create(dev.ratchet.sandbox.SandboxSpec spec) {
            created.incrementAndGet();
            return inner.create(spec);
        }

        public String kind() { return kind; }
    }

    Task withImageAndCommand(String image, List<String> command) {
        return new Task(task.id(), task.language(), task.instructions(), task.workspace(), task.visibleTests(),
                task.hiddenTests(), task.reference(), command, task.timeout(), image);
    }

    @Test
    void aVerdictCachedForOneSandboxIsNotTakenForAnother(@TempDir Path cache) throws Exception {
        assertThat(new GradingMutantOracle(new Grader(sandboxes), cache).killedByHiddenTests(task, WRONG)).isTrue();
        var otherKind = new Counting(sandboxes, "docker");
        assertThat(new GradingMutantOracle(new Grader(otherKind), cache).killedByHiddenTests(task, WRONG)).isTrue();
        assertThat(otherKind.created).as("graded again in another kind of sandbox").hasPositiveValue();

        var sameKind = new Counting(sandboxes, sandboxes.kind());
        Task otherImage = withImageAndCommand("ratchet/python:3.11", task.testCommand());
        assertThat(new GradingMutantOracle(new Grader(sameKind), cache).killedByHiddenTests(otherImage, WRONG)).isTrue();
        assertThat(sameKind.created).as("graded again for another image").hasPositiveValue();
        int before = sameKind.created.get();
        assertThat(new GradingMutantOracle(new Grader(sameKind), cache).killedByHiddenTests(task, WRONG)).isTrue();
        assertThat(sameKind.created).as("same sandbox and image: from the cache").hasValue(before);
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).hasSize(3);
        }
    }

    @Test
    void aFailedCheckIsNotCachedAsKilled(@TempDir Path cache) throws Exception {
        Task broken = withImageAndCommand(task.image(), List.of("no-such-test-runner-xyz"));
        var oracle = new GradingMutantOracle(new Grader(sandboxes), cache);
        for (int attempt = 0; attempt < 2; attempt++) { // not remembered in memory either: each asks again
            assertThatThrownBy(() -> oracle.killedByHiddenTests(broken, WRONG))
                    .isInstanceOf(dev.ratchet.sandbox.SandboxException.class).hasMessageContaining("could not be started");
        }
        var hangs = dev.ratchet.tasks.grading.Candidate.ofText(java.util.Map.of("calc.py",
                "import time\ntime.sleep(600)\n"), java.util.Set.of());
        assertThat(oracle.killedByHiddenTests(task, hangs)).as("a mutant that hangs is not used").isFalse();
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).as("neither the fault nor the timeout is on disk").isEmpty();
        }
    }

    @Test
    void aMutantCacheThatCannotBeWrittenIsWorkedAroundWithOneWarning(@TempDir Path tmp) throws Exception {
        Path notADir = Files.writeString(tmp.resolve("mutants"), "a file"); // unwritable even for root
        var oracle = new GradingMutantOracle(new Grader(sandboxes), notADir);
        var alsoWrong = dev.ratchet.tasks.grading.Candidate.ofText(java.util.Map.of("calc.py",
                "def clamp(x, low, high):\n    return low\n"), java.util.Set.of());
        boolean[] killed = new boolean[2];
        String err = Fixtures.stderrOf(() -> {
            killed[0] = oracle.killedByHiddenTests(task, WRONG);
            killed[1] = oracle.killedByHiddenTests(task, alsoWrong);
        });
        assertThat(killed).containsExactly(true, true);
        assertThat(err.strip().lines()).singleElement().asString()
                .startsWith("ratchet: warning: cannot write the mutant cache in " + notADir);
    }

    @Test
    void mutantChecksAreTestTimeNotModelTime() {
        // The oracle's sandboxes take 400 ms to start: a cold check (reference timing + one mutant) costs ≥ 800 ms.
        SandboxFactory slow = new SandboxFactory() {
            public dev.ratchet.sandbox.Sandbox create(dev.ratchet.sandbox.SandboxSpec spec) {
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return sandboxes.create(spec);
            }
            public String kind() { return sandboxes.kind(); }
        };
        var coldOracle = new GradingMutantOracle(new Grader(slow), null);
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(1, RetryPolicy.NONE, 10), sandboxes, Toolbox.standard(),
                new VisibleTestsVerifier(), Clock.systemUTC());
        SampleResult r = loop.run(task, 0, new SimulatedModel(SimSpec.parse("p=0"), task, 0, coldOracle), TraceSink.DISCARD);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        SampleResult.Usage u = r.usage();
        assertThat(u.modelMs()).as("model time without the checks").isLessThan(400);
        assertThat(u.testMs()).as("the checks are test time").isGreaterThanOrEqualTo(800);
        assertThat(u.wallMs() - u.modelMs() - u.testMs()).as("harness overhead").isGreaterThanOrEqualTo(0);
    }
}
