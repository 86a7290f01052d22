package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.SuiteFormatException;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.TaskValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HumanEvalLoaderTest {
    @TempDir Path dir;
    @TempDir Path cache;

    static final String ADD_PROMPT = """
            def add_all(xs: list) -> int:
                \"\"\" Sum of the numbers in xs.
                >>> add_all([1, 2, 3])
                6
                >>> add_all([])
                0
                \"\"\"
            """;
    static final String ADD_SOLUTION = "    return sum(xs)\n";
    static final String ADD_TEST = """
            METADATA = {}

            def check(candidate):
                assert candidate([1, 2, 3]) == 6
                assert candidate([]) == 0
                assert candidate([-4, 4, 10]) == 10
            """;

    static final String SHOUT_PROMPT = """
            def shout(word):
                \"\"\"Upper-case the word and add an exclamation mark.
                For example:
                shout("hi") ➞ "HI!"
                shout("ok") == "OK!"
                \"\"\"
            """;

    static String line(String id, String prompt, String entry, String solution, String test) {
        ObjectNode n = JsonRecords.JSON.createObjectNode();
        n.put("task_id", id).put("prompt", prompt).put("entry_point", entry)
                .put("canonical_solution", solution).put("test", test);
        return n.toString();
    }

    Path jsonl() throws Exception {
        Path f = dir.resolve("problems.jsonl");
        Files.writeString(f, line("Mini/0", ADD_PROMPT, "add_all", ADD_SOLUTION, ADD_TEST) + "\n"
                + line("Mini/1", SHOUT_PROMPT, "shout", "    return word.upper() + '!'\n",
                "def check(candidate):\n    assert candidate('a') == 'A!'\n    assert candidate('') == '!'\n") + "\n");
        return f;
    }

    Suite load(Path f) {
        return SuiteFormats.load(f, LoadOptions.defaults(cache));
    }

    @Test
    void aSuiteCacheThatCannotBeWrittenIsWorkedAroundWithOneWarning() throws Exception {
        Path notADir = Files.writeString(dir.resolve("cache-file"), "a file"); // unwritable even for root
        java.io.PrintStream old = System.err;
        var err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        Suite first, second;
        try {
            first = SuiteFormats.load(jsonl(), LoadOptions.defaults(notADir));
            second = SuiteFormats.load(jsonl(), LoadOptions.defaults(notADir));
        } finally {
            System.setErr(old);
        }
        assertThat(first.tasks()).extracting(Task::id).containsExactly("Mini/0", "Mini/1");
        assertThat(second.tasks()).hasSize(2);
        assertThat(first.tasks().getFirst().hiddenTests()).isNotEmptyDirectory();
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8).strip().lines()).singleElement().asString()
                .startsWith("ratchet: warning: cannot write the suite cache in " + notADir);
    }

    @Test
    void aProblemBecomesPromptWorkspaceExampleTestsAndHiddenCheck() throws Exception {
        Path f = jsonl();
        assertThat(SuiteFormats.detect(f)).isEqualTo("humaneval");
        Suite s = load(f);
        assertThat(s.name()).isEqualTo("problems");
        assertThat(s.tasks()).extracting(Task::id).containsExactly("Mini/0", "Mini/1");
        Task t = s.tasks().getFirst();
        assertThat(Files.readString(t.workspace().resolve("solution.py"))).isEqualTo(ADD_PROMPT);
        assertThat(Files.readString(t.reference().orElseThrow().resolve("solution.py"))).isEqualTo(ADD_PROMPT + ADD_SOLUTION);
        assertThat(Files.readString(t.hiddenTests().resolve("test_hidden.py"))).contains(ADD_TEST).contains("check(add_all)");
        String visible = Files.readString(t.visibleTests().resolve("test_visible.py"));
        assertThat(visible).contains("(\"add_all([1, 2, 3])\", \"6\")").contains("(\"add_all([])\", \"0\")")
                .doesNotContain("-4, 4, 10");
        assertThat(t.instructions()).contains("add_all");
    }

    @Test
    void gzippedFilesAndIdsWithSlashesAreKept() throws Exception {
        Path gz = dir.resolve("problems.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readString(jsonl()).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(SuiteFormats.detect(gz)).isEqualTo("humaneval");
        assertThat(load(gz).tasks()).extracting(Task::id).containsExactly("Mini/0", "Mini/1");
    }

    @Test
    void validatesWithPython() throws Exception {
        assumeTrue(HostSandboxes.onPath("python3"), "python3 not installed");
        for (Task t : load(jsonl()).tasks()) {
            TaskValidator.Report r = new TaskValidator(new HostSandboxes()).validate(t);
            assertThat(r.passed()).as(r.toString()).isTrue();
        }
    }

    @Test
    void badJsonNamesTheLine() throws Exception {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, line("Mini/0", ADD_PROMPT, "add_all", ADD_SOLUTION, ADD_TEST) + "\n{\"task_id\": \"Mini/1\",\n");
        assertThatThrownBy(() -> SuiteFormats.load(f, LoadOptions.defaults(cache).withFormat(java.util.Optional.of("humaneval"))))
                .isInstanceOf(SuiteFormatException.class).hasMessageContaining("bad.jsonl: line 2: bad JSON");
    }

    @Test
    void aMissingFieldNamesTheTaskAndField() throws Exception {
        Path f = dir.resolve("missing.jsonl");
        Files.writeString(f, "{\"task_id\": \"Mini/7\", \"prompt\": \"def f():\\n\", \"entry_point\": \"f\", \"test\": \"\"}\n");
        assertThatThrownBy(() -> load(f)).isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining("missing.jsonl: line 1: task 'Mini/7': field 'canonical_solution': missing");
    }

    @Test
    void unknownFormatsAreOneLineErrors() throws Exception {
        Path f = dir.resolve("other.jsonl");
        Files.writeString(f, "{\"question\": 1}\n");
        assertThatThrownBy(() -> load(f)).isInstanceOf(SuiteFormatException.class).hasMessageContaining("unknown format");
        assertThatThrownBy(() -> SuiteFormats.load(jsonl(), java.util.Optional.of("csv"), cache))
                .isInstanceOf(SuiteFormatException.class).hasMessageContaining("unknown format 'csv'");
        Path txt = Files.writeString(dir.resolve("x.txt"), "hi");
        assertThatThrownBy(() -> load(txt)).hasMessageContaining("unknown format");
        assertThat(List.of()).isEmpty();
    }
}
