package dev.ratchet.harness.loop;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.Fixtures.MemorySink;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.RetryingModel;
import dev.ratchet.harness.model.ScriptedModel;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.tasks.grading.Verdict;
import dev.ratchet.tasks.Task;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.ratchet.harness.model.ScriptedModel.call;
import static dev.ratchet.harness.model.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;

class AgentLoopTest {
    static final String RIGHT = "def clamp(x, low, high):\\n    return max(low, min(x, high))\\n";
    /** Passes the visible tests (inside, below) but not the hidden ones (above the range). */
    static final String WRONG = "def clamp(x, low, high):\\n    return max(low, x)\\n";

    final Task task = Fixtures.calc();
    final MemorySink sink = new MemorySink();

    SampleResult run(Model model, RetryPolicy policy, int rounds, int stepCap) {
        return run(task, new VisibleTestsVerifier(), model, policy, rounds, stepCap);
    }

    SampleResult run(Task task, Verifier verifier, Model model, RetryPolicy policy, int rounds, int stepCap) {
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(rounds, policy, stepCap), Fixtures.localSandboxes(),
                Toolbox.standard(), verifier, Clock.systemUTC());
        return loop.run(task, 0, model, sink);
    }

    /** The calc task with another test command. */
    Task withTestCommand(String... argv) {
        return new Task(task.id(), task.language(), task.instructions(), task.workspace(), task.visibleTests(),
                task.hiddenTests(), task.reference(), List.of(argv), task.timeout(), task.image());
    }

    static ScriptedModel.Step create(String content) {
        return call("edit_file", "{\"command\":\"create\",\"path\":\"calc.py\",\"file_text\":\"" + content + "\"}");
    }

    @Test
    void rightFirstTime() {
        ScriptedModel model = new ScriptedModel(List.of(text("plan: write clamp"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.REPAIR, 3, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, true));
        assertThat(r.submittedRound()).isEqualTo(1);
        assertThat(sink.of(TraceEvent.Plan.class)).extracting(TraceEvent.Plan::text).containsExactly("plan: write clamp");
        assertThat(sink.of(TraceEvent.RoundFinished.class)).extracting(TraceEvent.RoundFinished::stop).containsExactly("submit");
        assertThat(sink.events().getLast()).isInstanceOf(TraceEvent.TaskFinished.class);
    }

    @Test
    void wrongThenRepairedSeesTheFailingOutput() {
        String failing = "def clamp(x, low, high):\\n    return x\\n";
        ScriptedModel model = new ScriptedModel(List.of(
                text("plan"), create(failing), call("submit", "{}"),
                text("plan again"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.REPAIR, 3, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, false), new RoundResult(2, true, true));
        // round 2 is the same conversation, with the failing visible test output appended
        List<String> round2 = model.seen().get(3);
        assertThat(String.join("\n", round2)).contains("failed the visible tests").contains("test_below");
        assertThat(sink.of(TraceEvent.RoundStarted.class)).extracting(TraceEvent.RoundStarted::fresh).containsExactly(true, false);
        // the same call twice in one conversation still pairs with its own result
        assertThat(sink.of(TraceEvent.ToolCall.class)).extracting(TraceEvent.ToolCall::id).doesNotHaveDuplicates();
    }

    @Test
    void resampleStartsFreshAndResetsTheSandbox() {
        String failing = "def clamp(x, low, high):\\n    return x\\n";
        ScriptedModel model = new ScriptedModel(List.of(
                text("plan"), create(failing), call("submit", "{}"),
                text("plan"), call("view_file", "{\"path\":\"calc.py\"}"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.RESAMPLE, 3, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(model.seen().get(3)).hasSize(3); // system, task, plan request: nothing of round 1
        TraceEvent.ToolResult view = sink.of(TraceEvent.ToolResult.class).stream()
                .filter(t -> t.name().equals("view_file")).findFirst().orElseThrow();
        assertThat(view.output()).contains("NotImplementedError"); // pristine again
        assertThat(sink.of(TraceEvent.SandboxAction.class)).extracting(TraceEvent.SandboxAction::action).contains("reset");
    }

    @Test
    void policyNoneStopsAfterOneRoundEvenWhenRejected() {
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.NONE, 3, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.rounds()).hasSize(1);
    }

    @Test
    void malformedToolArgumentsComeBackAsToolErrorsAndTheLoopGoesOn() {
        ScriptedModel model = new ScriptedModel(List.of(text("plan"),
                call("edit_file", "{not json"),
                call("edit_file", "{\"command\":\"create\"}"),
                call("no_such_tool", "{}"),
                call("view_file", "{\"path\":\"../../etc/passwd\"}"),
                create(RIGHT), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.REPAIR, 1, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        List<TraceEvent.ToolResult> results = sink.of(TraceEvent.ToolResult.class);
        assertThat(results).extracting(TraceEvent.ToolResult::error).containsExactly(true, true, true, true, false, false);
        assertThat(results.get(0).output()).contains("not valid JSON");
        assertThat(results.get(1).output()).contains("missing required argument 'path'");
        assertThat(results.get(2).output()).contains("unknown tool 'no_such_tool'");
        assertThat(results.get(3).output()).contains("escapes the workspace");
    }

    @Test
    void stepCapEndsExecution() {
        List<ScriptedModel.Step> steps = new ArrayList<>(List.of(text("plan")));
        for (int i = 0; i < 3; i++) steps.add(call("list_files", "{}"));
        SampleResult r = run(new ScriptedModel(steps), RetryPolicy.NONE, 1, 3);
        assertThat(sink.of(TraceEvent.RoundFinished.class)).extracting(TraceEvent.RoundFinished::stop).containsExactly("step_cap");
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void noToolCallEndsExecution() {
        SampleResult r = run(new ScriptedModel(List.of(text("plan"), text("I am done."))), RetryPolicy.NONE, 1, 5);
        assertThat(sink.of(TraceEvent.RoundFinished.class)).extracting(TraceEvent.RoundFinished::stop).containsExactly("no_tool_call");
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void transientModelFaultIsRetried() {
        List<String> retries = new ArrayList<>();
        ScriptedModel script = new ScriptedModel(List.of(text("plan"),
                ScriptedModel.fail(ModelException.transientFault("429 rate limited")),
                ScriptedModel.fail(ModelException.transientFault("timeout")),
                create(RIGHT), call("submit", "{}")));
        Model model = new RetryingModel(script, new RetryingModel.Backoff(5, Duration.ofMillis(1), Duration.ofMillis(2)),
                d -> { }, retries::add);
        SampleResult r = run(model, RetryPolicy.NONE, 1, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(retries).hasSize(2).first().asString().contains("429");
    }

    @Test
    void fatalModelFaultEndsTheSampleAsErrorNotFailed() {
        ScriptedModel script = new ScriptedModel(List.of(text("plan"), ScriptedModel.fail(ModelException.fatal("401 invalid key"))));
        SampleResult r = run(script, RetryPolicy.REPAIR, 3, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).contains("401 invalid key");
        assertThat(sink.of(TraceEvent.Error.class)).extracting(TraceEvent.Error::tier).containsExactly("fatal");
    }

    @Test
    void transientFaultsBeyondTheRetryLimitEndAsError() {
        ScriptedModel script = new ScriptedModel(List.of(text("plan"),
                ScriptedModel.fail(ModelException.transientFault("503")), ScriptedModel.fail(ModelException.transientFault("503"))));
        Model model = new RetryingModel(script, new RetryingModel.Backoff(2, Duration.ofMillis(1), Duration.ofMillis(1)), d -> { }, m -> { });
        assertThat(run(model, RetryPolicy.NONE, 1, 10).outcome()).isEqualTo(Outcome.ERROR);
    }

    @Test
    void editingTestFilesNeverChangesTheGrade() {
        String passAll = "import unittest\\nclass T(unittest.TestCase):\\n    def test_ok(self):\\n        pass\\n";
        ScriptedModel model = new ScriptedModel(List.of(text("plan"),
                create(WRONG),
                call("edit_file", "{\"command\":\"create\",\"path\":\"test_calc.py\",\"file_text\":\"" + passAll + "\"}"),
                call("edit_file", "{\"command\":\"create\",\"path\":\"test_calc_hidden.py\",\"file_text\":\"" + passAll + "\"}"),
                call("run_tests", "{}"),
                call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.NONE, 1, 10);
        // the weakened tests pass for the agent itself...
        assertThat(sink.of(TraceEvent.ToolResult.class).stream().filter(t -> t.name().equals("run_tests")).findFirst()
                .orElseThrow().output()).startsWith("tests PASSED");
        // ...but the verifier restores the visible tests (WRONG passes them) and the grader uses its own copies
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, false));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void verifierFalsePositiveIsRecordedAndSubmitted() {
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), create(WRONG), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.REPAIR, 3, 10);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, false));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(sink.of(TraceEvent.GradeResult.class)).hasSize(1);
    }

    static final String FAILS_VISIBLE = "def clamp(x, low, high):\\n    return x\\n";

    TraceEvent.VerifyResult onlyVerify() {
        assertThat(sink.of(TraceEvent.VerifyResult.class)).hasSize(1);
        return sink.of(TraceEvent.VerifyResult.class).getFirst();
    }

    @Test
    void verifyTakesTheAgentsOwnRunWhenTheWorkspaceIsUnchangedSince() {
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), create(RIGHT), call("run_tests", "{}"), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.REPAIR, 3, 10);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, true));
        TraceEvent.VerifyResult verify = onlyVerify();
        assertThat(verify.agentRun()).isTrue();
        assertThat(verify.durationMs()).isZero();
        String agentsOutput = sink.of(TraceEvent.ToolResult.class).stream().filter(t -> t.name().equals("run_tests"))
                .findFirst().orElseThrow().output();
        assertThat(agentsOutput).contains(verify.output().strip().lines().findFirst().orElseThrow());
    }

    @Test
    void anEditAfterTheAgentsRunMeansVerifyRunsTheTestsAgain() {
        ScriptedModel model = new ScriptedModel(List.of(text("plan"),
                create(FAILS_VISIBLE), call("run_tests", "{}"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.NONE, 1, 10);
        assertThat(onlyVerify().agentRun()).isFalse();
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, true)); // the stale run failed; the fresh one passes
    }

    @Test
    void anAgentThatEditedAVisibleTestNeverHasItsRunTakenForTheVerdict() {
        String passAll = "import unittest\\nclass T(unittest.TestCase):\\n    def test_ok(self):\\n        pass\\n";
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), create(FAILS_VISIBLE),
                call("edit_file", "{\"command\":\"create\",\"path\":\"test_calc.py\",\"file_text\":\"" + passAll + "\"}"),
                call("run_tests", "{}"), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.NONE, 1, 10);
        assertThat(onlyVerify().agentRun()).isFalse();
        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, false));
    }

    @Test
    void aTestCommandThatCannotStartEndsTheSampleAsErrorNotFailed() {
        Task broken = withTestCommand("no-such-test-runner-xyz", "-q");
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run(broken, new VisibleTestsVerifier(), model, RetryPolicy.REPAIR, 3, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).contains("the test command could not be started (exit 127)").contains("no-such-test-runner-xyz");
        assertThat(sink.of(TraceEvent.Error.class)).extracting(TraceEvent.Error::tier).containsExactly("fatal");
        assertThat(sink.of(TraceEvent.VerifyResult.class)).isEmpty();
    }

    @Test
    void aGraderWhoseTestCommandCannotStartIsAnErrorToo() {
        // The agent's verifier passed (it needs no test command); the hidden grader then cannot start its command.
        Verifier passes = (sandbox, t) -> Verdict.of(new ExecResult(0, "ok", "", false, false, Duration.ZERO));
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run(withTestCommand("./no-such-runner.sh"), passes, model, RetryPolicy.NONE, 1, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).contains("could not be started").contains("no-such-runner.sh");
        assertThat(sink.of(TraceEvent.GradeResult.class)).isEmpty();
    }

    @Test
    void aCandidateWhoseOwnCodeExits127IsFailedNotError() {
        // The test command started; what the code under test does with its exit code is the candidate's result.
        String exits127 = "import os\\nos._exit(127)\\n";
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), create(exits127), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.NONE, 1, 10);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(sink.of(TraceEvent.GradeResult.class)).singleElement()
                .satisfies(g -> assertThat(g.exitCode()).isEqualTo(127));
    }
}
