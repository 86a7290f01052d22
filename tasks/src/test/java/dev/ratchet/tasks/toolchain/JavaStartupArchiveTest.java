package dev.ratchet.tasks.toolchain;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.tasks.toolchain.Languages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class JavaStartupArchiveTest {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    private static final List<String> JAVA_TESTS = Languages.defaults("java").orElseThrow().testCommand();

    @TempDir
    static Path tmp;
    static Path junitJar;

    @BeforeAll
    static void copyTheTestJars() throws IOException {
        // Copies, so the stale-archive test can touch them without disturbing the build's jars.
        Path original = JavaJars.junit().orElseThrow();
        Path jars = Files.createDirectories(tmp.resolve("jars"));
        junitJar = Files.copy(original, jars.resolve("junit-platform-console-standalone.jar"));
        Files.copy(original.resolveSibling("assertj-core.jar"), jars.resolve("assertj-core.jar"));
    }

    @Test
    void trainsOnceAndTheTestRunLoadsClassesFromTheArchive() throws IOException {
        Path cache = tmp.resolve("cache-a");
        Map<String, String> archives = archive(cache).env();

        assertThat(archives).containsOnlyKeys("RATCHET_JAVAC_OPTS", "RATCHET_JAVA_OPTS");
        assertThat(archives.get("RATCHET_JAVA_OPTS")).contains(cache.toString());
        try (var dirs = Files.list(cache)) {
            assertThat(dirs.map(d -> d.getFileName().toString()).toList()).hasSize(1).noneMatch(n -> n.startsWith(".train"));
        }
        FileTime trained = Files.getLastModifiedTime(archiveOf(archives));
        assertThat(archive(cache).env()).as("a second process reuses the archives").isEqualTo(archives);
        assertThat(Files.getLastModifiedTime(archiveOf(archives))).isEqualTo(trained);

        ExecResult probe = run(archives, List.of("sh", "-c", "java $RATCHET_JAVA_OPTS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
                + " -XX:-UsePerfData -Xlog:class+load=info -jar \"$JUNIT_JAR\" --version"));
        assertThat(probe.stdout()).containsPattern("org\\.junit\\.platform\\.console\\.ConsoleLauncher source: shared objects file");
    }

    @Test
    void javaTestsPassWithNoJvmChatterEvenWhenTheArchiveIsStale() throws IOException {
        Map<String, String> archives = archive(tmp.resolve("cache-b")).env();
        assumeThat(archives).isNotEmpty();

        ExecResult passing = run(archives, JAVA_TESTS);
        assertThat(passing.exitCode()).as(passing.stdout() + passing.stderr()).isZero();
        assertThat(passing.stderr()).contains("2 tests successful"); // stdout is the result channel

        Files.setLastModifiedTime(junitJar, FileTime.fromMillis(System.currentTimeMillis() + 60_000)); // archive now stale
        ExecResult stale = run(archives, JAVA_TESTS);
        assertThat(stale.exitCode()).isZero();
        assertThat(stale.stdout() + stale.stderr()).doesNotContain("[warning]", "[error", "AOT", "shared archive");
    }

    private static JavaStartupArchive archive(Path cache) {
        return new JavaStartupArchive(JAVA_HOME, Runtime.version().feature(), hostEnv(), cache);
    }

    private static Map<String, String> hostEnv() {
        return Map.of("JUNIT_JAR", junitJar.toString(),
                "PATH", JAVA_HOME.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    private static Path archiveOf(Map<String, String> archives) {
        return Path.of(archives.get("RATCHET_JAVA_OPTS").split(" ")[0].replaceFirst("^-XX:[A-Za-z]+=", ""));
    }

    private static ExecResult run(Map<String, String> archives, List<String> command) throws IOException {
        Path project = Files.createTempDirectory(tmp, "project");
        Files.writeString(project.resolve("Adder.java"), "public class Adder { static int add(int a, int b) { return a + b; } }\n");
        Files.writeString(project.resolve("AdderTest.java"), """
                import org.junit.jupiter.api.Test;
                import static org.assertj.core.api.Assertions.assertThat;
                class AdderTest {
                    @Test void adds() { assertThat(Adder.add(2, 3)).isEqualTo(5); }
                    @Test void addsNegatives() { assertThat(Adder.add(-2, -3)).isEqualTo(-5); }
                }
                """);
        Map<String, String> env = new HashMap<>(hostEnv());
        env.putAll(archives);
        try (Sandbox sandbox = new LocalSandboxFactory().create(
                new SandboxSpec(List.of(project), env, "ratchet/java:latest", "archive-test"))) {
            return sandbox.exec(command, Duration.ofSeconds(120));
        }
    }
}
