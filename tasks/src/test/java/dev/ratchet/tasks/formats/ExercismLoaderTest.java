package dev.ratchet.tasks.formats;

import dev.ratchet.tasks.toolchain.Languages;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.SuiteFormatException;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.grading.TaskValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExercismLoaderTest {
    @TempDir Path dir;
    @TempDir Path cache;

    Suite load(Path root) {
        return SuiteFormats.load(root, LoadOptions.defaults(cache));
    }

    static Path fixture(String language, Path dir) throws IOException {
        return switch (language) {
            case "python" -> ExercismFixtures.python(dir);
            case "java" -> ExercismFixtures.java(dir);
            case "go" -> ExercismFixtures.go(dir);
            case "rust" -> ExercismFixtures.rust(dir);
            case "javascript" -> ExercismFixtures.javascript(dir);
            case "cpp" -> ExercismFixtures.cpp(dir);
            default -> throw new IllegalArgumentException(language);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "java", "go", "rust", "javascript", "cpp"})
    void everyLanguageLoadsFromThePolyglotLayout(String language) throws Exception {
        fixture(language, dir.resolve("polyglot"));
        assertThat(SuiteFormats.detect(dir.resolve("polyglot"))).isEqualTo("exercism");
        Suite s = load(dir.resolve("polyglot"));
        Task t = s.tasks().getFirst();
        assertThat(t.id()).isEqualTo(language + "/doubler");
        assertThat(t.language()).isEqualTo(language);
        assertThat(t.image()).isEqualTo("ratchet/" + language + ":latest");
        assertThat(t.instructions()).contains("Return twice the number.");
        List<String> ws = TaskFiles.relativeFiles(t.workspace());
        assertThat(ws).noneMatch(p -> p.startsWith(".meta/") || p.startsWith(".docs/"));
        assertThat(TaskFiles.relativeFiles(t.visibleTests())).isEqualTo(TaskFiles.relativeFiles(t.hiddenTests())).isNotEmpty();
        assertThat(ws).doesNotContainAnyElementsOf(TaskFiles.relativeFiles(t.hiddenTests()));
        // the example lands at the solution's paths
        assertThat(TaskFiles.relativeFiles(t.reference().orElseThrow())).isSubsetOf(ws);
    }

    @Test
    void aSuiteOfSeveralLanguagesHasOneTaskEach() throws Exception {
        for (String l : List.of("python", "java", "go", "rust", "javascript", "cpp")) fixture(l, dir);
        assertThat(load(dir).tasks()).extracting(Task::id).containsExactly(
                "cpp/doubler", "go/doubler", "java/doubler", "javascript/doubler", "python/doubler", "rust/doubler");
    }

    @Test
    void aSingleExerciseDirectoryIsASuiteOfOne() throws Exception {
        Path ex = ExercismFixtures.rust(dir);
        assertThat(load(ex).tasks()).extracting(Task::id).containsExactly("rust/doubler");
        Path moved = Files.move(ex, Files.createDirectories(dir.resolve("elsewhere")).resolve("doubler"));
        assertThat(load(moved).tasks()).extracting(Task::id).containsExactly("rust/doubler"); // from the .rs extension
    }

    @Test
    void ourOwnSuitesAreStillYaml() throws Exception {
        Path builtin = dev.ratchet.tasks.BuiltinSuite.suiteFile();
        assertThat(SuiteFormats.detect(builtin)).isEqualTo("yaml");
        assertThat(SuiteFormats.detect(builtin.getParent())).isEqualTo("yaml");
        assertThat(SuiteFormats.load(builtin, Optional.empty(), cache).tasks()).isNotEmpty();
        assertThatThrownBy(() -> SuiteFormats.detect(dir)).isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("unknown format");
    }

    @Test
    void instructionsAppendTheAppendixAndNameTheFilesToEdit() throws Exception {
        Task t = load(ExercismFixtures.python(dir)).tasks().getFirst();
        assertThat(t.instructions()).contains("Use integers only.").contains("doubler.py");
        assertThat(t.testCommand()).isEqualTo(Languages.PYTHON_PYTEST_OR_UNITTEST);
    }

    @Test
    void javaTestsLoseTheirDisabledAnnotationsAsAiderRemovesThem() throws Exception {
        Task t = load(ExercismFixtures.java(dir)).tasks().getFirst();
        String test = Files.readString(t.hiddenTests().resolve("src/test/java/DoublerTest.java"));
        // Aider: re.sub(r"@Disabled\([^)]*\)\s*\n", "", ...): the annotation with a reason goes, a bare one stays
        assertThat(test).doesNotContain("@Disabled(").contains("    @Test\n    public void two()")
                .contains("    @Disabled\n    @Test\n    public void three()");
        assertThat(Files.readString(t.reference().orElseThrow().resolve("src/main/java/Doubler.java"))).contains("n * 2");
        // the exercise directory itself is left alone
        assertThat(Files.readString(dir.resolve("java/exercises/practice/doubler/src/test/java/DoublerTest.java"))).contains("@Disabled(");
    }

    @Test
    void javaLibrariesFromBuildGradleAreRecorded() throws Exception {
        Task t = load(ExercismFixtures.java(dir)).tasks().getFirst();
        assertThat(ExercismLoader.javaLibraries(t)).containsExactly(new MavenCoordinate("org.json", "json", "20231013"));
        assertThat(ExercismLoader.javaLibraries(load(ExercismFixtures.python(dir.resolve("py"))).tasks().getFirst())).isEmpty();
    }

    @Test
    void javascriptSkippedTestsAreEnabled() throws Exception {
        Task t = load(ExercismFixtures.javascript(dir)).tasks().getFirst();
        assertThat(Files.readString(t.hiddenTests().resolve("doubler.spec.js"))).doesNotContain("xtest").contains("  test('two'");
    }

    @Test
    void holdingBackTestsHidesThemFromTheAgent() throws Exception {
        ExercismFixtures.python(dir);
        Task t = SuiteFormats.load(dir, LoadOptions.defaults(cache).withHoldBackTests(true)).tasks().getFirst();
        assertThat(TaskFiles.relativeFiles(t.visibleTests())).isEmpty();
        assertThat(TaskFiles.relativeFiles(t.hiddenTests())).containsExactly("doubler_test.py");
    }

    @Test
    void aSecondLoadReusesTheCache() throws Exception {
        ExercismFixtures.python(dir);
        Task first = load(dir).tasks().getFirst();
        Task second = load(dir).tasks().getFirst();
        assertThat(second.workspace()).isEqualTo(first.workspace());
        assertThat(second.id()).isEqualTo(first.id());
    }

    @Test
    void aConfigWithoutSolutionFilesNamesTheFileTaskAndField() throws Exception {
        Path ex = ExercismFixtures.python(dir);
        Files.writeString(ex.resolve(".meta/config.json"), "{\"files\": {\"test\": [\"doubler_test.py\"]}}");
        assertThatThrownBy(() -> load(dir)).isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining("config.json").hasMessageContaining("task 'doubler'")
                .hasMessageContaining("field 'files.solution'");
    }

    @Test
    void badJsonInAConfigIsOneLine() throws Exception {
        Path ex = ExercismFixtures.python(dir);
        Files.writeString(ex.resolve(".meta/config.json"), "{\"files\": ");
        assertThatThrownBy(() -> load(dir)).isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining("config.json").hasMessageContaining("bad JSON").message().doesNotContain("\n");
    }

    @Test
    void aMissingTestFileIsNamed() throws Exception {
        Path ex = ExercismFixtures.python(dir);
        Files.delete(ex.resolve("doubler_test.py"));
        assertThatThrownBy(() -> load(dir)).hasMessageContaining("task 'python/doubler'")
                .hasMessageContaining("field 'files.test'").hasMessageContaining("doubler_test.py");
    }

    // ---- real test runs where the toolchain is installed ----

    @ParameterizedTest
    @ValueSource(strings = {"python", "java", "go", "rust", "javascript", "cpp"})
    void validatesWithTheLanguagesToolchain(String language) throws Exception {
        switch (language) {
            case "python" -> assumeTrue(HostSandboxes.onPath("python3"), "python3 not installed");
            case "java" -> assumeTrue(HostSandboxes.onPath("javac") && System.getProperty("ratchet.junit.jar") != null
                    && Files.isRegularFile(Path.of(System.getProperty("ratchet.junit.jar"))), "javac or the JUnit jar missing");
            case "go" -> assumeTrue(HostSandboxes.onPath("go"), "go not installed");
            case "rust" -> assumeTrue(HostSandboxes.onPath("cargo"), "cargo not installed");
            case "javascript" -> assumeTrue(HostSandboxes.onPath("npm") && System.getenv("RATCHET_NODE_MODULES") != null
                    && Files.isDirectory(Path.of(System.getenv("RATCHET_NODE_MODULES"), "jest")),
                    "jest not installed (set RATCHET_NODE_MODULES to a node_modules with jest and the Exercism babel preset)");
            case "cpp" -> assumeTrue(HostSandboxes.onPath("cmake") && HostSandboxes.onPath("c++"), "cmake or c++ not installed");
            default -> throw new IllegalArgumentException(language);
        }
        Task t = load(fixture(language, dir)).tasks().getFirst();
        TaskValidator.Report r = new TaskValidator(new HostSandboxes()).validate(t);
        assertThat(r.passed()).as(r.toString()).isTrue();
    }

    @Test
    void noExercisesIsAnError() {
        assertThatThrownBy(() -> new ExercismLoader().load(dir, LoadOptions.defaults(cache)))
                .isInstanceOf(SuiteFormatException.class).hasMessageContaining("no exercise");
        assertThat(Optional.empty()).isEmpty();
    }
}
