package dev.ratchet.harness.run;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.tasks.grading.Grader;
import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.VisibleTestsVerifier;
import dev.ratchet.harness.model.Models;
import dev.ratchet.harness.model.RetryingModel;
import dev.ratchet.harness.model.sim.GradingMutantOracle;
import dev.ratchet.harness.model.sim.SimSpec;
import dev.ratchet.harness.model.sim.SimulatedModelFactory;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RunId;
import dev.ratchet.results.RunInfo;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.sandbox.SandboxFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RunnerStopTest {
    @TempDir Path runs;

    @Test
    void stopStartsNothingNewAndRecordsInFlightSamplesAsErrors() throws Exception {
        SandboxFactory sandboxes = Fixtures.localSandboxes();
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(1, RetryPolicy.NONE, 10), sandboxes, Toolbox.standard(),
                new VisibleTestsVerifier(), Clock.systemUTC());
        var models = new SimulatedModelFactory(SimSpec.parse("p=1,latency_ms=300"),
                new GradingMutantOracle(new Grader(sandboxes), null));
        RunStore store = RunStore.create(runs, new RunInfo(RunId.generate(), "2026-01-01T00:00:00Z", Map.of(), "sim",
                "fixture", "h", "test", null));
        Runner runner = new Runner(loop, Clock.systemUTC());
        CountDownLatch firstDone = new CountDownLatch(1);
        Runner.Plan plan = new Runner.Plan(List.of(Fixtures.calc()), 20, Models.of(models), 2, Shard.ALL, Set.of());
        CompletableFuture<List<SampleResult>> running = CompletableFuture.supplyAsync(
                () -> runner.run(store, plan, (r, done, total) -> firstDone.countDown()));
        assertThat(firstDone.await(60, TimeUnit.SECONDS)).isTrue();
        runner.stop();
        assertThat(runner.awaitStopped(Duration.ofSeconds(30))).isTrue();
        List<SampleResult> results = running.get(30, TimeUnit.SECONDS);

        assertThat(results.size()).isLessThan(20);
        assertThat(store.results()).hasSameSizeAs(results); // every started sample was recorded
        assertThat(results).filteredOn(r -> r.outcome() == Outcome.ERROR)
                .allMatch(r -> r.reason().startsWith("interrupted"));
        assertThat(results).filteredOn(r -> r.outcome() == Outcome.PASSED).isNotEmpty();
    }

    @Test
    void aSampleStoppedWhileCandidateCodeRunsIsAnErrorNotTheCandidatesFailure() throws Exception {
        // the test command runs long enough to be stopped in the middle; before, the interrupted run was
        // "candidate broke its sandbox": FAILED and flagged
        var c = Fixtures.calc();
        var slow = new dev.ratchet.tasks.Task(c.id(), c.language(), c.instructions(), c.workspace(), c.visibleTests(),
                c.hiddenTests(), c.reference(), List.of("sh", "-c", "sleep 37"), Duration.ofSeconds(90), c.image(),
                c.editable());
        SandboxFactory sandboxes = Fixtures.localSandboxes();
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(1, RetryPolicy.NONE, 10), sandboxes, Toolbox.standard(),
                new VisibleTestsVerifier(), Clock.systemUTC());
        var models = new SimulatedModelFactory(SimSpec.parse("p=1"), new GradingMutantOracle(new Grader(sandboxes), null));
        RunStore store = RunStore.create(runs, new RunInfo(RunId.generate(), "2026-01-01T00:00:00Z", Map.of(), "sim",
                "fixture", "h", "test", null));
        Runner runner = new Runner(loop, Clock.systemUTC());
        Runner.Plan plan = new Runner.Plan(List.of(slow), 1, Models.of(models), 1, Shard.ALL, Set.of());
        CompletableFuture<List<SampleResult>> running = CompletableFuture.supplyAsync(
                () -> runner.run(store, plan, (r, done, total) -> {}));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("").endsWith("sleep 37"))) {
            assertThat(System.nanoTime()).as("the test command started").isLessThan(deadline);
            Thread.sleep(50);
        }
        runner.stop();
        assertThat(runner.awaitStopped(Duration.ofSeconds(30))).isTrue();
        List<SampleResult> results = running.get(30, TimeUnit.SECONDS);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(r.reason()).startsWith("interrupted");
            assertThat(r.flags()).isEmpty();
        });
    }
}
