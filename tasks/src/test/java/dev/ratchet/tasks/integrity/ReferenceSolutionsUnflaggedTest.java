package dev.ratchet.tasks.integrity;

import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.formats.LoadOptions;
import dev.ratchet.tasks.formats.SuiteFormats;
import dev.ratchet.tasks.grading.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No benign reference solution is flagged (issue 15's acceptance): every HumanEval canonical solution and every
 * polyglot example solution, in all six languages, laid over its pristine workspace as an agent would leave it,
 * raises no flag — so a flag on a real run means something.
 */
class ReferenceSolutionsUnflaggedTest {
    @TempDir Path cache;

    /** The flags of each task whose reference raises any, by task id. */
    private Map<String, List<Flag>> flagsOf(Suite suite) {
        Map<String, List<Flag>> flagged = new TreeMap<>();
        for (Task task : suite.tasks()) {
            assertThat(task.reference()).as(task.id()).isPresent();
            Map<String, byte[]> files = new TreeMap<>(TaskFiles.readBytes(task.workspace()));
            files.putAll(TaskFiles.readBytes(task.visibleTests()));
            files.putAll(TaskFiles.readBytes(task.reference().orElseThrow()));
            Candidate.Examined examined = Candidate.examine(files, task);
            assertThat(examined.candidate().changed()).as(task.id() + ": the reference is a candidate").isNotEmpty();
            List<Flag> flags = WorkspaceFlags.of(task, files, examined);
            if (!flags.isEmpty()) flagged.put(task.id(), flags);
        }
        return flagged;
    }

    @Test
    void noHumanEvalCanonicalSolutionIsFlagged() {
        Suite suite = SuiteFormats.load(RealBenchmarks.humanEval(), LoadOptions.defaults(cache));
        assertThat(suite.tasks()).hasSize(164);
        assertThat(flagsOf(suite)).isEmpty();
    }

    @Test
    void noPolyglotExampleSolutionIsFlaggedInAnyOfTheSixLanguages() {
        Suite suite = SuiteFormats.load(RealBenchmarks.polyglot(), LoadOptions.defaults(cache));
        assertThat(suite.tasks().stream().collect(Collectors.groupingBy(Task::language, Collectors.counting())))
                .containsOnlyKeys("cpp", "go", "java", "javascript", "python", "rust");
        assertThat(suite.tasks()).hasSize(225);
        assertThat(flagsOf(suite)).isEmpty();
    }
}
