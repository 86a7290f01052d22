package dev.ratchet.harness.cli;

import dev.ratchet.results.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static dev.ratchet.harness.cli.MainTest.assertOneLineError;
import static dev.ratchet.harness.cli.MainTest.fixtureSuite;
import static dev.ratchet.harness.cli.ModelCliTest.onlyRun;
import static org.assertj.core.api.Assertions.assertThat;

/** What a new user meets in the first hour: headers that count right, one-line errors, run ids, compare. */
class FirstHourCliTest {
    @TempDir Path tmp;

    private CliRunner.Result run(Path runs, String... extra) {
        String[] args = Stream.concat(Stream.of("run", "--sandbox", "local", "--runs-dir", runs.toString()), Stream.of(extra))
                .toArray(String[]::new);
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    @Test
    void oneOfEachIsSingular() throws Exception {
        CliRunner.Result r = run(tmp.resolve("runs"), "--suite", fixtureSuite(), "--rounds", "1");
        assertThat(r.out().lines().findFirst().orElseThrow())
                .matches("run \\S+: 1 task × 1 sample · model sim:\\S+ · 1 round, policy repair · local sandbox");
        assertThat(r.out()).contains("\n1 sample: ").contains("all 1 graded round\n");
    }

    @Test
    void aShardsHeaderCountsTheShardsOwnTasks() {
        // 3 tasks × 2 samples dealt sample-major: shard 1/2 gets ordinals 0, 2, 4 = t0#0, t2#0, t1#1
        CliRunner.Result r = run(tmp.resolve("runs"), "--tasks", "py-*", "--max-tasks", "3", "--samples", "2",
                "--rounds", "1", "--shard", "1/2");
        assertThat(r.out().lines().findFirst().orElseThrow()).contains(": 3 samples of 3 tasks, shard 1/2 of 3 tasks × 2 samples · ");
        CliRunner.Result half = run(tmp.resolve("runs2"), "--tasks", "py-*", "--max-tasks", "2", "--rounds", "1", "--shard", "2/2");
        assertThat(half.out().lines().findFirst().orElseThrow()).contains(": 1 sample of 1 task, shard 2/2 of 2 tasks × 1 sample · ");
    }

    @Test
    void anUnusableRunsDirIsOneLine() {
        assertOneLineError(CliRunner.run("run", "--suite", "builtin", "--max-tasks", "1", "--sandbox", "local",
                "--runs-dir", "/proc/nope"), "--runs-dir /proc/nope: cannot create a run directory there (no such directory");
    }

    @Test
    void showRejectsANegativeMaxCharsBeforePrintingAnything() throws Exception {
        Path runs = tmp.resolve("runs");
        run(runs, "--suite", fixtureSuite(), "--rounds", "1");
        CliRunner.Result r = CliRunner.run("show", onlyRun(runs).toString(), "calc", "--max-chars", "-5");
        assertOneLineError(r, "--max-chars must be at least 1, got -5");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        for (String[] args : new String[][] {{"--version"}, {"run", "--version"}, {"report", "-V"}, {"tasks", "list", "--version"},
                {"images", "build", "--version"}}) {
            CliRunner.Result r = CliRunner.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).startsWith("ratchet " + Version.VERSION);
        }
    }

    @Test
    void aBareRunIdIsFoundUnderRuns() throws Exception {
        // the id that `run` prints, typed from the directory the run was started in (here: the module directory)
        Path runs = ReportCommand.RUNS;
        Path dir = null;
        try {
            CliRunner.Result r = CliRunner.run("run", "--suite", fixtureSuite(), "--rounds", "1", "--sandbox", "local");
            assertThat(r.exit()).as(r.err()).isZero();
            String id = r.out().lines().findFirst().orElseThrow().split(" ")[1].replace(":", "");
            dir = runs.resolve(id);
            assertThat(RunStore.isRunDir(dir)).isTrue();
            CliRunner.Result report = CliRunner.run("report", id, "--no-files");
            assertThat(report.exit()).as(report.err()).isZero();
            assertThat(report.out()).startsWith("run " + id + " · ");
            assertThat(CliRunner.run("show", id, "calc").exit()).isZero();
            assertOneLineError(CliRunner.run("report", "20990101-000000-0000"),
                    "run directory not found: 20990101-000000-0000 (nor runs/20990101-000000-0000)");
        } finally {
            if (dir != null) deleteTree(dir);
        }
    }

    @Test
    void compareSaysWhatDiffersAndWarnsWhenThereIsNothingToCompare() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), c = tmp.resolve("c");
        run(a, "--suite", fixtureSuite(), "--rounds", "1");
        run(b, "--suite", fixtureSuite(), "--rounds", "2", "--policy", "resample");
        String runA = onlyRun(a).toString(), runB = onlyRun(b).toString();

        CliRunner.Result ab = CliRunner.run("compare", runA, runB);
        assertThat(ab.exit()).as(ab.err()).isZero();
        assertThat(ab.out()).contains("settings that differ (A → B)")
                .containsPattern("\n  rounds +1 → 2\n").containsPattern("\n  policy +repair → resample\n")
                .doesNotContain("warning:");

        CliRunner.Result self = CliRunner.run("compare", runA, runA);
        assertThat(self.out()).contains("warning: A and B are the same run");

        run(c, "--tasks", "py-roman-numerals", "--rounds", "1");
        CliRunner.Result disjoint = CliRunner.run("compare", runA, onlyRun(c).toString());
        assertThat(disjoint.out()).contains("warning: no task has a graded sample in both runs")
                .containsPattern("\n  suite name +fixture → builtin\n").contains("0 tasks in both runs");
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        try (Stream<Path> left = Files.list(dir.getParent())) {
            if (left.findAny().isEmpty()) Files.delete(dir.getParent());
        }
    }
}
