package dev.ratchet.tasks.toolchain;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.sandbox.docker.AptMirror;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.sandbox.docker.ImageBuilder;
import dev.ratchet.sandbox.docker.DockerTestImages;
import dev.ratchet.sandbox.docker.WarmContainerPool;
import dev.ratchet.tasks.BuiltinSuite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.Grader;
import dev.ratchet.tasks.grading.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java image's warm javac ({@link JavacWorker} {@code serve}, started by the sandbox agent) and class-data archives,
 * in real Docker with a builtin Java task: grades compile in the worker and the worker outlives the pool's scrub; a
 * candidate can neither write the archives nor reach into the worker's memory, and one that stops, renices, limits or
 * kills the worker gets its container discarded, so the next grade is the one a fresh container gives; without the
 * worker the test command compiles with the real javac (the cold path) and grades the same. Skips without Docker and
 * the Java image, unless {@code RATCHET_REQUIRE_DOCKER=1}.
 */
class WarmJavaDockerTest {
    private static final Duration SHORT = Duration.ofSeconds(30);
    /** The worker's pid; the bracket keeps pgrep from matching the shell that runs it. */
    private static final String WORKER = "$(pgrep -f '[J]avacWorker serve')";
    private static Task task;
    private static DockerSandboxFactory docker;

    @BeforeAll
    static void image() {
        org.junit.jupiter.api.Assumptions.assumeTrue(JavaJars.junit().isPresent(), "the JUnit jar is not built");
        Task builtin = BuiltinSuite.load().tasks().stream().filter(t -> t.id().equals("java-spiral-matrix")).findFirst()
                .orElseThrow();
        // The image of this recipe, not whatever :latest names (another checkout's build may have moved it).
        var settings = new ImageBuilder.Settings(AptMirror.detect(Path.of("/etc")), LanguageImages.SUITE,
                LanguageImages.APT_SUITES, Path.of(System.getProperty("java.io.tmpdir"), "ratchet-images"));
        String image = ImageBuilder.recipes(settings, LanguageImages.layers(List.of("java"), JavaJars.junit().orElseThrow()))
                .getLast().tagged();
        task = new Task(builtin.id(), builtin.language(), builtin.instructions(), builtin.workspace(), builtin.visibleTests(),
                builtin.hiddenTests(), builtin.reference(), builtin.testCommand(), builtin.timeout(), image, builtin.editable());
        DockerTestImages.require(List.of(task.image()), "the Java recipe changed: run ./ratchet images build --languages java");
        docker = DockerSandboxFactory.connect();
        try (Sandbox s = docker.create(spec("image-check", Map.of()))) {
            assertThat(s.exec(List.of("test", "-x", LanguageImages.WARM_JAVA + "/serve"), SHORT).succeeded())
                    .as(task.image() + " predates the warm javac: run ./ratchet images build").isTrue();
        }
    }

    @Test
    void gradesCompileInTheWorkerWhichOutlivesTheScrub() {
        try (var pool = new WarmContainerPool(docker, 1)) {
            var grader = new Grader(pool);
            pool.warm(List.of(task.image())); // a container started ahead is handed out once its worker answers
            assertThat(grader.grade(task, reference(), "warm#1").passed()).isTrue();
            long before = compiled(pool);
            assertThat(grader.grade(task, reference(), "warm#2").passed()).isTrue();
            // the second grade's compile ran in the same worker process, which outlived two scrubs
            assertThat(compiled(pool)).isEqualTo(before + 1);
            assertThat(pool.stats().discarded()).isZero();
        }
    }

    @Test
    void aCandidateCanNeitherWriteTheArchivesNorReachIntoTheWorker() {
        try (Sandbox s = docker.create(spec("reach", Map.of()))) {
            ExecResult write = sh(s, "echo poison > " + LanguageImages.WARM_JAVA + "/junit.jsa");
            assertThat(write.succeeded()).isFalse();
            assertThat(write.stderr()).contains("Read-only file system");
            for (String peek : List.of("environ", "mem", "fd/0", "maps")) {
                ExecResult r = sh(s, "head -c 16 /proc/" + WORKER + "/" + peek + " >/dev/null");
                assertThat(r.succeeded()).as("/proc/<worker>/" + peek + " is out of a candidate's reach").isFalse();
                assertThat(r.stderr()).contains("Permission denied");
            }
            assertThat(sh(s, "echo " + WORKER).stdout().strip()).as("the worker is there").matches("[0-9]+");
        }
    }

    /** Candidate code in the hidden tests' JVM tampers with the worker; the next grade must not see it. */
    @ParameterizedTest
    @ValueSource(strings = {"kill -STOP $W", "renice -n 19 -p $W", "prlimit --pid $W --nofile=4:4", "kill -9 $W"})
    void aWorkerTamperedWithIsNeverHandedOutAgain(String tamper) {
        String script = "W=" + WORKER + "; [ -n \"$W\" ] && " + tamper;
        var files = new HashMap<>(TaskFiles.reference(task));
        files.put("Spiral.java", files.get("Spiral.java").replace("private Spiral() {",
                "static { try { new ProcessBuilder(\"sh\", \"-c\", \"" + script.replace("\"", "\\\"")
                        + "\").inheritIO().start().waitFor(); } catch (Exception e) { throw new RuntimeException(e); } }\n"
                        + "    private Spiral() {"));
        try (var pool = new WarmContainerPool(docker, 1)) {
            var grader = new Grader(pool);
            pool.warm(List.of(task.image())); // so that the worker is there to tamper with
            grader.grade(task, Candidate.ofText(files, Set.of()), "tamper");
            Verdict next = grader.grade(task, reference(), "next");
            assertThat(next.passed()).as(next.reason()).isTrue();
            assertThat(pool.stats().discarded()).as("the tampered container is discarded").isEqualTo(1);
            assertThat(compiled(pool)).as("a fresh worker, which compiled the next grade at most").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void withoutTheWorkerTheRealJavacCompilesAndTheGradeIsTheSame() {
        SandboxFactory killsTheWorker = new SandboxFactory() {
            @Override
            public Sandbox create(SandboxSpec spec) {
                Sandbox s = docker.create(spec);
                assertThat(sh(s, "kill -9 " + WORKER).succeeded()).isTrue();
                return s;
            }

            @Override
            public String kind() {
                return docker.kind();
            }
        };
        Verdict killed = new Grader(killsTheWorker).grade(task, reference(), "cold#killed");
        assertThat(killed.passed()).as(killed.reason()).isTrue();

        // an image service switched off: no worker at all
        try (Sandbox s = docker.create(spec("cold#off", Map.of("RATCHET_AGENT_SERVICE", "")))) {
            assertThat(sh(s, "pgrep -f '[J]avacWorker serve'").succeeded()).isFalse();
            assertThat(s.exec(List.of("ratchet-agent:service"), SHORT).succeeded()).isFalse();
            reference().applyTo(s, TaskFiles.testPaths(task));
            ExecResult run = s.exec(task.testCommand(), task.timeout());
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stderr()).contains("tests successful");
        }
    }

    /** The compiles the worker of the pool's (only) container has run, as it tells the agent. */
    private static long compiled(WarmContainerPool pool) {
        try (Sandbox s = pool.create(spec("status", Map.of()))) {
            String status = s.exec(List.of("ratchet-agent:service"), SHORT).stdout().strip();
            assertThat(status).startsWith("idle nice=10 ");
            return Long.parseLong(status.substring(status.lastIndexOf(' ') + 1));
        }
    }

    private static Candidate reference() {
        return Candidate.ofText(TaskFiles.reference(task), Set.of());
    }

    private static SandboxSpec spec(String label, Map<String, String> env) {
        SandboxSpec grader = TaskFiles.graderSpec(task, label);
        Map<String, String> merged = new HashMap<>(grader.env());
        merged.putAll(env);
        return new SandboxSpec(grader.layers(), merged, grader.image(), label);
    }

    private static ExecResult sh(Sandbox s, String script) {
        return s.exec(List.of("sh", "-c", script), SHORT);
    }
}
