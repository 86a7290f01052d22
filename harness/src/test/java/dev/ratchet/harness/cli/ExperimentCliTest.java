package dev.ratchet.harness.cli;

import dev.ratchet.results.Experiment;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ratchet experiment} end to end: a 2×2 grid of the simulated model on builtin tasks in the local sandbox,
 * run once for the class (it is the expensive part), then read, rerun and checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExperimentCliTest {
    @TempDir static Path scratch;
    Path dir;
    CliRunner.Result first;

    static final int TASKS = 6;
    static final int SAMPLES = 2;

    String[] command(Path out) {
        return command(out, 2);
    }

    String[] command(Path out, int rounds) {
        List<String> args = new java.util.ArrayList<>(List.of("experiment", "builtin", "--policy", "none,repair",
                "--verifier", "visible,oracle", "--rounds", String.valueOf(rounds), "--samples", String.valueOf(SAMPLES), "--tasks", "py-*",
                "--max-tasks", String.valueOf(TASKS), "--model", "sim:p=0.5,repair=0.5,seed=7", "--sandbox", "local",
                "--out", out.toString()));
        return args.toArray(String[]::new);
    }

    @BeforeAll
    void runTheGrid() {
        dir = scratch.resolve("exp");
        first = CliRunner.run(command(dir));
    }

    private RunStore cell(String name) {
        return RunStore.open(dir.resolve(name));
    }

    @Test
    void oneCommandRunsEveryCellAsItsOwnRunAndWritesTheReport() throws Exception {
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        Experiment e = Experiment.read(dir).orElseThrow();
        assertThat(e.cells()).extracting(Experiment.Cell::run)
                .containsExactly("none-visible", "none-oracle", "repair-visible", "repair-oracle");
        for (Experiment.Cell c : e.cells()) {
            RunStore run = cell(c.run());
            assertThat(run.info().config()).containsEntry("policy", c.policy()).containsEntry("verifier", c.verifier());
            assertThat(run.results()).hasSize(TASKS * SAMPLES).noneMatch(r -> r.outcome() == Outcome.ERROR);
            assertThat(Files.exists(run.dir().resolve("report.html"))).isTrue();
        }
        // policy none stops after one round, whatever --rounds says
        assertThat(cell("none-visible").results()).allMatch(r -> r.rounds().size() == 1);
        String report = Files.readString(dir.resolve("report.txt"));
        assertThat(first.out()).contains(report);
        assertThat(report).contains("success@r per cell").contains("measured p=")
                .contains("success at equal budget, tokens spent (in + out)")
                .contains("success at equal budget, wall time spent (s)")
                .contains("== policy repair vs none (verifier visible)")
                .contains("== policy repair vs none (verifier oracle)")
                .contains("== verifier visible vs oracle (policy none)")
                .contains("== verifier visible vs oracle (policy repair)")
                .contains("McNemar exact test");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("id=\"grid-table\"").contains("budget-line");
    }

    @Test
    void everyCellWritesTheSameFirstDraftOfASampleSoTheCellsArePaired() {
        Experiment e = Experiment.read(dir).orElseThrow();
        int compared = 0;
        for (SampleResult r : cell("none-visible").results()) {
            Map<String, String> drafts = e.cells().stream().collect(Collectors.toMap(Experiment.Cell::run,
                    c -> roundOneEdits(cell(c.run()).readTrace(r.task(), r.sample()))));
            assertThat(drafts.values().stream().distinct()).as(r.task() + "#" + r.sample() + " " + drafts).hasSize(1);
            assertThat(drafts.values().iterator().next()).as("a draft was written").isNotEmpty();
            for (Experiment.Cell c : e.cells()) {
                SampleResult other = cell(c.run()).results().stream()
                        .filter(o -> o.task().equals(r.task()) && o.sample() == r.sample()).findFirst().orElseThrow();
                assertThat(other.rounds().getFirst().hiddenPassed()).as(c.run() + " " + r.task()).isEqualTo(r.rounds().getFirst().hiddenPassed());
            }
            compared++;
        }
        assertThat(compared).isEqualTo(TASKS * SAMPLES);
    }

    /** The files the model wrote in round 1, as the trace recorded the edit calls. */
    private static String roundOneEdits(List<TraceEvent> trace) {
        return trace.stream().filter(ev -> ev instanceof TraceEvent.ToolCall c && c.round() == 1 && c.name().equals("edit_file"))
                .map(ev -> ((TraceEvent.ToolCall) ev).arguments().toString()).collect(Collectors.joining("\n"));
    }

    @Test
    void eachRoundRecordsWhatTheSampleHadSpentByThenWithoutTheHiddenGrading() {
        for (SampleResult r : cell("repair-visible").results()) {
            assertThat(r.spent()).as(r.task()).hasSize(r.rounds().size());
            long tokens = 0;
            for (SampleResult.Usage u : r.spent()) {
                assertThat(u.tokensIn() + u.tokensOut()).isGreaterThan(tokens); // every round asks the model
                tokens = u.tokensIn() + u.tokensOut();
            }
            SampleResult.Usage last = r.spent().getLast();
            assertThat(last.tokensIn()).isEqualTo(r.usage().tokensIn());
            assertThat(last.testMs()).isLessThanOrEqualTo(r.usage().testMs());
            assertThat(last.wallMs()).isLessThanOrEqualTo(r.usage().wallMs());
        }
    }

    @Test
    void rerunningTheSameCommandContinuesTheExperimentAndAnotherGridIsRefused() throws Exception {
        Map<String, List<SampleResult>> before = Experiment.read(dir).orElseThrow().cells().stream()
                .collect(Collectors.toMap(Experiment.Cell::run, c -> cell(c.run()).results()));
        CliRunner.Result again = CliRunner.run(command(dir));
        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("resuming none-visible").contains("(" + TASKS * SAMPLES + " done, 0 to run)");
        before.forEach((run, results) -> assertThat(cell(run).results()).as(run).isEqualTo(results));

        CliRunner.Result other = CliRunner.run(command(dir, 3));
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err().strip()).startsWith("ratchet: --out " + dir + " holds another experiment (rounds 2, this command 3)")
                .doesNotContain("\n");
        CliRunner.Result flag = CliRunner.run("experiment", "--resume", dir.toString(), "--rounds", "3");
        assertThat(flag.exit()).isEqualTo(2);
        assertThat(flag.err()).contains("--rounds with --resume");
        CliRunner.Result bad = CliRunner.run("experiment", "--verifier", "visible,bogus", "--out", scratch.resolve("bad").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("ratchet: unknown verifier 'bogus'").doesNotContain("\n");
    }

    @Test
    void compareGivesSuccessAtEqualBudgetsAndDrawsBothRunsOnOneChart() throws Exception {
        Path html = scratch.resolve("compare.html");
        CliRunner.Result c = CliRunner.run("compare", dir.resolve("none-visible").toString(), dir.resolve("repair-visible").toString(),
                "--html", html.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("success at equal budget, tokens spent (in + out): mean over the " + TASKS + " common tasks")
                .contains("success at equal budget, wall time spent (s)").contains("  max  ").contains("wrote " + html);
        String page = Files.readString(html);
        assertThat(page.split("<svg class=\"chart budget").length - 1).isEqualTo(2);
        assertThat(page.split("class=\"budget-line\"").length - 1).as("both runs in each chart").isEqualTo(4);
        assertThat(page).contains("A none-visible").contains("B repair-visible");
    }

    @Test
    void verifierListsKeepTheCommasOfASpec() {
        assertThat(ExperimentCommand.specs("none,visible,noisy:tpr=0.9,fpr=0.2,seed=1,oracle,noisy:tpr=1,fpr=0,seed=2,of=visible"))
                .containsExactly("none", "visible", "noisy:tpr=0.9,fpr=0.2,seed=1", "oracle", "noisy:tpr=1,fpr=0,seed=2,of=visible");
    }
}
