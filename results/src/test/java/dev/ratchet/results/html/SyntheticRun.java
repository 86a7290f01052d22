package dev.ratchet.results.html;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratchet.results.JsonlTraceSink;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.RunInfo;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A run on disk with results and full traces (plan, model, edits, tests, grades) for report tests. */
public final class SyntheticRun {
    private SyntheticRun() {}

    public static RunStore create(Path root, String runId, int tasks, int samples) {
        RunStore store = RunStore.create(root, new RunInfo(runId, "2026-01-02T03:04:05Z",
                Map.of("rounds", 3, "policy", "repair", "samples", samples), "sim:p=0.5", "synthetic", "hash",
                "0.1.0", "abc"));
        SplittableRandom random = new SplittableRandom(1);
        for (int t = 0; t < tasks; t++) {
            String task = t == 0 ? "py/odd name <b>&" : "task-" + t;
            for (int s = 0; s < samples; s++) {
                store.append(sample(store, task, s, random));
            }
        }
        return store;
    }

    private static SampleResult sample(RunStore store, String task, int sample, SplittableRandom random) {
        List<RoundResult> rounds = new ArrayList<>();
        long ts = 1_700_000_000_000L;
        boolean error = random.nextInt(20) == 0;
        try (JsonlTraceSink sink = store.traceSink(task, sample)) {
            sink.emit(new TraceEvent.TaskStarted(ts, task, sample));
            boolean hidden = false;
            for (int r = 1; r <= 3 && !error; r++) {
                hidden = random.nextDouble() < 0.5;
                boolean visible = random.nextDouble() < (hidden ? 0.9 : 0.2);
                rounds.add(new RoundResult(r, visible, hidden));
                sink.emit(new TraceEvent.RoundStarted(ts += 10, r, "repair", r == 1));
                sink.emit(new TraceEvent.Plan(ts += 5, r, "1. view the file\n2. fix the bug"));
                sink.emit(new TraceEvent.ModelRequest(ts += 1, r, List.of(new TraceEvent.Message("user",
                        "Fix add() in </script><script>alert(1)</script>", null, null)), List.of("view_file", "edit_file")));
                ObjectNode view = JsonNodeFactory.instance.objectNode().put("path", "calc.py");
                sink.emit(new TraceEvent.ModelReply(ts += 900, r, "Looking.", List.of(new TraceEvent.ToolCallRequest("c1",
                        "view_file", view.toString())), 1200, 80, 900, 0.0021));
                sink.emit(new TraceEvent.ToolCall(ts += 1, r, "c1", "view_file", view));
                sink.emit(new TraceEvent.ToolResult(ts += 3, r, "c1", "view_file", false,
                        "    1  def add(a, b):\n    2      return a - b\n", 3));
                ObjectNode edit = JsonNodeFactory.instance.objectNode().put("command", "create").put("path", "calc.py")
                        .put("file_text", "def add(a, b):\n    return a + b\n");
                sink.emit(new TraceEvent.ToolCall(ts += 700, r, "c2", "edit_file", edit));
                sink.emit(new TraceEvent.ToolResult(ts += 2, r, "c2", "edit_file", false, "wrote calc.py (2 lines)", 2));
                sink.emit(new TraceEvent.VerifyResult(ts += 400, r, visible, visible ? 0 : 1, false, "1 passed", 400, false));
                sink.emit(new TraceEvent.GradeResult(ts += 600, r, hidden, hidden ? 0 : 1, false, "hidden output", 600));
                sink.emit(new TraceEvent.RoundFinished(ts += 1, r, "submit", visible, hidden));
                if (visible) break;
            }
            Outcome outcome = error ? Outcome.ERROR : hidden ? Outcome.PASSED : Outcome.FAILED;
            if (error) sink.emit(new TraceEvent.Error(ts += 1, 1, "fatal", "sandbox died"));
            sink.emit(new TraceEvent.TaskFinished(ts += 1, task, sample, outcome, rounds.size(), error ? "sandbox died" : null, 5000));
            return new SampleResult(task, sample, outcome, rounds, rounds.size(), error ? "sandbox died" : null,
                    new SampleResult.Usage(1200L * rounds.size(), 80L * rounds.size(), 0.0021 * rounds.size(),
                            3000L * rounds.size(), 900L * rounds.size(), 1000L * rounds.size()));
        }
    }
}
