package dev.ratchet.harness.loop;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.Fixtures.MemorySink;
import dev.ratchet.harness.model.ScriptedModel;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Grader;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static dev.ratchet.harness.loop.AgentLoopTest.RIGHT;
import static dev.ratchet.harness.loop.AgentLoopTest.WRONG;
import static dev.ratchet.harness.loop.AgentLoopTest.create;
import static dev.ratchet.harness.model.ScriptedModel.call;
import static dev.ratchet.harness.model.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each {@code --verifier} through the real loop: a scripted model in the local sandbox on the calc task, whose
 * {@code WRONG} candidate passes the visible tests but not the hidden ones. The verdict lands in the round's
 * "verifier accepted" bit, which the report scores against the hidden grade.
 */
class VerifiersLoopTest {
    final Task task = Fixtures.calc();
    final MemorySink sink = new MemorySink();
    final SandboxFactory sandboxes = Fixtures.localSandboxes();
    final Grader grader = new Grader(sandboxes);

    SampleResult run(String spec, ScriptedModel model, RetryPolicy policy, int rounds) {
        Verifier verifier = Verifiers.parse(spec, grader, ExpectedTests.UNKNOWN);
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(rounds, policy, 10), sandboxes, Toolbox.standard(),
                verifier, grader, Clock.systemUTC());
        return loop.run(task, 0, model, sink);
    }

    static ScriptedModel wrongThenRight() {
        return new ScriptedModel(List.of(text("plan"), create(WRONG), call("submit", "{}"),
                text("plan again"), create(RIGHT), call("submit", "{}")));
    }

    @Test
    void visibleAcceptsWhatOnlyTheVisibleTestsCheck() {
        SampleResult r = run("visible", wrongThenRight(), RetryPolicy.REPAIR, 3);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, false)); // a false accept
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void oracleRejectsTheWrongCandidateWithoutShowingTheHiddenTests() {
        ScriptedModel model = wrongThenRight();
        SampleResult r = run("oracle", model, RetryPolicy.REPAIR, 3);

        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, false), new RoundResult(2, true, true));
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        List<TraceEvent.VerifyResult> verdicts = sink.of(TraceEvent.VerifyResult.class);
        assertThat(verdicts).extracting(TraceEvent.VerifyResult::output).containsExactly(
                "oracle: the hidden tests failed (their output is not shown)",
                "oracle: the hidden tests passed (their output is not shown)");
        assertThat(verdicts).allSatisfy(v -> assertThat(v.durationMs()).as("the oracle's grading is test time").isPositive());
        // The repair turn learns only that the round was wrong: nothing of the hidden test file reaches the model.
        String repair = String.join("\n", model.seen().get(3));
        assertThat(repair).contains("the hidden tests failed").doesNotContain("test_above", "ClampHiddenTest", "11, 0, 10");
        assertThat(r.usage().testMs()).isGreaterThanOrEqualTo(verdicts.stream().mapToLong(TraceEvent.VerifyResult::durationMs).sum());
    }

    @Test
    void anOracleWhoseSandboxCannotBeMadeEndsTheSampleAsErrorNotAsARejection() {
        // Fake at the process boundary: the oracle's own grading sandbox cannot be created (a dead Docker daemon).
        SandboxFactory failingOracle = new SandboxFactory() {
            @Override
            public dev.ratchet.sandbox.Sandbox create(dev.ratchet.sandbox.SandboxSpec spec) {
                if (spec.label().contains("/oracle-")) throw new dev.ratchet.sandbox.SandboxException("daemon gone");
                return sandboxes.create(spec);
            }

            @Override
            public String kind() {
                return sandboxes.kind();
            }
        };
        Grader grading = new Grader(failingOracle);
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(3, RetryPolicy.REPAIR, 10), failingOracle, Toolbox.standard(),
                Verifiers.parse("oracle", grading, ExpectedTests.UNKNOWN), grading, Clock.systemUTC());
        SampleResult r = loop.run(task, 0, wrongThenRight(), sink);
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).contains("oracle verifier: daemon gone");
    }

    @Test
    void noneAcceptsEverySubmittedChangeSoRoundsDoNotHelp() {
        SampleResult r = run("none", wrongThenRight(), RetryPolicy.REPAIR, 3);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, false));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(sink.of(TraceEvent.VerifyResult.class)).singleElement()
                .satisfies(v -> assertThat(v.durationMs()).isZero()); // it runs nothing
    }

    @Test
    void noneRetriesARoundThatDidNotSubmitAChange() {
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), text("I am done."),
                text("plan"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run("none", model, RetryPolicy.REPAIR, 3);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, false), new RoundResult(2, true, true));
        assertThat(String.join("\n", model.seen().get(2))).contains("ended without submit (no_tool_call)");
    }

    @Test
    void noisyAtTheExtremesFlipsEveryVerdictOfItsVerifier() {
        // tpr=0: what the oracle accepts is rejected; fpr=1: what it rejects is accepted.
        SampleResult right = run("noisy:tpr=0,fpr=1,seed=1",
                new ScriptedModel(List.of(text("plan"), create(RIGHT), call("submit", "{}"))), RetryPolicy.NONE, 1);
        assertThat(right.rounds()).containsExactly(new RoundResult(1, false, true));
        assertThat(sink.of(TraceEvent.VerifyResult.class).getLast().reason()).contains("oracle accepted, flipped to reject");

        SampleResult wrong = run("noisy:tpr=0,fpr=1,seed=1",
                new ScriptedModel(List.of(text("plan"), create(WRONG), call("submit", "{}"))), RetryPolicy.REPAIR, 3);
        assertThat(wrong.rounds()).containsExactly(new RoundResult(1, true, false));

        // Over the visible tests, which accept WRONG: tpr=0 rejects it, so the round is retried.
        SampleResult overVisible = run("noisy:tpr=0,fpr=0,seed=1,of=visible", wrongThenRight(), RetryPolicy.REPAIR, 2);
        assertThat(overVisible.rounds()).containsExactly(new RoundResult(1, false, false), new RoundResult(2, false, true));
    }
}
