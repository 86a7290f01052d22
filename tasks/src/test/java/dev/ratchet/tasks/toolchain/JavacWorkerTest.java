package dev.ratchet.tasks.toolchain;

import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.sandbox.local.LocalSandboxOptions;
import dev.ratchet.tasks.toolchain.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class JavacWorkerTest {
    private static final String JAVA_BIN = Path.of(System.getProperty("java.home"), "bin").toString();

    @TempDir
    Path tmp;
    Path project;
    JavacWorker worker;

    @BeforeEach
    void startWorker() throws IOException {
        worker = JavacWorker.start(tmp.resolve("bin")).orElseThrow();
        project = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(project.resolve("lib"));
        Files.writeString(project.resolve("lib/Greeting.java"), "public class Greeting { public static String hi() { return \"hi\"; } }\n");
    }

    @AfterEach
    void stopWorker() throws IOException {
        worker.close();
    }

    record Run(int exit, String stdout, String stderr) {}

    /** Runs {@code command} in the project directory with the worker's variables and this JDK first on PATH. */
    private Run run(Map<String, String> extraEnv, List<String> command) throws Exception {
        var pb = new ProcessBuilder(command).directory(project.toFile());
        pb.environment().putAll(worker.env());
        pb.environment().put("PATH", JAVA_BIN + ":" + System.getenv("PATH"));
        pb.environment().putAll(extraEnv);
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt")), Files.readString(tmp.resolve("err.txt")));
    }

    private Run javac(String... args) throws Exception {
        var command = new ArrayList<>(List.of("bash", worker.env().get("RATCHET_JAVAC")));
        command.addAll(List.of(args));
        return run(Map.of(), command);
    }

    @Test
    void compilesRelativeToTheCallersDirectoryLikeJavac() throws Exception {
        Files.writeString(project.resolve("App.java"), "public class App { String s = Greeting.hi(); }\n");
        Files.createDirectories(project.resolve("out/lib"));
        assertThat(javac("-d", "out/lib", "lib/Greeting.java").exit()).isZero();

        Run r = javac("-J-Xmx64m", "-nowarn", "-encoding", "UTF-8", "-d", "out", "-cp", "out/lib", "./App.java");

        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(project.resolve("out/App.class")).isRegularFile();
        assertThat(worker.compiled()).isEqualTo(2);
    }

    @Test
    void compileErrorsComeBackAsJavacWritesThem() throws Exception {
        Files.writeString(project.resolve("Broken.java"), "public class Broken { int x = \"no\"; }\n");

        Run r = javac("-d", "out", "Broken.java");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).as("paths as given, not the host's").startsWith("Broken.java:1: error: incompatible types")
                .contains("1 error").doesNotContain(project.toString());
        assertThat(r.stdout()).isEmpty();
        assertThat(worker.compiled()).isEqualTo(1);
    }

    @Test
    void annotationProcessingAndUnknownOptionsAreLeftToTheRealJavac() throws Exception {
        Run processor = javac("-processor", "no.such.Processor", "-d", "out", "lib/Greeting.java");
        Run argFile = javac("@nowhere.txt");

        assertThat(worker.compiled()).as("nothing compiled in the worker").isZero();
        assertThat(processor.exit()).isNotZero();
        assertThat(processor.stderr()).contains("no.such.Processor");
        assertThat(argFile.stderr()).contains("nowhere.txt");
    }

    @Test
    void aClosedWorkerOrAWrongTokenMeansTheRealJavac() throws Exception {
        var command = List.of("bash", worker.env().get("RATCHET_JAVAC"), "-d", "out", "lib/Greeting.java");
        Run wrongToken = run(Map.of("RATCHET_JAVAC_TOKEN", "guess"), command);
        worker.close();
        Files.delete(project.resolve("out/Greeting.class"));
        Run closed = run(Map.of(), command);

        assertThat(List.of(wrongToken, closed)).allSatisfy(r -> {
            assertThat(r.exit()).as(r.stderr()).isZero();
            assertThat(r.stderr()).as("no connection chatter").isEmpty();
        });
        assertThat(project.resolve("out/Greeting.class")).isRegularFile();
        assertThat(worker.compiled()).isZero();
    }

    @Test
    void theJavaTestCommandCompilesThroughTheWorker() throws Exception {
        Path junit = JavaJars.junit().orElseThrow();
        Files.writeString(project.resolve("GreetingTest.java"), """
                import org.junit.jupiter.api.Test;
                import static org.assertj.core.api.Assertions.assertThat;
                class GreetingTest { @Test void hi() { assertThat(Greeting.hi()).isEqualTo("hi"); } }
                """);

        Run r = run(Map.of("JUNIT_JAR", junit.toString()), Languages.defaults("java").orElseThrow().testCommand());

        assertThat(r.exit()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout() + r.stderr()).contains("1 tests successful");
        assertThat(worker.compiled()).isEqualTo(1);
    }

    /** A bubblewrap sandbox has no network, so the client cannot reach the worker: the real javac must take over. */
    @Test
    void inABubblewrapSandboxTheJavaTestCommandFallsBackToTheRealJavac() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(LocalSandboxFactory.bubblewrapWorks(), "bwrap is not usable here");
        Path junit = JavaJars.junit().orElseThrow();
        Files.writeString(project.resolve("GreetingTest.java"), """
                import org.junit.jupiter.api.Test;
                import static org.assertj.core.api.Assertions.assertThat;
                class GreetingTest { @Test void hi() { assertThat(Greeting.hi()).isEqualTo("hi"); } }
                """);
        var env = new java.util.HashMap<>(worker.env());
        env.put("JUNIT_JAR", junit.toString());
        env.put("ASSERTJ_JAR", JavaJars.assertjBeside(junit).toString());
        env.put("PATH", JAVA_BIN + ":/usr/bin:/bin");
        var options = LocalSandboxOptions.defaults().withScratch(tmp).withIsolation(LocalSandboxOptions.Isolation.BWRAP);
        try (var sandbox = new LocalSandboxFactory(options).create(new SandboxSpec(List.of(project), env, null, "javac"))) {
            var r = sandbox.exec(Languages.defaults("java").orElseThrow().testCommand(), java.time.Duration.ofMinutes(2));

            assertThat(r.exitCode()).as(r.combinedOutput()).isZero();
            assertThat(r.stdout() + r.stderr()).contains("1 tests successful");
        }
        assertThat(worker.compiled()).as("the worker was out of reach").isZero();
    }

    @Test
    void resolveMakesPathsAbsoluteAndTurnsProcessingOff() {
        Path cwd = Path.of("/work/space");
        var resolved = JavacWorker.resolve(List.of("-J-XX:TieredStopAtLevel=1", "-proc:none", "-d", ".build",
                "-cp", "/abs/a.jar:lib/b.jar", "-Xlint:none", "./A.java", "/elsewhere/B.java"), cwd).orElseThrow();

        assertThat(resolved).containsExactly("-proc:none", "-d", "/work/space/.build", "-cp",
                "/abs/a.jar:/work/space/lib/b.jar", "-Xlint:none", "/work/space/./A.java", "/elsewhere/B.java");
        assertThat(JavacWorker.resolve(List.of("-Xplugin:Evil", "A.java"), cwd)).isEmpty();
        assertThat(JavacWorker.resolve(List.of("-proc:full", "A.java"), cwd)).isEmpty();
        assertThat(JavacWorker.resolve(List.of("-processorpath", "p", "A.java"), cwd)).isEmpty();
        assertThat(JavacWorker.resolve(List.of("-d"), cwd)).isEmpty();
    }

    /** The Java image runs the worker from this jar on its own JDK: nothing of Ratchet's but the jar is there. */
    @Test
    void theImagesWorkerJarTrainsOnTheProbeWithTheJdkAlone() throws Exception {
        Path jar = JavacWorker.containerJar(tmp.resolve("image"));
        byte[] first = Files.readAllBytes(jar);
        assertThat(Files.readAllBytes(JavacWorker.containerJar(tmp.resolve("again")))).as("same classes, same bytes (the image hash)")
                .isEqualTo(first);
        Path junit = JavaJars.junit().orElseThrow(() -> new org.opentest4j.TestAbortedException("the JUnit jar is not built"));
        Files.writeString(project.resolve("Probe.java"), JavaStartupArchive.PROBE);
        Files.writeString(project.resolve("ProbeTest.java"), JavaStartupArchive.PROBE_TEST);
        Files.writeString(project.resolve("Broken.java"), "class Broken { int x = \"no\"; }\n");

        assertThat(train(jar, junit, "Probe.java", "ProbeTest.java")).isZero();
        assertThat(train(jar, junit, "Broken.java")).as("a probe that does not compile fails the image build").isEqualTo(1);
        try (var left = Files.list(project)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("the warm-up writes no class file")
                    .containsExactlyInAnyOrder("lib", "Probe.java", "ProbeTest.java", "Broken.java");
        }
    }

    private int train(Path jar, Path junit, String... probe) throws Exception {
        var command = new ArrayList<>(List.of(JAVA_BIN + "/java", "-cp", jar.toString(), JavacWorker.class.getName(), "train"));
        for (String p : probe) command.add(project.resolve(p).toString());
        var pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("train.txt").toFile());
        pb.environment().put("JUNIT_JAR", junit.toString());
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readString(tmp.resolve("train.txt"))).as("no NoClassDefFoundError, no output").isEmpty();
        return p.exitValue();
    }
}
