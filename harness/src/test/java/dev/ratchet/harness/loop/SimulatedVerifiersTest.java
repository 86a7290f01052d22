package dev.ratchet.harness.loop;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.model.Models;
import dev.ratchet.harness.model.sim.GradingMutantOracle;
import dev.ratchet.harness.model.sim.SimSpec;
import dev.ratchet.harness.model.sim.SimulatedModelFactory;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceSink;
import dev.ratchet.results.VerifierQuality;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.BuiltinSuite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Grader;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static dev.ratchet.harness.loop.NoisyVerifierTest.assertWithin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code judge:sim:…} and {@code self-tests} end to end with the simulated model on a builtin task in the local
 * sandbox: many samples through the real loop, each verdict scored against the hidden grade as the report scores it
 * ({@link VerifierQuality}). The simulated judge's measured TPR and FPR fall within binomial bounds of its
 * parameters; the simulated agent's self-tests reject every wrong answer at tests=1 and are the visible tests at tests=0.
 */
class SimulatedVerifiersTest {
    final Task task = BuiltinSuite.load().task("py-roman-numerals").orElseThrow();
    final SandboxFactory sandboxes = Fixtures.localSandboxes();
    final Grader grader = new Grader(sandboxes);
    final GradingMutantOracle oracle = new GradingMutantOracle(grader, null);

    SimulatedModelFactory sim(String spec) {
        return new SimulatedModelFactory(SimSpec.parse(spec), oracle);
    }

    List<SampleResult> run(String verifierSpec, String agent, int samples) {
        Verifier verifier = Verifiers.parse(verifierSpec, grader, ExpectedTests.UNKNOWN,
                judge -> Models.of(sim(judge.substring("sim:".length()))));
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(1, RetryPolicy.NONE, 10), sandboxes, Toolbox.standard(),
                verifier, grader, Clock.systemUTC());
        SimulatedModelFactory model = sim(agent);
        List<java.util.concurrent.Future<SampleResult>> running = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(3)) { // samples at once, as --parallel runs them
            for (int s = 0; s < samples; s++) {
                int sample = s;
                running.add(pool.submit(() -> loop.run(task, sample, model.create(task, sample), TraceSink.DISCARD)));
            }
        }
        List<SampleResult> out = new ArrayList<>();
        for (var f : running) {
            SampleResult r = f.resultNow();
            assertThat(r.outcome()).as(r.reason()).isNotEqualTo(Outcome.ERROR);
            out.add(r);
        }
        return out;
    }

    static VerifierQuality quality(List<SampleResult> results) {
        return VerifierQuality.of(results.stream().flatMap(r -> r.rounds().stream()).toList());
    }

    @Test
    void theSimulatedJudgesMeasuredRatesAreItsParameters() {
        List<SampleResult> results = run("judge:sim:tpr=0.8,fpr=0.3,seed=9", "p=0.5,seed=2", 200);
        VerifierQuality q = quality(results);
        int right = q.truePositives() + q.falseNegatives();
        int wrong = q.falsePositives() + q.trueNegatives();
        assertThat(right).as("both kinds of candidate, many of each").isGreaterThan(70);
        assertThat(wrong).isGreaterThan(70);
        assertWithin(q.truePositives(), right, 0.8);
        assertWithin(q.falsePositives(), wrong, 0.3);
        // the judge's tokens are in every sample's usage, beyond what the agent alone spends
        List<SampleResult> alone = run("none", "p=0.5,seed=2", 3);
        for (int s = 0; s < 3; s++) {
            assertThat(results.get(s).usage().tokensIn()).isGreaterThan(alone.get(s).usage().tokensIn());
        }
    }

    @Test
    void selfTestsOfTheGradersStrengthRejectEveryWrongAnswerAndOfTheVisibleTestsJudgeAsTheyDo() {
        List<SampleResult> strong = run("self-tests", "p=0.5,seed=4,tests=1", 30);
        VerifierQuality q = quality(strong);
        assertThat(q.falsePositives()).isZero();
        assertThat(q.falseNegatives()).isZero();
        assertThat(q.trueNegatives()).as("wrong answers were written").isPositive();
        assertThat(q.truePositives()).isPositive();

        // tests=0: the visible tests again, so the verdicts are the visible verifier's, sample by sample (the same
        // seed writes the same candidates: its test-writing draws are its own)
        List<RoundResult> weak = run("self-tests", "p=0.5,seed=4,tests=0", 30).stream().flatMap(r -> r.rounds().stream()).toList();
        List<RoundResult> visible = run("visible", "p=0.5,seed=4", 30).stream().flatMap(r -> r.rounds().stream()).toList();
        assertThat(weak).isEqualTo(visible);
        assertThat(VerifierQuality.of(visible).falsePositives()).as("the visible tests let some wrong answers through,"
                + " which tests=1 caught").isPositive();
        assertThat(strong.stream().flatMap(r -> r.rounds().stream()).map(RoundResult::hiddenPassed).toList())
                .as("the same candidates under either verifier").isEqualTo(visible.stream().map(RoundResult::hiddenPassed).toList());
    }
}
