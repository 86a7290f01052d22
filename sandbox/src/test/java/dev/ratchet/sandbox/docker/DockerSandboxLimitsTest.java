package dev.ratchet.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the container adds over the local sandbox: each test runs something hostile in a real container. */
class DockerSandboxLimitsTest {

    private static final long MIB = 1L << 20;
    private static DockerSandboxFactory factory;

    @TempDir
    Path layer;

    @BeforeAll
    static void docker() {
        DockerTestImages.requireDocker();
        factory = DockerSandboxFactory.connect(DockerSandboxOptions.defaults()
                .withMemoryBytes(256 * MIB).withPidsLimit(128).withWorkspaceBytes(64 * MIB), "limits-test");
    }

    private Sandbox sandbox() throws IOException {
        Files.writeString(layer.resolve("hello.txt"), "hi\n");
        return factory.create(new SandboxSpec(List.of(layer), Map.of(), DockerTestImages.IMAGE, "limits-test"));
    }

    private static ExecResult sh(Sandbox s, String script, Duration timeout) {
        return s.exec(List.of("sh", "-c", script), timeout);
    }

    @Test
    void noNetworkConnectToAnyAddressFails() throws IOException {
        try (var s = sandbox()) {
            var result = s.exec(List.of("python3", "-c", """
                    import socket
                    for host in ["1.1.1.1", "8.8.8.8", "172.17.0.1", "10.0.0.1", "192.168.0.1"]:
                        try:
                            socket.create_connection((host, 80), 2).close()
                            print("CONNECTED", host)
                        except OSError as e:
                            print("refused", host, e)
                    print(sorted(n for _, n in socket.if_nameindex()))
                    """), Duration.ofSeconds(30));

            assertThat(result.exitCode()).as(result.combinedOutput()).isZero();
            assertThat(result.stdout()).doesNotContain("CONNECTED").contains("Network is unreachable")
                    .contains("['lo']");
        }
    }

    @Test
    void forkBombIsContainedByThePidsLimitAndTheSandboxStillAnswers() throws IOException {
        try (var s = sandbox()) {
            var bomb = sh(s, "b() { b | b & }; b; sleep 5", Duration.ofSeconds(5));
            assertThat(bomb.succeeded()).isFalse();

            ExecResult after = null;
            for (int i = 0; i < 20 && (after == null || !after.succeeded()); i++) {
                after = sh(s, "echo alive; cat hello.txt", Duration.ofSeconds(10));
            }
            assertThat(after.stdout()).isEqualTo("alive\nhi\n");
            var count = sh(s, "ls /proc | grep -c '^[0-9]'", Duration.ofSeconds(10));
            assertThat(Integer.parseInt(count.stdout().strip())).as("processes left").isLessThan(10);
        }
    }

    @Test
    void memoryHogIsKilledAndReported() throws IOException {
        try (var s = sandbox()) {
            var hog = s.exec(List.of("python3", "-c", "b = bytearray(1024 * 1024 * 1024); print('survived')"),
                    Duration.ofSeconds(60));

            assertThat(hog.exitCode()).isEqualTo(137);
            assertThat(hog.timedOut()).isFalse();
            assertThat(hog.stdout()).doesNotContain("survived");
            assertThat(hog.stderr()).contains("memory limit of 256 MiB");
            assertThat(sh(s, "echo still here", Duration.ofSeconds(10)).stdout()).isEqualTo("still here\n");
        }
    }

    @Test
    void fillingTheDiskHitsTheWorkspaceCap() throws IOException {
        try (var s = sandbox()) {
            var fill = sh(s, "head -c 200000000 /dev/zero > big", Duration.ofSeconds(60));

            assertThat(fill.exitCode()).isNotZero();
            assertThat(fill.stderr()).contains("No space left on device");
            var size = sh(s, "stat -c %s big", Duration.ofSeconds(10));
            assertThat(Long.parseLong(size.stdout().strip())).isLessThanOrEqualTo(64 * MIB);
            // A write into the full workspace is the sandbox's fault, as in the local sandbox, not a path mistake.
            assertThatThrownBy(() -> s.writeFile("more.txt", "x".repeat(1 << 20)))
                    .isInstanceOf(SandboxException.class).hasMessageContaining("more.txt");
            s.reset(); // the cap must not stop reset from cleaning up
            assertThat(s.listFiles("")).containsExactly("hello.txt");
        }
    }

    @Test
    void nothingOutsideTheWorkspaceAndTheCappedTmpfsIsWritable() throws IOException {
        try (var s = sandbox()) {
            // Tries to create a file in every directory of the container but /proc and /sys.
            var scan = s.exec(List.of("python3", "-c", """
                    import os
                    for root, dirs, files in os.walk("/"):
                        if root.startswith(("/proc", "/sys")):
                            dirs[:] = []
                            continue
                        try:
                            p = os.path.join(root, ".ratchet-probe")
                            open(p, "w").close()
                            os.unlink(p)
                            print(root)
                        except OSError:
                            pass
                    """), Duration.ofSeconds(120));

            assertThat(scan.exitCode()).as(scan.combinedOutput()).isZero();
            // /sandbox is the capped workspace volume; /dev/mqueue holds POSIX message queues: the container's own
            // IPC namespace, capped by RLIMIT_MSGQUEUE.
            assertThat(scan.stdout().lines().toList()).contains("/tmp", "/sandbox/workspace").allSatisfy(dir -> assertThat(dir)
                    .matches("(/tmp|/var/tmp|/run/lock|/dev/shm|/dev/mqueue|/sandbox)(/.*)?"));
            var system = sh(s, "for f in /etc/x /usr/x /x /var/lib/x /opt/x; do echo pwned > $f && echo \"wrote $f\"; done; true",
                    Duration.ofSeconds(10));
            assertThat(system.stdout()).isEmpty();
            assertThat(system.stderr()).contains("Read-only file system");
        }
    }

    @Test
    void theWritablePlacesOutsideTheWorkspaceAreCapped() throws IOException {
        var small = DockerSandboxFactory.connect(DockerSandboxOptions.defaults().withMemoryBytes(256 * MIB)
                .withTmpBytes(8 * MIB), "limits-test");
        Files.writeString(layer.resolve("hello.txt"), "hi\n");
        try (var s = small.create(new SandboxSpec(List.of(layer), Map.of(), DockerTestImages.IMAGE, "limits-test"))) {
            for (var dir : List.of("/tmp", "/var/tmp", "/run/lock", "/dev/shm")) {
                var fill = sh(s, "head -c 40000000 /dev/zero > " + dir + "/big; stat -c %s " + dir + "/big",
                        Duration.ofSeconds(60));

                assertThat(fill.stderr()).as(dir).contains("No space left on device");
                assertThat(Long.parseLong(fill.stdout().strip())).as(dir).isLessThanOrEqualTo(16 * MIB);
            }
            assertThat(sh(s, "echo still here", Duration.ofSeconds(10)).stdout()).isEqualTo("still here\n");
        }
    }

    @Test
    void infiniteLoopIsKilledAtTheTimeout() throws IOException {
        try (var s = sandbox()) {
            var timeout = Duration.ofSeconds(2);
            long start = System.nanoTime();
            var loop = sh(s, "while :; do :; done", timeout);
            var wall = Duration.ofNanos(System.nanoTime() - start);

            assertThat(loop.timedOut()).isTrue();
            assertThat(loop.exitCode()).isEqualTo(137);
            assertThat(wall).isBetween(timeout.minusMillis(50), timeout.plusSeconds(3));
            assertThat(sh(s, "echo next", Duration.ofSeconds(10)).stdout()).isEqualTo("next\n");
        }
    }

    @Test
    void workspaceIsNotRootAndNotAGitCheckout() throws IOException {
        try (var s = sandbox()) {
            assertThat(sh(s, "id -u", Duration.ofSeconds(10)).stdout().strip()).isNotEqualTo("0");
            assertThat(sh(s, "ls -A", Duration.ofSeconds(10)).stdout()).isEqualTo("hello.txt\n");
            s.writeFile(".git/config", "agent's own repo");
            assertThat(s.listFiles("")).containsExactly("hello.txt");
        }
    }
}
