package dev.ratchet.harness.cli;

import dev.ratchet.harness.model.replay.BranchPoint;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ratchet branch} through the CLI, on a builtin task in the local sandbox. The parent is a simulated model
 * that never writes the reference (p=0, repair=0): two failed rounds of plan, view, edit (a wrong mutant), run_tests,
 * submit — steps 1–5 in round 1, 6–10 in round 2. Branches continue after its wrong edit with a model that writes
 * the reference (p=1).
 */
class BranchCliTest {
    static final String TASK = "py-roman-numerals";
    static final String RIGHT = "sim:p=1.0,seed=5";

    @TempDir static Path tmp;
    static Path parent;

    @BeforeAll
    static void recordTheParent() throws Exception {
        System.setProperty(CacheRoot.PROPERTY, tmp.resolve("cache").toString());
        CliRunner.Result r = CliRunner.run("run", "--tasks", TASK, "--model", "sim:p=0.0,repair=0.0,seed=1", "--rounds", "2",
                "--policy", "repair", "--sandbox", "local", "--runs-dir", tmp.resolve("parent").toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        parent = onlyRun(tmp.resolve("parent"));
        assertThat(BranchPoint.steps(RunStore.open(parent).readTrace(TASK, 0))).as("the parent's steps").hasSize(10);
    }

    static Path onlyRun(Path runs) throws Exception {
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    static CliRunner.Result branch(Path from, String runsDir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("branch", from.toString(), TASK, "--sample", "0",
                "--sandbox", "local", "--runs-dir", tmp.resolve(runsDir).toString()));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void replaysThePrefixExactlyThenContinuesWithAnotherModel() throws Exception {
        CliRunner.Result r = branch(parent, "one", "--from-step", "3", "--model", RIGHT);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        RunStore store = RunStore.open(onlyRun(tmp.resolve("one")));

        @SuppressWarnings("unchecked")
        Map<String, Object> origin = (Map<String, Object>) store.info().config().get("branch");
        assertThat(origin).containsEntry("parent_run", RunStore.open(parent).info().runId()).containsEntry("task", TASK)
                .containsEntry("sample", 0).containsEntry("from_step", 3).containsEntry("round", 1)
                .containsEntry("parent_dir", parent.toAbsolutePath().normalize().toString());
        assertThat(store.info().config()).containsEntry("model", RIGHT);
        assertThat(store.info().model()).startsWith("sim:p=1.0");

        List<BranchPoint.Step> was = BranchPoint.steps(RunStore.open(parent).readTrace(TASK, 0));
        List<BranchPoint.Step> now = BranchPoint.steps(store.readTrace(TASK, 0));
        for (int k = 0; k < 3; k++) {
            assertThat(now.get(k).reply().text()).isEqualTo(was.get(k).reply().text());
            assertThat(now.get(k).reply().toolCalls()).isEqualTo(was.get(k).reply().toolCalls());
            assertThat(now.get(k).results()).extracting(TraceEvent.ToolResult::output)
                    .isEqualTo(was.get(k).results().stream().map(TraceEvent.ToolResult::output).toList());
            assertThat(now.get(k).reply().recordedLatencyMs()).as("step %d is replayed", k + 1).isNotNull();
        }
        // the continuation: its own replies, which write the reference where the parent kept failing
        assertThat(now.size()).isGreaterThan(3);
        assertThat(now.subList(3, now.size())).allSatisfy(s -> assertThat(s.reply().recordedLatencyMs()).isNull());
        assertThat(now.get(3).reply().toolCalls()).extracting(TraceEvent.ToolCallRequest::name).containsExactly("edit_file");
        assertThat(store.results()).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(Outcome.PASSED);
            assertThat(s.rounds()).hasSize(1);
        });
        assertThat(RunStore.open(parent).results()).singleElement().extracting(SampleResult::outcome).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aRecordedToolResultThatDoesNotReproduceStopsTheBranchNamingTheStep() throws Exception {
        Path tampered = copyOf(parent, "tampered");
        Path trace = RunStore.open(tampered).tracePath(TASK, 0);
        String edit = BranchPoint.steps(RunStore.open(tampered).readTrace(TASK, 0)).get(2).results().getFirst().output();
        assertThat(edit).startsWith("wrote roman.py");
        // both places the result is recorded: the tool_result event and the next request's tool message
        String json = Files.readString(trace, StandardCharsets.UTF_8);
        assertThat(json).contains(edit);
        Files.writeString(trace, json.replace(edit, edit + " and more"), StandardCharsets.UTF_8);

        // step 3 is the last replayed step: checked before the continuation is asked
        CliRunner.Result last = branch(tampered, "tampered-last", "--from-step", "3", "--model", RIGHT);
        assertThat(last.exit()).as(last.out() + last.err()).isEqualTo(1);
        assertThat(last.err()).contains("ratchet: sample 0: the recorded prefix did not reproduce: branch diverged at step 3"
                + " (round 1): the result of edit_file differs: tool line 1: recorded '" + edit + " and more', now '" + edit + "'");
        SampleResult row = RunStore.open(onlyRun(tmp.resolve("tampered-last"))).results().getFirst();
        assertThat(row.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(row.reason()).startsWith("branch diverged at step 3 (round 1)");

        // step 3 inside the prefix: the replay's request 4 check catches it, the continuation is never asked
        CliRunner.Result inside = branch(tampered, "tampered-inside", "--from-step", "5", "--model", RIGHT);
        assertThat(inside.exit()).isEqualTo(1);
        assertThat(inside.err()).contains("branch diverged at step 3 (round 1): the result of edit_file differs: tool line 1: recorded '"
                + edit + " and more', now '" + edit + "'");
        List<TraceEvent> events = RunStore.open(onlyRun(tmp.resolve("tampered-inside"))).readTrace(TASK, 0);
        assertThat(BranchPoint.steps(events)).hasSize(3);
    }

    @Test
    void aToolResultEventAloneThatDoesNotReproduceIsCaughtByTheTraceCheck() throws Exception {
        // step 5 is submit, the round's last: no request shows its result, so only the trace check can see it
        Path tampered = copyOf(parent, "tampered-submit");
        Path trace = RunStore.open(tampered).tracePath(TASK, 0);
        List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
        int[] seen = {0};
        List<String> changed = lines.stream().map(l -> l.contains("\"event\":\"tool_result\"") && l.contains("\"name\":\"submit\"")
                && seen[0]++ == 0 ? l.replace("\"output\":\"submitted\"", "\"output\":\"submitted twice\"") : l).toList();
        assertThat(changed).isNotEqualTo(lines);
        Files.write(trace, changed, StandardCharsets.UTF_8);

        CliRunner.Result r = branch(tampered, "tampered-submit-run", "--from-step", "5", "--model", RIGHT, "--rounds", "1");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("branch diverged at step 5 (round 1): the result of submit differs: tool line 1: "
                + "recorded 'submitted twice', now 'submitted'");
        RunStore store = RunStore.open(onlyRun(tmp.resolve("tampered-submit-run")));
        assertThat(store.results()).singleElement().extracting(SampleResult::outcome).isEqualTo(Outcome.ERROR);
    }

    @Test
    void samplesThreeGivesThreeContinuationsOfTheSamePrefix() throws Exception {
        CliRunner.Result r = branch(parent, "three", "--from-step", "2", "--model", "sim:p=0.5,seed=9", "--samples", "3");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        RunStore store = RunStore.open(onlyRun(tmp.resolve("three")));
        assertThat(store.results()).extracting(SampleResult::sample).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(store.results()).extracting(SampleResult::outcome).doesNotContain(Outcome.ERROR);
        List<TraceEvent.ToolCallRequest> prefix = BranchPoint.steps(RunStore.open(parent).readTrace(TASK, 0)).get(1).reply().toolCalls();
        for (int s = 0; s < 3; s++) {
            List<BranchPoint.Step> steps = BranchPoint.steps(store.readTrace(TASK, s));
            assertThat(steps.get(1).reply().toolCalls()).as("sample %d replays step 2", s).isEqualTo(prefix);
            assertThat(steps.get(2).reply().recordedLatencyMs()).as("sample %d continues at step 3", s).isNull();
        }
    }

    @Test
    void showMarksWhereTheBranchStarts() throws Exception {
        CliRunner.Result r = branch(parent, "shown", "--from-step", "3", "--model", RIGHT);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        Path run = onlyRun(tmp.resolve("shown"));
        CliRunner.Result show = CliRunner.run("show", run.toString(), TASK);
        assertThat(show.exit()).as(show.err()).isZero();
        String out = show.out();
        assertThat(out).startsWith("BRANCH: branch of run " + RunStore.open(parent).info().runId() + " (task " + TASK
                + " sample 0) after step 3 (round 1)");
        int mark = out.indexOf("══ branch starts here: steps 1–3 above were replayed");
        assertThat(mark).isGreaterThan(out.indexOf("step 3 · model reply")).isLessThan(out.indexOf("step 4 · model reply"));
        assertThat(out.indexOf("← edit_file")).as("step 3's result comes before the mark").isLessThan(mark);

        CliRunner.Result resume = CliRunner.run("run", "--resume", run.toString());
        assertThat(resume.exit()).isEqualTo(2);
        assertThat(resume.err().strip()).isEqualTo("ratchet: cannot resume a branch run with run --resume (run `ratchet branch` again)");
    }

    @Test
    void aDifferentPolicyAfterAFinishedRoundIsRefusedInOneLine() {
        CliRunner.Result r = branch(parent, "refused", "--from-step", "7", "--policy", "resample");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("ratchet: step 7 is in round 2: the rounds before it were judged by the parent's"
                + " verifier visible under policy repair, so --policy and --verifier must be the parent's (or branch from a round-1 step)");
        CliRunner.Result range = branch(parent, "refused", "--from-step", "11");
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err().strip()).isEqualTo("ratchet: --from-step must be between 1 and 10 (the sample's model replies,"
                + " numbered as `ratchet show` numbers them), got 11");
    }

    static Path copyOf(Path run, String name) throws Exception {
        Path to = tmp.resolve(name).resolve(run.getFileName());
        try (Stream<Path> all = Files.walk(run)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(run.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
