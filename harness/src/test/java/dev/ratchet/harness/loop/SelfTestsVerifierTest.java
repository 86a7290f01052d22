package dev.ratchet.harness.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.Fixtures.MemorySink;
import dev.ratchet.harness.model.ScriptedModel;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Grader;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static dev.ratchet.harness.loop.AgentLoopTest.RIGHT;
import static dev.ratchet.harness.loop.AgentLoopTest.WRONG;
import static dev.ratchet.harness.loop.AgentLoopTest.create;
import static dev.ratchet.harness.model.ScriptedModel.call;
import static dev.ratchet.harness.model.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --verifier self-tests} through the real loop in the local sandbox on the calc task, whose {@code WRONG}
 * candidate passes the visible tests but not the hidden ones: the agent's own tests decide, they are never in a
 * round's workspace nor in any grading sandbox, and no tests or broken tests are plain rejections.
 */
class SelfTestsVerifierTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The agent's own test: it checks the upper bound, which the visible tests do not, so it catches WRONG. */
    static final String MINE = "import unittest\nfrom calc import clamp\n\n\nclass Mine(unittest.TestCase):\n"
            + "    def test_upper_bound(self):\n        self.assertEqual(clamp(11, 0, 10), 10)\n";

    final Task task = Fixtures.calc();
    final MemorySink sink = new MemorySink();
    final GradingWatch sandboxes = new GradingWatch(Fixtures.localSandboxes());
    final Grader grader = new Grader(sandboxes);

    SampleResult run(ScriptedModel model, RetryPolicy policy, int rounds) {
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(rounds, policy, 10), sandboxes, Toolbox.standard(),
                Verifiers.parse("self-tests", grader, ExpectedTests.UNKNOWN), grader, Clock.systemUTC());
        return loop.run(task, 0, model, sink);
    }

    static ScriptedModel.Step write(String path, String content) {
        return call("edit_file", JSON.createObjectNode().put("command", "create").put("path", path)
                .put("file_text", content).toString());
    }

    @Test
    void theAgentsOwnTestsRejectWhatTheVisibleTestsAcceptAndNeverReachTheGrader() {
        ScriptedModel model = new ScriptedModel(List.of(
                // the test-writing turn: a test of its own, and an edit to the code under test, which is dropped
                text("plan: test the upper bound"), write("test_mine.py", MINE), create(RIGHT), call("submit", "{}"),
                // round 1 starts from the pristine workspace, its tests nowhere in it
                text("plan"), call("list_files", "{}"), create(WRONG), call("submit", "{}"),
                text("plan again"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.REPAIR, 3);

        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, false), new RoundResult(2, true, true));
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        List<TraceEvent.ToolResult> listings = sink.of(TraceEvent.ToolResult.class).stream()
                .filter(t -> t.name().equals("list_files")).toList();
        assertThat(listings).singleElement().satisfies(l -> assertThat(l.output()).doesNotContain("test_mine.py"));
        assertThat(String.join("\n", model.seen().get(4))).as("round 1 sees the pristine calc.py")
                .doesNotContain("max(low, min(x, high))");
        List<TraceEvent.VerifyResult> verdicts = sink.of(TraceEvent.VerifyResult.class);
        assertThat(verdicts.getFirst().reason()).startsWith("self-tests: tests failed: test_mine.py");
        assertThat(verdicts.getFirst().output()).contains("test_upper_bound");
        // the repair turn shows its own test's failure
        assertThat(String.join("\n", model.seen().get(8))).contains("failed the tests you wrote", "test_upper_bound");
        // the test-writing turn is in the trace as round 0
        assertThat(sink.of(TraceEvent.ToolCall.class)).filteredOn(c -> c.round() == 0)
                .extracting(TraceEvent.ToolCall::name).containsExactly("edit_file", "edit_file", "submit");

        assertThat(sandboxes.graded).as("one grading per round").hasSize(2)
                .allSatisfy(files -> assertThat(files).contains("calc.py", "test_calc_hidden.py").doesNotContain("test_mine.py"));
    }

    @Test
    void noTestWrittenRejectsEveryRound() {
        ScriptedModel model = new ScriptedModel(List.of(text("plan: nothing to test"), call("submit", "{}"),
                text("plan"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.NONE, 1);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, true)); // a false reject, scored as one
        assertThat(sink.of(TraceEvent.VerifyResult.class).getFirst().reason()).isEqualTo(SelfTestsVerifier.NONE_WRITTEN);
    }

    @Test
    void testsThatDoNotRunReject() {
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), write("test_broken.py", "def (:\n"), call("submit", "{}"),
                text("plan"), create(RIGHT), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.NONE, 1);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, true));
        assertThat(sink.of(TraceEvent.VerifyResult.class).getFirst().reason()).startsWith("self-tests: tests failed");
        assertThat(sandboxes.graded).singleElement().satisfies(files -> assertThat(files).doesNotContain("test_broken.py"));
    }

    @Test
    void changedVisibleTestsAreTheAgentsTestsAndReplaceThemOnlyForVerify() {
        // It rewrites the visible test file with its own stricter version: that file, not the task's, is the check.
        String stricter = MINE.replace("class Mine", "class ClampTest");
        ScriptedModel model = new ScriptedModel(List.of(text("plan"), write("test_calc.py", stricter), call("submit", "{}"),
                text("plan"), create(WRONG), call("run_tests", "{}"), call("submit", "{}")));
        SampleResult r = run(model, RetryPolicy.NONE, 1);
        assertThat(r.rounds()).containsExactly(new RoundResult(1, false, false));
        // the agent's own run in round 1 ran the task's visible tests, which WRONG passes
        assertThat(sink.of(TraceEvent.ToolResult.class)).filteredOn(t -> t.name().equals("run_tests"))
                .singleElement().satisfies(t -> assertThat(t.output()).startsWith("tests PASSED"));
        assertThat(sandboxes.graded).singleElement().satisfies(files -> assertThat(files).contains("test_calc.py"));
        assertThat(sandboxes.gradedTestFile).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("test_upper_bound"));
    }

    @Test
    void theTestsItWroteAreItsNewFilesAndChangedVisibleTestsOnly() {
        Map<String, byte[]> workspace = Map.of(
                "calc.py", "changed".getBytes(), // the code under test: not a test
                "test_calc.py", "mine".getBytes(), // a visible test it changed
                "helpers/fixtures.py", "x = 1".getBytes(), // a new file
                "Cargo.lock", "lock".getBytes()); // the toolchain's
        assertThat(SelfTestsVerifier.written(task, workspace)).containsOnlyKeys("test_calc.py", "helpers/fixtures.py");
    }

    /** Wraps the real sandboxes, noting the files of every grading sandbox as its test command starts. */
    static final class GradingWatch implements SandboxFactory {
        final SandboxFactory inner;
        final List<List<String>> graded = new ArrayList<>();
        final List<String> gradedTestFile = new ArrayList<>();

        GradingWatch(SandboxFactory inner) {
            this.inner = inner;
        }

        @Override
        public Sandbox create(SandboxSpec spec) {
            Sandbox s = inner.create(spec);
            if (!spec.label().contains("/grade-")) return s;
            return new Sandbox() {
                @Override
                public ExecResult exec(List<String> argv, Duration timeout) {
                    graded.add(s.listFiles(""));
                    gradedTestFile.add(s.readFile("test_calc.py"));
                    return s.exec(argv, timeout);
                }

                @Override public void writeFile(String path, String content) { s.writeFile(path, content); }
                @Override public void writeBytes(String path, byte[] content) { s.writeBytes(path, content); }
                @Override public void deleteFile(String path) { s.deleteFile(path); }
                @Override public void reset() { s.reset(); }
                @Override public String readFile(String path) { return s.readFile(path); }
                @Override public Map<String, String> readFiles(Collection<String> paths) { return s.readFiles(paths); }
                @Override public byte[] readBytes(String path) { return s.readBytes(path); }
                @Override public Map<String, byte[]> readBytes(Collection<String> paths) { return s.readBytes(paths); }
                @Override public List<String> listFiles(String dir) { return s.listFiles(dir); }
                @Override public java.util.SortedMap<String, String> digests(String dir) { return s.digests(dir); }
                @Override public void close() { s.close(); }
            };
        }

        @Override
        public String kind() {
            return inner.kind();
        }
    }
}
