package dev.ratchet.tasks.formats;

import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.TaskValidator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each language's Exercism fixture validated in its default image ({@code ratchet/<language>:latest}), as
 * {@code ratchet tasks validate --sandbox docker} does: the reference passes, the untouched stub fails.
 * Skips without a daemon or the image, unless {@code RATCHET_REQUIRE_DOCKER=1}.
 */
class ExercismDockerValidateTest {
    @TempDir Path dir;
    @TempDir Path cache;

    @ParameterizedTest
    @ValueSource(strings = {"python", "java", "go", "rust", "javascript", "cpp"})
    void validatesInTheLanguagesImage(String language) throws Exception {
        Task t = SuiteFormats.load(ExercismLoaderTest.fixture(language, dir), LoadOptions.defaults(cache))
                .tasks().getFirst();
        assertThat(t.image()).isEqualTo("ratchet/" + language + ":latest");
        requireDocker(t.image());
        TaskValidator.Report r = new TaskValidator(DockerSandboxFactory.connect()).validate(t);
        assertThat(r.passed()).as(r.toString()).isTrue();
    }

    /**
     * A fixed sample of the real Aider polyglot exercises, two per language, each with a shape that broke or
     * matters: Java bowling (two example files, a binary jar) and satellite (editor files), Go paasio
     * (an editor file), JavaScript grep (the {@code xit} cases Aider leaves skipped), C++ bank-account (the
     * CMakeLists names the build after its directory) and binary-search-tree (a header-only example).
     */
    @ParameterizedTest
    @ValueSource(strings = {"python/bowling", "python/wordy", "java/bowling", "java/satellite", "go/paasio",
            "go/bowling", "rust/bowling", "rust/macros", "javascript/grep", "javascript/bowling", "cpp/bank-account",
            "cpp/binary-search-tree"})
    void realPolyglotExercisesValidateInTheirImage(String id) {
        Path exercise = RealBenchmarks.polyglot().resolve(id.replace("/", "/exercises/practice/"));
        Task t = SuiteFormats.load(exercise, LoadOptions.defaults(cache)).tasks().getFirst();
        assertThat(t.id()).isEqualTo(id);
        requireDocker(t.image());
        TaskValidator.Report r = new TaskValidator(DockerSandboxFactory.connect()).validate(t);
        assertThat(r.passed()).as(r.toString()).isTrue();
    }

    private static void requireDocker(String image) {
        dev.ratchet.sandbox.docker.DockerTestImages.require(image);
    }
}
