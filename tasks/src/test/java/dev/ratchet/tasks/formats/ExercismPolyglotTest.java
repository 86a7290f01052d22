package dev.ratchet.tasks.formats;

import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.toolchain.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader on the real Aider polyglot checkout ({@link RealBenchmarks#polyglot()}), on the file shapes that
 * broke it: two example files for one solution file, a CMakeLists that names the build after its directory,
 * binary files, editor files, the track's dot-directories, and which skipped cases Aider turns on.
 */
class ExercismPolyglotTest {
    @TempDir Path cache;

    private Task exercise(String language, String name) {
        Path dir = RealBenchmarks.polyglot().resolve(language).resolve("exercises/practice").resolve(name);
        return SuiteFormats.load(dir, LoadOptions.defaults(cache)).tasks().getFirst();
    }

    private static Path source(String language, String name) {
        return RealBenchmarks.polyglot().resolve(language).resolve("exercises/practice").resolve(name);
    }

    @Test
    void theWholeCheckoutLoadsAllSixLanguages() {
        Suite s = SuiteFormats.load(RealBenchmarks.polyglot(), LoadOptions.defaults(cache));
        Map<String, Long> perLanguage = s.tasks().stream()
                .collect(Collectors.groupingBy(Task::language, TreeMap::new, Collectors.counting()));
        assertThat(perLanguage).containsExactly(Map.entry("cpp", 26L), Map.entry("go", 39L), Map.entry("java", 47L),
                Map.entry("javascript", 49L), Map.entry("python", 34L), Map.entry("rust", 30L));
        assertThat(s.tasks()).allSatisfy(t -> {
            assertThat(t.reference()).as(t.id()).isPresent();
            assertThat(t.timeout()).as(t.id()).hasSeconds(180); // Aider's run_unit_tests timeout
        });
    }

    @Test
    void bowlingsTwoJavaExamplesLandBesideTheOneSolutionFile() throws Exception {
        Task t = exercise("java", "bowling");
        Path ref = t.reference().orElseThrow();
        assertThat(TaskFiles.relativeFiles(ref)).containsExactly("src/main/java/BowlingGame.java", "src/main/java/Frame.java");
        Path meta = source("java", "bowling").resolve(".meta/src/reference/java");
        assertThat(ref.resolve("src/main/java/Frame.java")).hasSameBinaryContentAs(meta.resolve("Frame.java"));
        assertThat(ref.resolve("src/main/java/BowlingGame.java")).hasSameBinaryContentAs(meta.resolve("BowlingGame.java"));
    }

    @Test
    void pokersThreeExamplesKeepTheirNamesAndTheSolutionGetsItsOwn() {
        Task t = exercise("java", "poker");
        assertThat(TaskFiles.relativeFiles(t.reference().orElseThrow())).containsExactly(
                "src/main/java/Card.java", "src/main/java/Hand.java", "src/main/java/Poker.java");
    }

    @Test
    void cppBuildsUnderTheExercisesNameBecauseItsCMakeListsAsksTheDirectory() throws Exception {
        Task t = exercise("cpp", "bank-account");
        assertThat(Files.readString(t.workspace().resolve("CMakeLists.txt")))
                .contains("get_filename_component(exercise ${CMAKE_CURRENT_SOURCE_DIR} NAME)");
        assertThat(t.testCommand()).isEqualTo(Languages.cppTests("bank-account"));
        assertThat(String.join(" ", t.testCommand())).contains(".ratchet-build/src/bank-account").contains("-DEXERCISM_RUN_ALL_TESTS=1");
        assertThat(TaskFiles.relativeFiles(t.reference().orElseThrow())).containsExactly("bank_account.cpp", "bank_account.h");
    }

    @Test
    void binaryFilesAreCopiedByteForByte() throws Exception {
        Task t = exercise("java", "bowling");
        Path jar = t.workspace().resolve("gradle/wrapper/gradle-wrapper.jar");
        assertThat(jar).hasSameBinaryContentAs(source("java", "bowling").resolve("gradle/wrapper/gradle-wrapper.jar"));
        assertThat(TaskFiles.readBytes(t.workspace())).containsKey("gradle/wrapper/gradle-wrapper.jar");
    }

    @Test
    void editorFilesAreInTheWorkspaceAndLaidOverItLikeTheTests() {
        Task t = exercise("java", "tree-building");
        var editor = new String[] {"src/main/java/InvalidRecordsException.java", "src/main/java/Record.java",
                "src/main/java/TreeNode.java"};
        assertThat(TaskFiles.relativeFiles(t.workspace())).contains(editor).contains("src/main/java/BuildTree.java");
        assertThat(TaskFiles.relativeFiles(t.hiddenTests())).contains(editor).doesNotContain("src/main/java/BuildTree.java");
        assertThat(TaskFiles.relativeFiles(t.visibleTests())).contains(editor);
        assertThat(TaskFiles.testPaths(t)).contains(editor); // never part of a candidate

        Task go = exercise("go", "paasio");
        assertThat(TaskFiles.relativeFiles(go.hiddenTests())).containsExactlyInAnyOrder("interface.go", "paasio_test.go");
    }

    @Test
    void theTracksDotDirectoriesAreNotWorkspaceFiles() {
        Task java = exercise("java", "change"); // has .approaches/
        assertThat(Files.isDirectory(source("java", "change").resolve(".approaches"))).isTrue();
        assertThat(TaskFiles.relativeFiles(java.workspace())).noneMatch(p -> p.startsWith("."));
        Task go = exercise("go", "pig-latin"); // .approaches/ and .articles/
        assertThat(TaskFiles.relativeFiles(go.workspace())).noneMatch(p -> p.startsWith("."));
        Task js = exercise("javascript", "grep"); // dot-files at the top are the exercise's own
        assertThat(TaskFiles.relativeFiles(js.workspace())).contains(".eslintrc", ".npmrc").noneMatch(p -> p.startsWith(".docs/"));
    }

    @Test
    void skippedCasesAreTurnedOnExactlyAsAiderTurnsThemOn() throws Exception {
        String forth = Files.readString(exercise("java", "forth").hiddenTests().resolve("src/test/java/ForthEvaluatorTest.java"));
        assertThat(forth).doesNotContain("@Disabled(").contains("@Disabled\n"); // one bare @Disabled, which Aider's regex keeps
        String grep = Files.readString(exercise("javascript", "grep").hiddenTests().resolve("grep.spec.js"));
        assertThat(grep).doesNotContain("xtest(").contains("xit("); // npm-test.sh rewrites xtest( only
        String robot = Files.readString(exercise("javascript", "robot-name").hiddenTests().resolve("robot-name.spec.js"));
        assertThat(robot).contains("test.skip(");
    }

    @Test
    void rustExamplesThatUseCratesHaveThemInTheTasksOwnManifest() throws Exception {
        // Cargo.toml is a build file the grader takes from the task, so the example's crates must be there.
        Task alphametics = exercise("rust", "alphametics");
        assertThat(TaskFiles.relativeFiles(alphametics.reference().orElseThrow())).containsExactly("src/lib.rs");
        assertThat(Files.readString(alphametics.workspace().resolve("Cargo.toml")))
                .startsWith(Files.readString(source("rust", "alphametics").resolve("Cargo.toml")).stripTrailing())
                .endsWith("\n[dependencies]\nitertools = \"*\"\npermutohedron = \"*\"\n");
        // grep's manifest already has a [dependencies] table (anyhow, as the exercise pins it): thiserror joins it
        String grep = Files.readString(exercise("rust", "grep").workspace().resolve("Cargo.toml"));
        assertThat(grep).startsWith("[dependencies]\nthiserror = \"*\"\nanyhow = \"1.0\"\n").contains("name = \"grep\"");
        // book-store's example manifest has no dependencies: the exercise's manifest stays byte for byte
        assertThat(exercise("rust", "book-store").workspace().resolve("Cargo.toml"))
                .hasSameBinaryContentAs(source("rust", "book-store").resolve("Cargo.toml"));
        assertThat(exercise("rust", "accumulate").workspace().resolve("Cargo.toml"))
                .hasSameBinaryContentAs(source("rust", "accumulate").resolve("Cargo.toml"));
    }
}
