package dev.ratchet.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool's bookkeeping in real Docker: what is reused, for whom, and what is thrown away or closed. */
class WarmContainerPoolTest {

    static final Duration T = Duration.ofSeconds(30);
    private static DockerClient client;

    @TempDir Path layer;
    private String run;
    private WarmContainerPool pool;

    @BeforeAll
    static void docker() {
        DockerTestImages.requireDocker();
        client = DockerDaemon.client();
    }

    @BeforeEach
    void pool() throws IOException {
        Files.writeString(layer.resolve("given.txt"), "pristine\n");
        run = "pool-test-" + UUID.randomUUID();
        pool = new WarmContainerPool(DockerSandboxFactory.connect(DockerSandboxOptions.defaults(), run), 1);
    }

    @AfterEach
    void close() {
        if (pool != null) pool.close();
    }

    SandboxSpec spec(String image, Map<String, String> env) {
        return new SandboxSpec(List.of(layer), env, image, "t#0");
    }

    static String sh(Sandbox s, String script) {
        var r = s.exec(List.of("sh", "-c", script), T);
        assertThat(r.exitCode()).as(r.combinedOutput()).isZero();
        return r.stdout().strip();
    }

    @Test
    void aContainerIsReusedOnlyForTheSameImageAndEnvironment() {
        String first, second, otherEnv, otherImage;
        try (var s = pool.create(spec(DockerTestImages.IMAGE, Map.of()))) {
            first = sh(s, "hostname");
            assertThat(sh(s, "cat given.txt")).isEqualTo("pristine");
        }
        try (var s = pool.create(spec(DockerTestImages.IMAGE, Map.of()))) {
            second = sh(s, "hostname");
        }
        try (var s = pool.create(spec(DockerTestImages.IMAGE, Map.of("FLAVOUR", "other")))) {
            otherEnv = sh(s, "hostname");
            assertThat(sh(s, "echo $FLAVOUR")).isEqualTo("other");
        }
        try (var s = pool.create(spec("ratchet/base:latest", Map.of()))) {
            otherImage = sh(s, "hostname");
        }
        assertThat(second).as("handed out again after the scrub").isEqualTo(first);
        assertThat(otherEnv).isNotEqualTo(first);
        assertThat(otherImage).isNotEqualTo(first).isNotEqualTo(otherEnv);
        assertThat(pool.stats().warm()).isGreaterThanOrEqualTo(1);
        assertThat(pool.stats().discarded()).isZero();
    }

    @Test
    void aContainerOutlivesTheThreadsThatUsedIt() throws Exception {
        // A pooled container is used by many threads (samples, scrubs) that end long before it does.
        var factory = DockerSandboxFactory.connect(DockerSandboxOptions.defaults(), run);
        Sandbox[] box = new Sandbox[1];
        Thread.ofVirtual().start(() -> box[0] = factory.create(spec(DockerTestImages.IMAGE, Map.of()))).join();
        try (var s = box[0]) {
            Thread.sleep(3_500); // a channel tied to the life of the thread that last wrote to it breaks by now
            assertThat(sh(s, "cat given.txt")).isEqualTo("pristine");
        }
    }

    @Test
    void aContainerWhoseScrubFailsIsClosedNotReused() {
        String first;
        try (var s = pool.create(spec(DockerTestImages.IMAGE, Map.of()))) {
            first = sh(s, "hostname");
            // takes the agent with it: nothing is left to prove the container pristine
            assertThatThrownBy(() -> s.exec(List.of("sh", "-c", "kill -9 -1"), T)).isInstanceOf(SandboxException.class);
        }
        try (var s = pool.create(spec(DockerTestImages.IMAGE, Map.of()))) {
            assertThat(sh(s, "hostname")).isNotEqualTo(first);
            assertThat(sh(s, "cat given.txt")).isEqualTo("pristine");
        }
        assertThat(pool.stats().discarded()).isEqualTo(1);
        assertThat(containers()).doesNotContain(first);
    }

    @Test
    void resetScrubsAndLaysThePristineTreeAgain() {
        try (var s = pool.create(spec(DockerTestImages.IMAGE, Map.of()))) {
            sh(s, "echo changed > given.txt; echo new > new.txt; echo x > /tmp/x");
            s.reset();
            assertThat(s.listFiles(".")).containsExactly("given.txt");
            assertThat(sh(s, "cat given.txt; ls -A /tmp | wc -l")).isEqualTo("pristine\n0");
        }
    }

    @Test
    void containersAreStartedAheadOfNeedAndClosedWithThePool() throws InterruptedException {
        pool.warm(List.of(DockerTestImages.IMAGE));
        long deadline = System.nanoTime() + T.toNanos();
        while (containers().isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(containers()).as("started before anyone asked").hasSize(1);
        try (var s = pool.create(spec(DockerTestImages.IMAGE, Map.of()))) {
            assertThat(sh(s, "cat given.txt")).isEqualTo("pristine");
        }
        assertThat(pool.stats().warm()).isEqualTo(1);
        assertThat(pool.stats().cold()).isZero();

        pool.close();

        assertThat(containers()).isEmpty();
        var volumes = client.listVolumesCmd().withFilter("label", List.of(ContainerLabels.RUN + "=" + run)).exec().getVolumes();
        assertThat(volumes == null ? List.of() : volumes).isEmpty();
    }

    @Test
    void aSandboxClosedAfterThePoolClosesTakesItsContainerWithIt() {
        var s = pool.create(spec(DockerTestImages.IMAGE, Map.of()));
        sh(s, "true");
        pool.close();
        s.close();
        assertThat(containers()).isEmpty();
    }

    @Test
    void idleContainersOfAKilledJvmAreSweptAtTheNextStart() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PoolHolder.class.getName(), run)
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("ready")) { /* Testcontainers' log lines */ }
            assertThat(line).as("the child JVM never warmed its pool").startsWith("ready");
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(containers()).as("left behind by the killed JVM").hasSize(1);

        DockerSandboxFactory.connect(DockerSandboxOptions.defaults(), "next-run"); // sweeps at start

        assertThat(containers()).isEmpty();
    }

    /** The child JVM: warms a pool of one, says so once its container runs, and waits to be killed. */
    public static final class PoolHolder {
        public static void main(String[] args) throws Exception {
            var pool = new WarmContainerPool(DockerSandboxFactory.connect(DockerSandboxOptions.defaults(), args[0]), 1);
            pool.warm(List.of(DockerTestImages.IMAGE));
            var client = DockerDaemon.client();
            while (client.listContainersCmd().withLabelFilter(Map.of(ContainerLabels.RUN, args[0])).exec().isEmpty()) {
                Thread.sleep(100);
            }
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    /** Short ids (what {@code hostname} says) of this run's containers. */
    private List<String> containers() {
        return client.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(ContainerLabels.RUN, run)).exec()
                .stream().map(c -> c.getId().substring(0, 12)).toList();
    }
}
