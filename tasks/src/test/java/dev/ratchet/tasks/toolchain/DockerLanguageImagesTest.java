package dev.ratchet.tasks.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.sandbox.docker.AptMirror;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.sandbox.docker.ImageBuilder;
import dev.ratchet.sandbox.docker.ImageLayer;
import dev.ratchet.sandbox.docker.ImageRecipe;
import dev.ratchet.tasks.grading.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The images the current recipes describe (by recipe hash, so this checks new images before {@code :latest}
 * moves to them): each holds its toolchain at the version the recipes promise, and the test command of
 * {@link Languages} runs offline in it, with what Exercism's exercises use (Go's {@code slices}, Rust crates
 * from Debian, jest with the Exercism babel preset). Skips without a daemon or the images, unless
 * {@code RATCHET_REQUIRE_DOCKER=1}.
 */
class DockerLanguageImagesTest {
    private static ImageBuilder.Settings settings;
    private static List<ImageLayer> layers;
    private static Map<String, String> images;
    private static DockerSandboxFactory factory;

    @TempDir Path dir;

    @BeforeAll
    static void images() {
        assumeTrue(JavaJars.junit().isPresent(), "the JUnit jar is not built");
        settings = new ImageBuilder.Settings(AptMirror.detect(Path.of("/etc")), LanguageImages.SUITE,
                LanguageImages.APT_SUITES, Path.of(System.getProperty("java.io.tmpdir"), "ratchet-images"));
        layers = LanguageImages.layers(Languages.known(), JavaJars.junit().orElseThrow());
        images = ImageBuilder.recipes(settings, layers).stream()
                .collect(Collectors.toMap(ImageRecipe::repository, ImageRecipe::tagged));
        dev.ratchet.sandbox.docker.DockerTestImages.require(List.copyOf(images.values()),
                "the recipes changed: run ./ratchet images build");
        factory = DockerSandboxFactory.connect();
    }

    @Test
    void aSecondBuildBuildsNothing() {
        var log = new ArrayList<String>();
        var outcomes = ImageBuilder.connect(log::add).build(settings, layers, ImageBuilder.Latest.KEEP);
        assertThat(outcomes).hasSize(2 + Languages.known().size()).noneMatch(ImageBuilder.Outcome::built);
        assertThat(log).allMatch(l -> l.startsWith("present"));
    }

    @Test
    void python313WithPytest() throws IOException {
        write("test_sum.py", "def test_sum():\n    assert sum([1, 2]) == 3\n");
        assertThat(run("python", "python3 --version && python3 -m pytest --version")).containsPattern("Python 3\\.1[3-9]")
                .containsPattern("pytest [89]\\.");
        assertThat(tests("python", Languages.PYTHON_PYTEST_OR_UNITTEST)).contains("1 passed");
    }

    @Test
    void goWithSlicesInAGo118Module() throws IOException {
        assertThat(minor(run("go", "go version"), "go1\\.(\\d+)")).isGreaterThanOrEqualTo(26);
        write("go.mod", "module demo\n\ngo 1.18\n");
        write("demo_test.go", """
                package demo

                import ("slices"; "testing")

                func TestSorted(t *testing.T) {
                	s := []int{3, 1, 2}
                	slices.Sort(s)
                	if !slices.Equal(s, []int{1, 2, 3}) { t.Fatal(s) }
                }
                """);
        assertThat(tests("go", Languages.defaults("go").orElseThrow().testCommand())).contains("ok");
    }

    /** The crates the polyglot exercises' own Cargo.toml files name, resolved offline from Debian's packages. */
    @Test
    void rustWithTheExercisesCratesFromDebian() throws IOException {
        assertThat(minor(run("rust", "rustc --version"), "rustc 1\\.(\\d+)")).isGreaterThanOrEqualTo(85);
        write("Cargo.toml", """
                [package]
                name = "demo"
                version = "0.1.0"
                edition = "2021"

                [dependencies]
                anyhow = "1.0"
                rand = "0.8"
                time = "0.3"
                """);
        write("src/lib.rs", """
                use rand::Rng;

                pub fn roll() -> anyhow::Result<u8> {
                    Ok(rand::thread_rng().gen_range(1..=6))
                }

                pub fn later(t: time::PrimitiveDateTime) -> time::PrimitiveDateTime {
                    t + time::Duration::seconds(1_000_000_000)
                }

                #[test]
                #[ignore]
                fn rolls() { assert!((1..=6).contains(&roll().unwrap())); }
                """);
        assertThat(tests("rust", Languages.defaults("rust").orElseThrow().testCommand())).contains("1 passed");
    }

    @Test
    void node20WithJestAndTheExercismBabelPreset() throws IOException {
        assertThat(minor(run("javascript", "node --version"), "v(\\d+)\\.")).isGreaterThanOrEqualTo(20);
        write("package.json", "{\"private\": true, \"scripts\": {\"test\": \"jest ./*\"}}\n");
        write("babel.config.js", "module.exports = { presets: ['@exercism/babel-preset-javascript'], plugins: [] };\n");
        write("two.js", "export const two = () => 2;\n");
        write("two.spec.js", "import { two } from './two';\n\ntest('two', () => { expect(two()).toBe(2); });\n");
        assertThat(tests("javascript", Languages.defaults("javascript").orElseThrow().testCommand()))
                .contains("Tests:       1 passed");
    }

    @Test
    void openJdk21WithJUnit() {
        assertThat(run("java", "java -version 2>&1; javac -version 2>&1; test -f \"$JUNIT_JAR\" && echo junit"))
                .containsPattern("openjdk version \"21\\.").contains("junit");
    }

    @Test
    void gccAndCmake() {
        assertThat(run("cpp", "g++ --version && cmake --version")).contains("g++").containsPattern("cmake version 3\\.");
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String run(String language, String script) {
        return exec(language, List.of("sh", "-c", script), Duration.ofSeconds(60));
    }

    /** The output as people see it (the framework's report rendered), once the run passed on its per-test results. */
    private String tests(String language, List<String> command) {
        ExecResult r = execResult(language, command, Duration.ofMinutes(10));
        Verdict v = Verdict.judge(command, r, Optional.empty());
        assertThat(v.passed()).as(v.reason() + "\n" + v.run().combinedOutput()).isTrue();
        return v.run().combinedOutput();
    }

    private String exec(String language, List<String> command, Duration timeout) {
        return execResult(language, command, timeout).combinedOutput();
    }

    private ExecResult execResult(String language, List<String> command, Duration timeout) {
        String image = images.get(LanguageImages.repository(language));
        try (Sandbox s = factory.create(new SandboxSpec(List.of(dir), Map.of(), image, "images-test"))) {
            ExecResult r = s.exec(command, timeout);
            assertThat(r.exitCode()).as(image + ": " + command + "\n" + r.combinedOutput()).isZero();
            return r;
        }
    }

    private static int minor(String output, String regex) {
        var m = Pattern.compile(regex).matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
