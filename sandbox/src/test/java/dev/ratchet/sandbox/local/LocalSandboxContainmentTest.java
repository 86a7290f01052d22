package dev.ratchet.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.sandbox.WorkspacePathException;
import dev.ratchet.sandbox.local.LocalSandboxOptions.Isolation;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a hostile command tries in a local sandbox, each attempt for real: read Ratchet's secrets from its
 * environment, steal or overwrite files through hard links it made, and, under bubblewrap, look at Ratchet's
 * command line, the home directory and other sandboxes, leave a daemon behind, or reach the network.
 */
class LocalSandboxContainmentTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path scratch;
    @TempDir
    Path layers;

    private final List<Sandbox> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Sandbox::close);
    }

    private LocalSandbox sandbox(Isolation isolation, Map<String, String> hostEnv, Map<String, String> specEnv,
                                 Map<String, String> files) throws IOException {
        if (isolation == Isolation.BWRAP) Bubblewraps.require();
        var layer = Files.createTempDirectory(layers, "layer");
        for (var e : files.entrySet()) Files.writeString(layer.resolve(e.getKey()), e.getValue());
        var options = LocalSandboxOptions.defaults().withScratch(scratch).withHostEnv(hostEnv).withIsolation(isolation);
        var sandbox = new LocalSandboxFactory(options).create(new SandboxSpec(List.of(layer), specEnv, null, "hostile"));
        opened.add(sandbox);
        return sandbox;
    }

    private LocalSandbox sandbox(Isolation isolation) throws IOException {
        return sandbox(isolation, System.getenv(), Map.of(), Map.of());
    }

    private static ExecResult bash(Sandbox sandbox, String script) {
        return sandbox.exec(List.of("bash", "-c", script), TIMEOUT);
    }

    // --- environment --------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void theParentsKeysAndRatchetSettingsNeverReachACommand(Isolation isolation) throws IOException {
        var host = new HashMap<>(System.getenv());
        host.put("OPENAI_API_KEY", "sk-hostile-test-key");
        host.put("ANTHROPIC_API_KEY", "sk-ant-hostile");
        host.put("RATCHET_SUITE", "/where/the/hidden/tests/are");
        host.put("LANG", "C.UTF-8");
        var sandbox = sandbox(isolation, host, Map.of("RATCHET_JAVAC", "/opt/warm-javac"), Map.of());

        var env = bash(sandbox, "env; echo \"home=$HOME\"; touch \"$HOME/ok\" && echo home-writable").stdout();

        assertThat(env).doesNotContain("sk-hostile-test-key", "sk-ant-hostile", "OPENAI_API_KEY", "ANTHROPIC",
                "RATCHET_SUITE", "/where/the/hidden");
        assertThat(env).contains("RATCHET_JAVAC=/opt/warm-javac", "LANG=C.UTF-8", "PATH=", "home-writable")
                .doesNotContain("home=" + System.getProperty("user.home") + "\n");
        // $HOME is the sandbox's own directory (its host path, or /sandbox/home inside bubblewrap).
        assertThat(sandbox.workspace().resolveSibling("home").resolve("ok")).exists();
    }

    // --- hard links ---------------------------------------------------------------------------

    @Test
    void aHardLinkToAHostFileIsNeitherReadNorWrittenNorListed() throws IOException {
        var sandbox = sandbox(Isolation.PLAIN);
        var passwd = Files.readString(Path.of("/etc/passwd"));
        var link = bash(sandbox, "ln /etc/passwd passwd.txt");
        // /etc and the scratch directory on one file system (as here) is the case that matters; elsewhere ln fails.
        org.junit.jupiter.api.Assumptions.assumeTrue(link.succeeded(), "ln /etc/passwd: " + link.combinedOutput());

        assertThatThrownBy(() -> sandbox.readFile("passwd.txt"))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining("hard link");
        assertThatThrownBy(() -> sandbox.readFiles(List.of("passwd.txt"))).isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.writeFile("passwd.txt", "root::0:0::/:/bin/sh\n"))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining("hard link");
        assertThat(sandbox.listFiles("")).doesNotContain("passwd.txt");
        assertThat(Files.readString(Path.of("/etc/passwd"))).isEqualTo(passwd);
        sandbox.deleteFile("passwd.txt"); // removes the workspace's name only
        assertThat(Files.readString(Path.of("/etc/passwd"))).isEqualTo(passwd);
    }

    @Test
    void aHardLinkToAHiddenTestIsNeitherReadNorWritten() throws IOException {
        var hidden = Files.createDirectories(scratch.resolve("suite/task")).resolve("test_hidden.py");
        Files.writeString(hidden, "assert solve() == 42  # hidden\n");
        var sandbox = sandbox(Isolation.PLAIN);
        assertThat(bash(sandbox, "ln " + hidden + " stolen.py && ln -s stolen.py alias.py").exitCode()).isZero();

        assertThatThrownBy(() -> sandbox.readFile("stolen.py")).isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.readFile("alias.py")).isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.writeFile("stolen.py", "pass\n")).isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.writeFile("alias.py", "pass\n")).isInstanceOf(WorkspacePathException.class);
        assertThat(sandbox.listFiles("")).doesNotContain("stolen.py", "alias.py");
        assertThat(Files.readString(hidden)).isEqualTo("assert solve() == 42  # hidden\n");
    }

    @Test
    void writingAFileReplacesItsNameInsteadOfWritingThroughIt() throws IOException {
        var sandbox = sandbox(Isolation.PLAIN);
        var outside = Files.writeString(scratch.resolve("host-file.txt"), "host\n");
        sandbox.writeFile("solution.py", "v1\n");
        assertThat(bash(sandbox, "chmod 755 solution.py").exitCode()).isZero();

        sandbox.writeFile("solution.py", "v2\n");

        assertThat(sandbox.readFile("solution.py")).isEqualTo("v2\n");
        assertThat(Files.isExecutable(sandbox.workspace().resolve("solution.py"))).as("mode kept").isTrue();
        assertThat(Files.readString(outside)).isEqualTo("host\n");
        assertThat(sandbox.listFiles("")).containsExactly("solution.py");
    }

    // --- bubblewrap ---------------------------------------------------------------------------

    @Test
    void inBubblewrapRatchetsProcessesAndCommandLineAreNotVisible() throws IOException {
        var sandbox = sandbox(Isolation.BWRAP);
        var ratchet = String.join(" ", ProcessHandle.current().info().arguments().orElse(new String[0]));

        var result = bash(sandbox, "echo \"pid=$$ ppid=$PPID\"; for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline; echo; done;"
                + " tr '\\0' ' ' < /proc/$PPID/cmdline");

        // PID 1 is bwrap's own init and 2 the command: nothing of the host's process tree is there.
        assertThat(result.stdout()).startsWith("pid=2 ppid=1\n");
        assertThat(ratchet).isNotBlank();
        assertThat(result.stdout()).doesNotContain(ratchet).doesNotContain("java").doesNotContain("surefire");
        assertThat(bash(sandbox, "ls /proc/" + ProcessHandle.current().pid()).exitCode()).isNotZero();
    }

    @Test
    void inBubblewrapTheHomeDirectoryOtherSandboxesAndTheSystemAreOutOfReach() throws IOException {
        var home = Path.of(System.getProperty("user.home"));
        assertThat(Files.isReadable(home)).isTrue();
        var beside = Files.writeString(scratch.resolve("beside-the-workspace.txt"), "run dir secret\n");
        var grader = sandbox(Isolation.PLAIN, System.getenv(), Map.of(), Map.of("test_hidden.py", "hidden test\n"));
        var hiddenTest = grader.workspace().resolve("test_hidden.py");
        // A PATH with nothing in the home directory: then nothing of it is bound into the jail.
        var sandbox = sandbox(Isolation.BWRAP, Map.of("PATH", "/usr/bin:/bin"), Map.of(), Map.of());

        for (var target : List.of(home, beside, hiddenTest, scratch, sandbox.workspace())) {
            var read = bash(sandbox, "cat '" + target + "' || ls -A '" + target + "'");
            assertThat(read.exitCode()).as(target + ": " + read.combinedOutput()).isNotZero();
            assertThat(read.stdout()).isEmpty();
        }
        var writes = bash(sandbox, "for f in '" + beside + "' '" + hiddenTest + "' '" + home + "/x' /etc/x /usr/x /x; do"
                + " echo pwned > \"$f\" 2>/dev/null && echo \"wrote $f\"; done; true");
        assertThat(writes.stdout()).isEmpty();
        assertThat(Files.readString(beside)).isEqualTo("run dir secret\n");
        assertThat(grader.readFile("test_hidden.py")).isEqualTo("hidden test\n");
        assertThat(home.resolve("x")).doesNotExist();

        var own = bash(sandbox, "echo a > inws && echo b > /tmp/t && echo c > /var/tmp/v && echo d > \"$HOME/h\" && echo ok");
        assertThat(own.stdout()).as(own.combinedOutput()).isEqualTo("ok\n");
        assertThat(sandbox.readFile("inws")).isEqualTo("a\n");
        var tempRoot = sandbox.workspace().getParent();
        assertThat(tempRoot.resolve("tmp/t")).hasContent("b");
        assertThat(tempRoot.resolve("tmp/v")).hasContent("c");
        assertThat(tempRoot.resolve("home/h")).hasContent("d");
    }

    @Test
    void inBubblewrapAHardLinkToAHostFileCannotEvenBeMade() throws IOException {
        var hidden = Files.writeString(scratch.resolve("test_hidden.py"), "hidden\n");
        var sandbox = sandbox(Isolation.BWRAP);

        var result = bash(sandbox, "ln /etc/passwd passwd.txt; ln '" + hidden + "' stolen.py; ls");

        assertThat(result.stdout()).doesNotContain("passwd.txt", "stolen.py");
        assertThat(sandbox.listFiles("")).isEmpty();
    }

    @Test
    void inBubblewrapASetsidDaemonDiesWithTheCommand() throws Exception {
        var sandbox = sandbox(Isolation.BWRAP);
        var marker = "7" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000) + ".5";

        var result = bash(sandbox, "setsid bash -c 'while :; do date +%N >> tick; sleep 0.05; done' </dev/null >/dev/null 2>&1 &"
                + " setsid sleep " + marker + " </dev/null >/dev/null 2>&1 & sleep 0.3; echo started");

        assertThat(result.stdout()).isEqualTo("started\n");
        Thread.sleep(300);
        long size = Files.size(sandbox.workspace().resolve("tick"));
        Thread.sleep(500);
        assertThat(Files.size(sandbox.workspace().resolve("tick"))).as("the daemon still writes").isEqualTo(size);
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains(marker))).as("processes left").isEmpty();
    }

    @Test
    void inBubblewrapThereIsNoNetworkNotEvenLoopbackToRatchet() throws IOException {
        try (var server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            var sandbox = sandbox(Isolation.BWRAP);

            var result = bash(sandbox, "exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + " && echo connected");

            assertThat(result.stdout()).doesNotContain("connected");
            assertThat(result.exitCode()).isNotZero();
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
            var plain = bash(sandbox(Isolation.PLAIN), "exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + " && echo connected");
            assertThat(plain.stdout()).as("the same attempt works outside the jail").isEqualTo("connected\n");
        }
    }

    @Test
    void inBubblewrapAToolchainOnPathIsThereWithItsInstallationButNeverAHiddenDirectory() throws IOException {
        var prefix = Files.createDirectories(layers.resolve("tools/lang"));
        Files.createDirectories(prefix.resolve("lib"));
        Files.writeString(prefix.resolve("lib/stdlib.txt"), "std\n");
        var tool = Files.writeString(Files.createDirectories(prefix.resolve("bin")).resolve("tool"),
                "#!/bin/sh\ncat \"$(dirname \"$0\")/../lib/stdlib.txt\"\n");
        tool.toFile().setExecutable(true);
        var linked = Files.createSymbolicLink(layers.resolve("linked-bin"), prefix.resolve("bin"));
        var home = System.getProperty("user.home");
        var path = linked + ":" + home + ":" + scratch + ":/usr/bin:/bin";
        var sandbox = sandbox(Isolation.BWRAP, Map.of("PATH", path), Map.of(), Map.of());

        var result = bash(sandbox, "tool; ls -A '" + home + "' '" + scratch + "' 2>&1 | head -1");

        assertThat(result.stdout()).as(result.combinedOutput()).startsWith("std\n").contains("No such file");
        var layout = new BubblewrapJail.Layout(sandbox.workspace(), scratch, scratch, scratch.toRealPath(),
                Path.of(home).toRealPath());
        assertThat(BubblewrapJail.toolchain(Map.of("PATH", path, "X", "-Dy=" + scratch + "/ratchet-1-2/workspace"), layout))
                .containsEntry(linked, prefix.resolve("bin").toRealPath())
                .containsEntry(prefix.toRealPath(), prefix.toRealPath())
                .doesNotContainKeys(Path.of(home), scratch, scratch.resolve("ratchet-1-2/workspace"));
    }

    @Test
    void inBubblewrapTheToolchainOnPathStillRuns() throws IOException {
        var sandbox = sandbox(Isolation.BWRAP);
        var result = bash(sandbox, "python3 -c 'import unittest, json, sys; print(sys.version_info[0])'");
        assertThat(result.stdout()).as(result.combinedOutput()).isEqualTo("3\n");
        assertThat(new String(Files.readAllBytes(Path.of("/etc/hostname")), StandardCharsets.UTF_8)).isNotNull();
    }
}
