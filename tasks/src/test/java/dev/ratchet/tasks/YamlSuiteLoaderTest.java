package dev.ratchet.tasks;

import dev.ratchet.tasks.toolchain.Languages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlSuiteLoaderTest {
    @TempDir Path dir;
    Path suite;

    @BeforeEach
    void layOutOneTask() throws Exception {
        for (String d : List.of("t1/workspace", "t1/tests/visible", "t1/tests/hidden", "t1/reference")) {
            Files.createDirectories(dir.resolve(d));
        }
        Files.writeString(dir.resolve("t1/instructions.md"), "Do the thing.");
        Files.writeString(dir.resolve("t1/workspace/a.py"), "x = 1\n");
        suite = dir.resolve("suite.yaml");
    }

    String task(String extra) {
        return """
                suite: demo
                tasks:
                  - id: t1
                    language: python
                    instructions: t1/instructions.md
                    workspace: t1/workspace/
                    visible_tests: t1/tests/visible/
                    hidden_tests: t1/tests/hidden/
                """ + extra;
    }

    Suite load(String yaml) throws Exception {
        Files.writeString(suite, yaml);
        return new YamlSuiteLoader().load(suite);
    }

    @Test
    void readsATaskAndFillsLanguageDefaults() throws Exception {
        Suite s = load(task("    reference: t1/reference/\n"));
        assertThat(s.name()).isEqualTo("demo");
        assertThat(s.hash()).startsWith("sha256:");
        Task t = s.tasks().getFirst();
        assertThat(t.instructions()).isEqualTo("Do the thing.");
        assertThat(t.testCommand()).isEqualTo(Languages.defaults("python").orElseThrow().testCommand());
        assertThat(t.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(t.reference()).isPresent();
        assertThat(t.image()).isEqualTo("ratchet/python:latest");
    }

    @Test
    void explicitFieldsWin() throws Exception {
        Task t = load(task("    test_command: [\"make\", \"test\"]\n    timeout_seconds: 5\n    image: mine:1\n")).tasks().getFirst();
        assertThat(t.testCommand()).containsExactly("make", "test");
        assertThat(t.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(t.image()).isEqualTo("mine:1");
        assertThat(t.reference()).isEmpty();
    }

    @Test
    void aCustomCommandWithATestReportIsGradedPerTest() throws Exception {
        Task t = load(task("    test_command: [\"make\", \"it's\"]\n    test_report: junit-xml\n")).tasks().getFirst();
        assertThat(dev.ratchet.tasks.grading.ResultChannel.reportsOn(t.testCommand())).isTrue();
        assertThat(t.testCommand().getLast()).contains("RATCHET_REPORT_DIR=\"$R\" 'make' 'it'\\''s'");
        String file = dir.resolve("suite.yaml").toString();
        assertThatThrownBy(() -> load(task("    test_command: [\"make\"]\n    test_report: tap\n")))
                .hasMessage(file + ": task 't1': field 'test_report': unknown report 'tap' (known: [junit-xml, catch-xml, ctest-xml, go-test-json, libtest-json, jest-json])");
        assertThatThrownBy(() -> load(task("    test_report: junit-xml\n")))
                .hasMessageContaining("field 'test_report': needs a 'test_command'");
    }

    @Test
    void errorsNameTheFileTheTaskAndTheField() {
        String file = dir.resolve("suite.yaml").toString();
        assertThatThrownBy(() -> load(task("    timeout_seconds: soon\n")))
                .hasMessage(file + ": task 't1': field 'timeout_seconds': expected a positive whole number, got \"soon\"");
        assertThatThrownBy(() -> load(task("    reference: t1/missing/\n")))
                .hasMessage(file + ": task 't1': field 'reference': directory not found: t1/missing/");
        assertThatThrownBy(() -> load(task("    test_command: make test\n")))
                .hasMessageContaining("task 't1': field 'test_command': expected a non-empty list");
        assertThatThrownBy(() -> load(task("    colour: blue\n"))).hasMessageContaining("task 't1': unknown field 'colour'");
        assertThatThrownBy(() -> load(task("").replace("language: python", "language: cobol")))
                .hasMessageContaining("field 'test_command': missing, and language 'cobol' has no default");
        assertThatThrownBy(() -> load(task("").replace("t1/workspace/", "../elsewhere/")))
                .hasMessageContaining("field 'workspace': '../elsewhere/' points outside the suite directory");
        assertThatThrownBy(() -> load("suite: demo\ntasks:\n  - language: python\n"))
                .hasMessage(file + ": task #1: field 'id': missing");
        assertThatThrownBy(() -> load("tasks: []\n")).hasMessage(file + ": field 'suite': missing (the suite's name)");
        assertThatThrownBy(() -> load("suite: demo\ntasks: {}\n")).hasMessageContaining("field 'tasks': expected a non-empty list");
        assertThatThrownBy(() -> load("suite: [unclosed\n")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> new YamlSuiteLoader().load(dir.resolve("nope.yaml"))).hasMessageContaining("suite file not found");
    }

    @Test
    void duplicateIdsAreRejected() throws Exception {
        String one = task("");
        String twice = one + one.substring(one.indexOf("  - id"));
        assertThatThrownBy(() -> load(twice)).hasMessageContaining("task 't1': field 'id': duplicate id");
    }

    @Test
    void loadsFromInsideAZipFileSystem() throws Exception {
        Files.writeString(suite, task(""));
        Path zip = dir.resolveSibling(dir.getFileName() + ".zip");
        try (FileSystem zfs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.toList()) {
                    Path target = zfs.getPath("/" + dir.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                }
            }
        }
        try (FileSystem zfs = FileSystems.newFileSystem(zip)) {
            Suite s = new YamlSuiteLoader().load(zfs.getPath("/suite.yaml"));
            assertThat(s.tasks().getFirst().instructions()).isEqualTo("Do the thing.");
            assertThat(TaskFiles.relativeFiles(s.tasks().getFirst().workspace())).containsExactly("a.py");
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @Test
    void builtinSuiteLoads() {
        Suite s = BuiltinSuite.load();
        assertThat(s.name()).isEqualTo("builtin");
        assertThat(s.tasks()).isNotEmpty().allMatch(t -> t.reference().isPresent());
    }

    @Test
    void editableGlobsDefaultToEveryFileAndAreChecked() throws Exception {
        assertThat(load(task("")).tasks().getFirst().editable()).isEqualTo(Editable.ANY);
        Task t = load(task("    editable: [\"a.py\", \"lib/**/*.py\"]\n")).tasks().getFirst();
        assertThat(t.editable().allows("a.py", true)).isTrue();
        assertThat(t.editable().allows("lib/x/y.py", false)).isTrue();
        assertThat(t.editable().allows("b.py", false)).isFalse();
        assertThatThrownBy(() -> load(task("    editable: [\"../outside\"]\n")))
                .isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining("task 't1': field 'editable': not a workspace glob: '../outside'");
        assertThatThrownBy(() -> load(task("    editable: []\n")))
                .isInstanceOf(SuiteFormatException.class).hasMessageContaining("field 'editable'");
    }
}
