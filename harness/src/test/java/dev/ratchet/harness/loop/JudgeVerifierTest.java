package dev.ratchet.harness.loop;

import dev.langchain4j.data.message.AiMessage;
import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.Fixtures.MemorySink;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.ModelFactory;
import dev.ratchet.harness.model.ModelReply;
import dev.ratchet.harness.model.Models;
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
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static dev.ratchet.harness.loop.AgentLoopTest.RIGHT;
import static dev.ratchet.harness.loop.AgentLoopTest.WRONG;
import static dev.ratchet.harness.loop.AgentLoopTest.create;
import static dev.ratchet.harness.model.ScriptedModel.call;
import static dev.ratchet.harness.model.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --verifier judge:MODEL} through the real loop in the local sandbox on the calc task, with a scripted judge
 * (the model boundary): what the judge is shown, how its answers become verdicts, and that its cost is the sample's.
 */
class JudgeVerifierTest {
    final Task task = Fixtures.calc();
    final MemorySink sink = new MemorySink();
    final SandboxFactory sandboxes = Fixtures.localSandboxes();
    final Grader grader = new Grader(sandboxes);

    /** A judge that answers from a script, each reply 100 tokens in, 7 out and a cent; it notes what it was sent. */
    static final class ScriptedJudge implements Model {
        final Deque<Object> answers;
        final List<String> requests = new ArrayList<>();

        ScriptedJudge(Object... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public synchronized ModelReply chat(dev.ratchet.harness.model.Conversation c, List<dev.langchain4j.agent.tool.ToolSpecification> tools) {
            assertThat(tools).as("a judge is offered no tools").isEmpty();
            requests.add(c.messages().stream().map(Object::toString).reduce("", (a, b) -> a + "\n" + b));
            Object next = answers.poll();
            if (next instanceof ModelException e) throw e;
            return new ModelReply(AiMessage.from((String) next), 100, 7, Duration.ofMillis(5), 0.01);
        }
    }

    SampleResult run(ScriptedJudge judge, ScriptedModel agent, RetryPolicy policy, int rounds) {
        ModelFactory judges = new ModelFactory() {
            @Override
            public Model create(Task t, int sample) {
                return judge;
            }

            @Override
            public String describe() {
                return "scripted";
            }
        };
        Verifier verifier = Verifiers.parse("judge:scripted", grader, ExpectedTests.UNKNOWN, m -> Models.of(judges));
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(rounds, policy, 10), sandboxes, Toolbox.standard(), verifier,
                grader, Clock.systemUTC());
        return loop.run(task, 0, agent, sink);
    }

    static ScriptedModel wrongThenRight() {
        return new ScriptedModel(List.of(text("plan"), create(WRONG), call("submit", "{}"),
                text("plan again"), create(RIGHT), call("submit", "{}")));
    }

    @Test
    void theJudgeSeesTaskDiffAndVisibleOutputAndItsAnswerDecides() {
        ScriptedJudge judge = new ScriptedJudge("VERDICT: REJECT\nREASON: clamp ignores the upper bound",
                "verdict: accept\nreason: both bounds hold");
        ScriptedModel agent = wrongThenRight();
        SampleResult r = run(judge, agent, RetryPolicy.REPAIR, 3);

        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, false), new RoundResult(2, true, true));
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        String first = judge.requests.getFirst();
        assertThat(first).contains(Prompts.JUDGE_SYSTEM, "Implement `clamp(x, low, high)`", "```diff\n--- a/calc.py\n+++ b/calc.py",
                "+    return max(low, x)", "# Visible tests: passed");
        List<TraceEvent.VerifyResult> verdicts = sink.of(TraceEvent.VerifyResult.class);
        assertThat(verdicts.getFirst().reason()).isEqualTo("judge rejected: clamp ignores the upper bound");
        assertThat(verdicts.getFirst().output()).startsWith("judge scripted (100→7 tokens, $0.0100):\nVERDICT: REJECT");
        assertThat(verdicts.get(1).reason()).isEqualTo("judge accepted: both bounds hold");
        assertThat(String.join("\n", agent.seen().get(3))).contains("rejected by a reviewer: judge rejected: clamp ignores the upper bound");
        // the judge's two calls are the sample's: tokens and cost
        assertThat(r.usage().costUsd()).isEqualTo(0.02, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.usage().tokensIn()).isGreaterThanOrEqualTo(200);
        // and not model requests of the agent's conversation (a replay of the agent never meets them)
        assertThat(sink.of(TraceEvent.ModelRequest.class)).hasSize(agent.calls());
    }

    @Test
    void aMalformedAnswerIsAskedAgainOnceThenRejected() {
        ScriptedJudge judge = new ScriptedJudge("Looks fine to me!", "VERDICT: ACCEPT\nREASON: fine");
        SampleResult r = run(judge, new ScriptedModel(List.of(text("plan"), create(RIGHT), call("submit", "{}"))),
                RetryPolicy.NONE, 1);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, true));
        assertThat(judge.requests.get(1)).contains(Prompts.JUDGE_AGAIN);
        assertThat(sink.of(TraceEvent.VerifyResult.class).getFirst().output()).contains("Looks fine to me!", "-- asked again --");

        ScriptedJudge twice = new ScriptedJudge("```\nVERDICT: ACCEPT\nREASON: ok\n```", "I accept.");
        SampleResult rejected = run(twice, new ScriptedModel(List.of(text("plan"), create(RIGHT), call("submit", "{}"))),
                RetryPolicy.NONE, 1);
        assertThat(rejected.rounds()).containsExactly(new RoundResult(1, false, true));
        assertThat(sink.of(TraceEvent.VerifyResult.class).getLast().reason()).startsWith(JudgeVerifier.MALFORMED + ": ```")
                .contains("I accept.");
    }

    @Test
    void aJudgeThatFailsEndsTheSampleAsErrorNotAsTheCandidatesFailure() {
        ScriptedJudge dead = new ScriptedJudge(ModelException.fatal("openai: 401 invalid API key"));
        SampleResult r = run(dead, new ScriptedModel(List.of(text("plan"), create(RIGHT), call("submit", "{}"))),
                RetryPolicy.NONE, 1);
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).isEqualTo("model: openai: 401 invalid API key");
    }

    @Test
    void answersParseOnlyInTheDocumentedFormat() {
        assertThat(JudgeAnswer.parse("VERDICT: ACCEPT\nREASON: right")).contains(new JudgeAnswer(true, "right"));
        assertThat(JudgeAnswer.parse("\n  verdict:reject \n\n REASON:  off by one  \n")).contains(new JudgeAnswer(false, "off by one"));
        assertThat(JudgeAnswer.parse(JudgeAnswer.format(false, "why"))).contains(new JudgeAnswer(false, "why"));
        for (String bad : new String[] {"", "ACCEPT", "VERDICT: ACCEPT", "VERDICT: MAYBE\nREASON: x", "VERDICT: ACCEPT\nREASON:",
                "Sure.\nVERDICT: ACCEPT\nREASON: x", "VERDICT: ACCEPT\nREASON: x\nMore.", "REASON: x\nVERDICT: ACCEPT",
                "```\nVERDICT: ACCEPT\nREASON: x\n```"}) {
            assertThat(JudgeAnswer.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void judgeSpecsNameAnyModelAndHaveOneWrittenForm() {
        assertThat(Verifiers.canonical("judge:openai:gpt-4o-mini")).isEqualTo("judge:openai:gpt-4o-mini");
        assertThat(Verifiers.canonical(" judge:sim:acc=0.8 ")).isEqualTo("judge:sim:p=0.6,spread=0.0,repair=0.5,seed=1,tpr=0.8,fpr=0.2");
        assertThat(Verifiers.canonical("judge:sim:fpr=0.2,tpr=0.8")).isEqualTo(Verifiers.canonical("judge:sim:acc=0.8"));
        assertThat(Verifiers.canonical("judge:sim")).isEqualTo("judge:sim:p=0.6,spread=0.0,repair=0.5,seed=1");
        assertThat(Verifiers.canonical("noisy:tpr=0.9,fpr=0.1,seed=1,of=judge:sim:acc=0.7"))
                .isEqualTo("noisy:tpr=0.9,fpr=0.1,seed=1,of=judge:sim:p=0.6,spread=0.0,repair=0.5,seed=1,tpr=0.7,fpr=0.3");
        assertThat(Verifiers.judgeModel("noisy:tpr=0.9,fpr=0.1,seed=1,of=judge:openai:gpt-4o")).contains("openai:gpt-4o");
        assertThat(Verifiers.judgeModel("visible")).isEmpty();
        assertThat(Verifiers.canonical("self-tests")).isEqualTo("self-tests");
        assertThat(Verifiers.caveat("judge:sim:acc=0.8")).isEmpty();
        assertThat(Verifiers.caveat("self-tests")).isEmpty();

        assertThatThrownBy(() -> Verifiers.canonical("judge:")).hasMessageContaining("name the judging model");
        assertThatThrownBy(() -> Verifiers.canonical("judge")).hasMessageContaining("name the judging model");
        assertThatThrownBy(() -> Verifiers.canonical("judge:sim:acc=2")).hasMessageContaining("sim: tests, tpr and fpr must be in [0, 1]");
        assertThatThrownBy(() -> Verifiers.canonical("judge:sim:bogus=1")).hasMessageContaining("unknown setting 'bogus'");
        assertThatThrownBy(() -> Verifiers.canonical("selftests")).hasMessageContaining("self-tests, judge:MODEL");
    }
}
