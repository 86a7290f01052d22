package dev.ratchet.tasks.formats;

import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.TaskValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The published HumanEval file: every task loads, and every canonical solution passes as the official harness grades it. */
class HumanEvalRealDataTest {
    @TempDir static Path cache;
    static Suite suite;

    @BeforeAll
    static void load() {
        Path file = RealBenchmarks.humanEval();
        assumeTrue(HostSandboxes.onPath("python3"), "python3 not installed");
        suite = SuiteFormats.load(file, LoadOptions.defaults(cache));
    }

    @Test
    void all164TasksLoadWithTheOfficialCheckAsTheirHiddenGrade() throws Exception {
        assertThat(suite.tasks()).hasSize(164);
        assertThat(suite.tasks().getFirst().id()).isEqualTo("HumanEval/0");
        Task median = task("HumanEval/47");
        assertThat(Files.readString(median.hiddenTests().resolve("test_hidden.py")))
                .contains("def check(candidate):").endsWith("check(median)\nprint(\"hidden tests pass\")\n")
                .doesNotContain("15.0");
    }

    /** Visible, hidden and untouched-workspace checks of all 164 tasks, four at a time: about two minutes on two busy cores. */
    @Test
    void everyReferencePassesAndEveryUntouchedPromptFails() throws Exception {
        TaskValidator validator = new TaskValidator(new HostSandboxes());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TaskValidator.Report>> reports = new ArrayList<>();
            for (Task t : suite.tasks()) reports.add(pool.submit(() -> validator.validate(t)));
            List<TaskValidator.Report> failed = new ArrayList<>();
            for (Future<TaskValidator.Report> r : reports) {
                if (!r.get().passed()) failed.add(r.get());
            }
            assertThat(failed).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatasetsWrongAndProseExamplesAreDroppedWithTheirReasons() {
        ExampleSelection median = ExampleSelection.of(task("HumanEval/47")).orElseThrow();
        assertThat(median.dropped()).extracting(ExampleSelection.Dropped::reason).containsExactly("the reference returns 8.0");
        ExampleSelection fib4 = ExampleSelection.of(task("HumanEval/46")).orElseThrow();
        assertThat(fib4.kept()).hasSize(7);
        assertThat(fib4.dropped()).extracting(ExampleSelection.Dropped::line).containsExactly(9);
        ExampleSelection cube = ExampleSelection.of(task("HumanEval/77")).orElseThrow();
        assertThat(cube.kept()).extracting(ExampleSelection.Kept::expected).contains("True").doesNotContain("> True");
        assertThat(ExampleSelection.of(task("HumanEval/151")).orElseThrow().dropped())
                .extracting(ExampleSelection.Dropped::text).containsExactly("double_the_difference([1, 3, 2, 0]) == 1 + 9 + 0 + 0 = 10");
        assertThat(ExampleSelection.of(task("HumanEval/113")).orElseThrow().kept()).hasSize(2);

        List<ExampleSelection> all = suite.tasks().stream().map(t -> ExampleSelection.of(t).orElseThrow()).toList();
        assertThat(all).allSatisfy(s -> assertThat(s.unchecked()).isNull());
        assertThat(all.stream().mapToInt(s -> s.kept().size()).sum()).isEqualTo(387);
        assertThat(all.stream().mapToInt(s -> s.dropped().size()).sum()).isEqualTo(32);
        assertThat(all.stream().filter(s -> !s.dropped().isEmpty()).count()).isEqualTo(12);
        assertThat(all.stream().filter(ExampleSelection::noVisibleTests).count()).isEqualTo(26);
        // A task without a usable example has no visible test file; its test command says so.
        Task noExamples = task("HumanEval/107");
        assertThat(ExampleSelection.of(noExamples).orElseThrow().noVisibleTests()).isTrue();
        assertThat(noExamples.visibleTests().resolve("test_visible.py")).doesNotExist();
    }

    private static Task task(String id) {
        return suite.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
