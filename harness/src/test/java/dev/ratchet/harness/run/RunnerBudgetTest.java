package dev.ratchet.harness.run;

import dev.langchain4j.data.message.AiMessage;
import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.VisibleTestsVerifier;
import dev.ratchet.harness.model.BudgetedModel;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelFactory;
import dev.ratchet.harness.model.ModelReply;
import dev.ratchet.harness.model.Models;
import dev.ratchet.harness.model.RetryingModel;
import dev.ratchet.harness.model.ScriptedModel;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RunId;
import dev.ratchet.results.RunInfo;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.tasks.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.DoubleAdder;

import static org.assertj.core.api.Assertions.assertThat;

class RunnerBudgetTest {
    static final String RIGHT = "def clamp(x, low, high):\\n    return max(low, min(x, high))\\n";
    @TempDir Path tmp;

    /** Every reply costs a cent: plan, edit, submit = 3 cents a sample. */
    static final ModelFactory CENT_A_REPLY = new ModelFactory() {
        @Override
        public Model create(Task task, int sample) {
            ScriptedModel script = new ScriptedModel(List.of(ScriptedModel.text("plan"),
                    ScriptedModel.call("edit_file", "{\"command\":\"create\",\"path\":\"calc.py\",\"file_text\":\"" + RIGHT + "\"}"),
                    ScriptedModel.call("submit", "{}")));
            return (c, tools) -> {
                AiMessage m = script.chat(c, tools).message();
                return new ModelReply(m, 100, 10, Duration.ofMillis(1), 0.01);
            };
        }

        @Override
        public String describe() {
            return "cent";
        }
    };

    List<SampleResult> run(Double runUsd, Double sampleUsd, int samples) {
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(1, RetryPolicy.NONE, 10), Fixtures.localSandboxes(),
                Toolbox.standard(), new VisibleTestsVerifier(), Clock.systemUTC());
        RunStore store = RunStore.create(tmp, new RunInfo(RunId.generate(), "2026-01-01T00:00:00Z", Map.of(), "cent",
                "fixture", "hash", "test", null));
        Models models = new Models(CENT_A_REPLY, RetryingModel.Backoff.DEFAULT,
                new BudgetedModel.Budget(runUsd, sampleUsd, new DoubleAdder()));
        return new Runner(loop, Clock.systemUTC())
                .run(store, new Runner.Plan(List.of(Fixtures.calc()), samples, models, 1, Shard.ALL, java.util.Set.of()), Progress.SILENT);
    }

    @Test
    void aSampleOverItsBudgetEndsAsErrorWithReasonBudget() {
        List<SampleResult> r = run(null, 0.015, 1);
        assertThat(r).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(s.reason()).isEqualTo("budget: sample spent $0.0200 of its $0.0150");
        });
    }

    @Test
    void theRunStopsStartingSamplesOnceItsBudgetIsSpent() {
        List<SampleResult> r = run(0.025, null, 3);
        assertThat(r).singleElement().satisfies(s -> assertThat(s.outcome()).isEqualTo(Outcome.PASSED));
    }

    @Test
    void withoutBudgetsEverySampleRuns() {
        assertThat(run(null, null, 2)).extracting(SampleResult::outcome).containsExactly(Outcome.PASSED, Outcome.PASSED);
    }
}
