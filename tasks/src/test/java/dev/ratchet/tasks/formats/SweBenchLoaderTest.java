package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.SuiteFormatException;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.grading.TaskValidator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A real repository built with JGit: a buggy base commit, then the commit that fixes it. */
class SweBenchLoaderTest {
    @TempDir Path dir;
    @TempDir Path cache;

    static final String BUGGY = "def add(a, b):\n    return a - b\n\n\ndef mul(a, b):\n    return a * b\n";
    static final String FIXED = "def add(a, b):\n    return a + b  # FIXED-IN-LATER-COMMIT\n\n\ndef mul(a, b):\n    return a * b\n";
    static final String MUL_TEST = "from calc import mul\n\n\ndef test_mul():\n    assert mul(2, 3) == 6\n";
    static final String ADD_TEST = "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n";

    RevCommit base;
    RevCommit fix;
    Path repo;

    @BeforeEach
    void buildRepository() throws Exception {
        repo = dir.resolve("repos/acme__calc");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("calc.py"), BUGGY);
            Files.writeString(repo.resolve("test_mul.py"), MUL_TEST);
            Files.createDirectories(repo.resolve("docs"));
            Files.writeString(repo.resolve("docs/README.md"), "calc\n");
            git.add().addFilepattern(".").call();
            base = git.commit().setMessage("base").setAuthor("t", "t@example.com").setSign(false).call();
            Files.writeString(repo.resolve("calc.py"), FIXED);
            Files.writeString(repo.resolve("test_add.py"), ADD_TEST);
            git.add().addFilepattern(".").call();
            fix = git.commit().setMessage("fix add").setAuthor("t", "t@example.com").setSign(false).call();
        }
    }

    ObjectNode instance() {
        ObjectNode n = JsonRecords.JSON.createObjectNode();
        n.put("instance_id", "acme__calc-1").put("repo", "acme/calc").put("base_commit", base.name())
                .put("problem_statement", "add() subtracts instead of adding.")
                .put("patch", WorkspaceDiff.between(Map.of("calc.py", BUGGY), Map.of("calc.py", FIXED)))
                .put("test_patch", WorkspaceDiff.between(Map.of(), Map.of("test_add.py", ADD_TEST)))
                .put("FAIL_TO_PASS", "[\"test_add.py::test_add\"]"); // SWE-bench's HF export stores lists as strings
        n.putArray("PASS_TO_PASS").add("test_mul.py::test_mul");
        return n;
    }

    Path write(ObjectNode... instances) throws Exception {
        Path f = dir.resolve("instances.json");
        ArrayNode a = JsonRecords.JSON.createArrayNode();
        for (ObjectNode n : instances) a.add(n);
        Files.writeString(f, a.toPrettyString());
        return f;
    }

    Suite load(Path f) {
        return SuiteFormats.load(f, LoadOptions.defaults(cache));
    }

    @Test
    void theWorkspaceIsTheBaseCommitWithoutHistory() throws Exception {
        Path f = write(instance());
        assertThat(SuiteFormats.detect(f)).isEqualTo("swebench");
        Task t = load(f).tasks().getFirst();
        assertThat(t.id()).isEqualTo("acme__calc-1");
        assertThat(TaskFiles.relativeFiles(t.workspace())).containsExactly("calc.py", "docs/README.md", "test_mul.py");
        assertThat(Files.readString(t.workspace().resolve("calc.py"))).isEqualTo(BUGGY);
        // no repository anywhere in what the agent or grader gets, so the fixing commit can't be reached
        for (Path layer : List.of(t.workspace(), t.visibleTests(), t.hiddenTests())) {
            try (Stream<Path> walk = Files.walk(layer)) {
                assertThat(walk.map(p -> p.getFileName().toString())).doesNotContain(".git");
            }
            assertThatThrownBy(() -> Git.open(layer.toFile())).isInstanceOf(RepositoryNotFoundException.class);
            for (String file : TaskFiles.relativeFiles(layer)) {
                String content = Files.readString(layer.resolve(file));
                assertThat(content).as(file).doesNotContain("FIXED-IN-LATER-COMMIT").doesNotContain(fix.name());
            }
        }
        try (Stream<Path> walk = Files.walk(cache)) {
            assertThat(walk.map(p -> p.getFileName().toString())).doesNotContain(".git", "ORIG_HEAD", "packed-refs");
        }
    }

    @Test
    void referenceHiddenAndVisibleComeFromThePatches() throws Exception {
        Task t = load(write(instance())).tasks().getFirst();
        assertThat(TaskFiles.read(t.reference().orElseThrow())).isEqualTo(Map.of("calc.py", FIXED));
        assertThat(Files.readString(t.hiddenTests().resolve("test_add.py"))).isEqualTo(ADD_TEST);
        assertThat(Files.readString(t.hiddenTests().resolve(".ratchet/test-ids.txt")))
                .isEqualTo("test_add.py::test_add\ntest_mul.py::test_mul\n");
        assertThat(Files.readString(t.visibleTests().resolve(".ratchet/test-ids.txt"))).isEqualTo("test_mul.py::test_mul\n");
        assertThat(TaskFiles.relativeFiles(t.visibleTests())).doesNotContain("test_add.py");
        assertThat(t.instructions()).contains("add() subtracts");
    }

    @Test
    void validatesWithPytest() throws Exception {
        assumeTrue(HostSandboxes.onPath("python3") && new ProcessBuilder("python3", "-c", "import pytest").start().waitFor() == 0,
                "python with pytest not installed");
        Task t = load(write(instance())).tasks().getFirst();
        TaskValidator.Report r = new TaskValidator(new HostSandboxes()).validate(t);
        assertThat(r.passed()).as(r.toString()).isTrue();
    }

    @Test
    void theCandidatePatchIsAUnifiedDiffAgainstThePristineWorkspace() throws Exception {
        Task t = load(write(instance())).tasks().getFirst();
        String patch = WorkspaceDiff.of(t, Map.of("calc.py", FIXED, "NEW.txt", "hello\n"));
        assertThat(patch).contains("diff --git a/calc.py b/calc.py").contains("-    return a - b")
                .contains("+    return a + b  # FIXED-IN-LATER-COMMIT").contains("--- /dev/null\n+++ b/NEW.txt");
        var applied = UnifiedDiff.apply(t.workspace(), patch);
        assertThat(applied).containsEntry("calc.py", Optional.of(FIXED)).containsEntry("NEW.txt", Optional.of("hello\n"));
        String deletion = WorkspaceDiff.between(Map.of("docs/README.md", "calc\n"), Map.of());
        assertThat(UnifiedDiff.apply(t.workspace(), deletion)).containsEntry("docs/README.md", Optional.empty());
    }

    @Test
    void aSuiteFileCarriesReposDirAndTestRunner() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.move(write(instance()), data.resolve("lite.jsonl.json"));
        Path yaml = Files.writeString(dir.resolve("suite.yaml"), """
                suite: mini-swe
                format: swebench
                source: data/lite.jsonl.json
                repos_dir: repos
                test_command: [python, -m, pytest, -q]
                image: "sweb.eval.x86_64.{instance_id}:latest"
                """);
        Suite s = SuiteFormats.load(dir, LoadOptions.defaults(cache));
        assertThat(s.name()).isEqualTo("mini-swe");
        Task t = s.tasks().getFirst();
        assertThat(t.image()).isEqualTo("sweb.eval.x86_64.acme__calc-1:latest");
        assertThat(Files.readString(t.hiddenTests().resolve(".ratchet/run-tests.sh"))).contains("xargs -0 -r 'python' '-m' 'pytest' '-q'");
        assertThat(yaml).exists();
    }

    @Test
    void aMissingRepositoryNamesTheTaskAndField() throws Exception {
        ObjectNode n = instance().put("repo", "acme/other");
        assertThatThrownBy(() -> load(write(n))).isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining("task 'acme__calc-1'").hasMessageContaining("field 'repo'").hasMessageContaining("acme__other");
    }

    @Test
    void anUnknownBaseCommitNamesTheField() throws Exception {
        ObjectNode n = instance().put("base_commit", "0123456789012345678901234567890123456789");
        assertThatThrownBy(() -> load(write(n))).isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining("task 'acme__calc-1'").hasMessageContaining("field 'base_commit'");
    }

    @Test
    void aPatchThatDoesNotApplyNamesTheField() throws Exception {
        ObjectNode n = instance().put("patch", WorkspaceDiff.between(Map.of("calc.py", "something else\n"), Map.of("calc.py", FIXED)));
        assertThatThrownBy(() -> load(write(n))).isInstanceOf(SuiteFormatException.class).hasMessageContaining("field 'patch'");
    }

    @Test
    void missingFieldsAndBadLinesInJsonl() throws Exception {
        Path f = dir.resolve("i.jsonl");
        ObjectNode n = instance();
        n.remove("test_patch");
        Files.writeString(f, n + "\n");
        assertThatThrownBy(() -> load(f)).hasMessageContaining("i.jsonl: line 1: task 'acme__calc-1': field 'test_patch': missing");
        Files.writeString(f, instance() + "\nnot json\n");
        assertThatThrownBy(() -> SuiteFormats.load(f, LoadOptions.defaults(cache).withFormat(Optional.of("swebench"))))
                .hasMessageContaining("i.jsonl: line 2: bad JSON");
    }
}
