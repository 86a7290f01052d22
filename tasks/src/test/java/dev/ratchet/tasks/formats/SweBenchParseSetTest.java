package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.SuiteFormatException;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader on the shipped real-repository set ({@link ParseInstances}): the repository comes from
 * the git bundle, and the strict unified-diff applier must turn each real {@code patch}/{@code test_patch}
 * at {@code base_commit} into exactly the files of the commit that fixed the bug.
 */
class SweBenchParseSetTest {
    @TempDir Path cache;
    @TempDir Path dir;

    @Test
    void everyInstanceLoadsFromTheBundle() throws Exception {
        Suite s = ParseInstances.load(cache);
        assertThat(s.tasks()).extracting(Task::id).containsExactly(
                "r1chardj0n3s__parse-45", "r1chardj0n3s__parse-92", "r1chardj0n3s__parse-103", "r1chardj0n3s__parse-111",
                "r1chardj0n3s__parse-113", "r1chardj0n3s__parse-119", "r1chardj0n3s__parse-124", "r1chardj0n3s__parse-125",
                "r1chardj0n3s__parse-132");
        for (Task t : s.tasks()) {
            assertThat(t.image()).isEqualTo("ratchet/python:latest");
            // Ratchet's runner, so the grade is per test id, not pytest's exit code
            assertThat(t.testCommand()).isEqualTo(SweBenchLoader.TEST_COMMAND);
            assertThat(dev.ratchet.tasks.grading.ResultChannel.reportsOn(t.testCommand())).isTrue();
            assertThat(TaskFiles.relativeFiles(t.workspace())).contains("parse.py", "test_parse.py", "README.rst");
            try (Stream<Path> walk = Files.walk(t.workspace())) {
                assertThat(walk.map(p -> p.getFileName().toString())).as(t.id()).doesNotContain(".git");
            }
        }
    }

    @Test
    void theStrictApplierReproducesEachFixCommit() throws Exception {
        Suite s = ParseInstances.load(cache);
        List<JsonNode> records = ParseInstances.records();
        try (Repository git = new FileRepositoryBuilder().setGitDir(GitBundleClone.repository(ParseInstances.bundle(), cache).toFile()).build()) {
            for (int k = 0; k < records.size(); k++) {
                JsonNode r = records.get(k);
                Task t = s.tasks().get(k);
                String base = r.get("base_commit").asText();
                String fix = r.get("fix_commit").asText();
                Map<String, String> reference = TaskFiles.read(t.reference().orElseThrow());
                Map<String, String> hidden = new java.util.TreeMap<>(TaskFiles.read(t.hiddenTests()));
                hidden.keySet().removeIf(p -> p.startsWith(".ratchet/"));
                assertThat(reference).as(t.id()).containsKey("parse.py").doesNotContainKey("test_parse.py");
                assertThat(hidden).as(t.id()).containsOnlyKeys("test_parse.py");
                for (var e : reference.entrySet()) assertThat(e.getValue()).as(t.id() + " " + e.getKey()).isEqualTo(blob(git, fix, e.getKey()));
                for (var e : hidden.entrySet()) assertThat(e.getValue()).as(t.id() + " " + e.getKey()).isEqualTo(blob(git, fix, e.getKey()));
                for (String f : List.of("parse.py", "test_parse.py")) {
                    assertThat(Files.readString(t.workspace().resolve(f))).as(t.id() + " workspace " + f).isEqualTo(blob(git, base, f));
                }
            }
        }
    }

    @Test
    void theTestIdsAreTheInstancesPytestIds() throws Exception {
        Suite s = ParseInstances.load(cache);
        List<JsonNode> records = ParseInstances.records();
        for (int k = 0; k < records.size(); k++) {
            Task t = s.tasks().get(k);
            List<String> failToPass = ParseInstances.strings(records.get(k), "FAIL_TO_PASS");
            List<String> passToPass = ParseInstances.strings(records.get(k), "PASS_TO_PASS");
            assertThat(failToPass).as(t.id()).isNotEmpty().doesNotContainAnyElementsOf(passToPass);
            assertThat(passToPass).as(t.id()).hasSizeGreaterThan(50);
            List<String> all = new ArrayList<>(failToPass);
            all.addAll(passToPass);
            // unittest classes collected by pytest: path::Class::test
            assertThat(all).as(t.id()).allMatch(id -> id.matches("test_parse\\.py::Test\\w+::test_\\w+"));
            assertThat(Files.readAllLines(t.hiddenTests().resolve(".ratchet/test-ids.txt"))).as(t.id()).isEqualTo(all);
            // test_patch changes the project's only test file, so no PASS_TO_PASS test is visible as it was at base
            assertThat(Files.readString(t.visibleTests().resolve(".ratchet/test-ids.txt"))).as(t.id()).isEmpty();
            assertThat(t.hiddenTests().resolve(".ratchet/run-tests.sh")).doesNotExist();
        }
    }

    @Test
    void aFileThatIsNoBundleNamesTheTaskAndField() throws Exception {
        Path data = Files.copy(ParseInstances.file(), dir.resolve("instances.jsonl"));
        Files.createDirectories(dir.resolve("repos"));
        Files.writeString(dir.resolve("repos/r1chardj0n3s__parse.bundle"), "not a bundle\n");
        assertThatThrownBy(() -> SuiteFormats.load(data, LoadOptions.defaults(cache).withReposDir(dir.resolve("repos"))))
                .isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining("task 'r1chardj0n3s__parse-45': field 'repo'")
                .hasMessageContaining("cannot clone git bundle");
    }

    private static String blob(Repository git, String commit, String path) throws Exception {
        ObjectId id = git.resolve(commit + ":" + path);
        assertThat(id).as(commit + ":" + path).isNotNull();
        return new String(git.open(id).getBytes(), StandardCharsets.UTF_8);
    }
}
