package dev.ratchet.harness.model.provider;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.Verifier;
import dev.ratchet.harness.loop.Verifiers;
import dev.ratchet.harness.model.BudgetedModel;
import dev.ratchet.harness.model.Models;
import dev.ratchet.harness.model.RetryingModel;
import dev.ratchet.harness.model.ScriptedModel;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Grader;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ratchet.harness.model.ScriptedModel.call;
import static dev.ratchet.harness.model.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --verifier judge:MODEL} with an OpenAI-compatible provider served by WireMock: the judge's HTTP reply
 * decides the verdict, its tokens and cost are the sample's, a transient fault is retried at the boundary and a
 * dead judge ends the sample as ERROR. The agent is scripted; the candidate is calc's right answer throughout, so
 * only the judge's reply differs.
 */
class JudgeOverWireTest extends WireTestBase {
    final Wire wire = Wire.openAi();
    final SandboxFactory sandboxes = Fixtures.localSandboxes();
    final Grader grader = new Grader(sandboxes);

    SampleResult judged() {
        LangChainModelFactory judge = factory(wire.spec(server));
        Models stack = new Models(judge, new RetryingModel.Backoff(3, Duration.ofMillis(1), Duration.ofMillis(5)),
                slept::add, BudgetedModel.Budget.none());
        Verifier verifier = Verifiers.parse("judge:openai:gpt-4o-mini", grader, ExpectedTests.UNKNOWN, m -> stack);
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(1, RetryPolicy.NONE, 10), sandboxes, Toolbox.standard(),
                verifier, grader, Clock.systemUTC());
        ScriptedModel agent = new ScriptedModel(List.of(text("plan"),
                call("edit_file", createCalc(RIGHT).toString()), call("submit", "{}")));
        return loop.run(Fixtures.calc(), 0, agent, sink);
    }

    @Test
    void aRejectOverTheWireRejectsARightCandidate() {
        wire.serve(server, List.of(Wire.Reply.text("VERDICT: REJECT\nREASON: no test covers negative ranges")));
        SampleResult r = judged();
        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, true)); // a false reject, as scored
        assertThat(sink.of(TraceEvent.VerifyResult.class).getFirst().reason())
                .isEqualTo("judge rejected: no test covers negative ranges");
        String sent = server.findAll(postRequestedFor(urlPathEqualTo(wire.path()))).getFirst().getBodyAsString();
        assertThat(sent).contains("VERDICT: ACCEPT", "--- a/calc.py", "Visible tests: passed").doesNotContain("\"tools\"");
        assertThat(r.usage().tokensIn()).as("the judge's tokens are the sample's").isGreaterThanOrEqualTo(Wire.IN);
        assertThat(r.usage().costUsd()).isPositive(); // gpt-4o-mini has a price; the scripted agent costs nothing
    }

    @Test
    void anAcceptOverTheWireAcceptsAfterAServerErrorIsRetried() {
        wire.respond(server, 0, 1, ProviderFaultsTest.error(503, "overloaded"));
        wire.respond(server, 1, 2, com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Wire.openAiBody(Wire.Reply.text("VERDICT: ACCEPT\nREASON: clamps both bounds"))));
        SampleResult r = judged();
        assertThat(r.rounds()).containsExactly(new RoundResult(1, true, true));
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(slept).hasSize(1);
        assertThat(sink.of(TraceEvent.Error.class)).singleElement()
                .satisfies(e -> assertThat(e.tier()).isEqualTo("transient"))
                .satisfies(e -> assertThat(e.message()).startsWith("verifier model: attempt 1 failed"));
    }

    @Test
    void aDeadJudgeEndsTheSampleAsError() {
        wire.respond(server, 0, 1, ProviderFaultsTest.error(401, "Incorrect API key provided"));
        SampleResult r = judged();
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).startsWith("model: ").contains("401");
    }
}
