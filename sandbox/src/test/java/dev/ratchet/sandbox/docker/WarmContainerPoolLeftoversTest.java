package dev.ratchet.sandbox.docker;

import static dev.ratchet.sandbox.docker.WarmContainerPoolTest.T;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.SandboxSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile candidate in a pooled container (size 1, so the next sandbox gets the very same container, which each
 * test checks) leaves one kind of thing behind; the next sandbox must not see it. Each test also checks that
 * the leftover worked while its candidate ran, so a test here can fail.
 */
class WarmContainerPoolLeftoversTest {

    private static WarmContainerPool pool;
    @TempDir Path layer;

    @BeforeAll
    static void docker() {
        DockerTestImages.requireDocker();
        pool = new WarmContainerPool(DockerSandboxFactory.connect(DockerSandboxOptions.defaults(), "pool-leftovers"), 1);
    }

    @AfterAll
    static void close() {
        if (pool != null) pool.close();
    }

    @BeforeEach
    void task() throws IOException {
        Files.writeString(layer.resolve("solution.py"), "answer = 42\n");
        var tool = Files.writeString(layer.resolve("run_tests.sh"), "#!/bin/sh\necho pristine runner\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** What {@code probe} prints in the sandbox after the one in which {@code leave} ran (same container). */
    private String next(String leave, String leaveShows, String probe) {
        var spec = new SandboxSpec(List.of(layer), Map.of(), DockerTestImages.IMAGE, "hostile#0");
        String first;
        try (var s = pool.create(spec)) {
            first = run(s, "hostname").stdout();
            var left = run(s, leave);
            assertThat(left.combinedOutput()).as("the leftover took effect in its own sandbox").contains(leaveShows);
        }
        try (var s = pool.create(spec)) {
            assertThat(run(s, "hostname").stdout()).as("the same container, scrubbed").isEqualTo(first);
            return run(s, probe).combinedOutput();
        }
    }

    private static ExecResult run(dev.ratchet.sandbox.Sandbox s, String script) {
        return s.exec(List.of("sh", "-c", script), T);
    }

    @Test
    void aProcessLeftRunning() {
        String seen = next("""
                trap '' TERM HUP INT
                setsid sh -c 'trap "" TERM HUP; while :; do echo tick >> /sandbox/workspace/ticks; sleep 0.05; done' \
                    </dev/null >/dev/null 2>&1 &
                (sleep 1000 </dev/null >/dev/null 2>&1 &)
                nohup python3 -c 'import os, time; os.setsid(); time.sleep(1000)' </dev/null >/dev/null 2>&1 &
                sleep 0.3; ps -eo args""", "sleep 1000",
                "sleep 0.3; ps -eo comm=; ls -A");
        // init and the agent (python3), then this probe: timeout, sh and ps; the workspace as it was laid.
        assertThat(seen).isEqualTo("python3\npython3\ntimeout\nsh\nps\nrun_tests.sh\nsolution.py\n");
    }

    @Test
    void filesLeftInEveryWritablePlace() {
        String seen = next("""
                set -e
                for d in /tmp /var/tmp /run/lock /dev/shm /sandbox /sandbox/workspace; do echo left > $d/left; done
                mkdir -p /tmp/.cache/deep /tmp/locked && echo left > /tmp/.cache/deep/left && echo left > /tmp/locked/f
                chmod 000 /tmp/locked
                echo left > "$HOME/.leftrc"
                echo changed > solution.py
                python3 -c "import os; os.close(os.open('/dev/mqueue/left', os.O_CREAT | os.O_RDWR, 0o600))"
                ipcmk -M 4096 >/dev/null; ipcmk -Q >/dev/null; ipcmk -S 1 >/dev/null
                find /tmp /var/tmp /run/lock /dev/shm /dev/mqueue /sandbox -name left; ipcs | grep -c 0x""",
                "/dev/mqueue/left",
                "find /tmp /var/tmp /run/lock /dev/shm /dev/mqueue /sandbox -mindepth 1 | sort; cat solution.py;"
                        + " echo ipc $(ipcs | grep -c 0x)");
        assertThat(seen).isEqualTo("""
                /sandbox/workspace
                /sandbox/workspace/run_tests.sh
                /sandbox/workspace/solution.py
                answer = 42
                ipc 0
                """);
    }

    @Test
    void anEnvironmentChangeThroughStartupFiles() {
        String seen = next("""
                site=$(python3 -c 'import site; print(site.getusersitepackages())')
                mkdir -p "$site"
                echo 'import os; os.environ["LEAKED"] = "yes"' > "$site/usercustomize.py"
                for f in .profile .bashrc .bash_profile .shrc; do echo 'export LEAKED=yes' > "$HOME/$f"; done
                mkdir -p "$HOME/.config/pip" && printf '[global]\\nindex-url = http://evil\\n' > "$HOME/.config/pip/pip.conf"
                export LEAKED=yes
                python3 -c 'import os; print("python sees", os.environ.get("LEAKED"))'""", "python sees yes",
                "python3 -c 'import os; print(\"python sees\", os.environ.get(\"LEAKED\"))'; bash -lc 'echo bash sees $LEAKED';"
                        + " sh -c 'echo sh sees $LEAKED'; ls -A $HOME | wc -l");
        assertThat(seen).isEqualTo("python sees None\nbash sees\nsh sees\n0\n");
    }

    @Test
    void aModifiedOrShadowedTool() {
        String seen = next("""
                cp /bin/true /usr/bin/python3 2>&1 || true
                mkdir -p "$HOME/.local/bin" /tmp/bin
                for t in python3 sh git timeout; do printf '#!/bin/sh\\nexit 0\\n' > "$HOME/.local/bin/$t"; cp "$HOME/.local/bin/$t" /tmp/bin/; done
                chmod +x "$HOME/.local/bin/"* /tmp/bin/*
                printf '#!/bin/sh\\necho hacked runner\\n' > run_tests.sh
                ./run_tests.sh""", "hacked runner",
                "./run_tests.sh; for t in python3 sh git timeout; do command -v $t; done; ls -A $HOME/.local /tmp/bin 2>&1 | wc -l;"
                        + " python3 -c 'print(6 * 7)'");
        assertThat(seen).startsWith("pristine runner\n/usr/bin/python3\n/usr/bin/sh\n/usr/bin/git\n/usr/bin/timeout\n")
                .endsWith("42\n");
        assertThat(seen).doesNotContain("hacked");
    }

    @Test
    void aRequestQueuedOnTheAgentsChannelOrAForgedReply() {
        // Through /proc/<pid>/fd a same-uid process could reach the agent's stdin (a request that runs after the
        // scrub) or stdout (a forged reply). Init and the agent are not dumpable, so neither opens.
        String seen = next("""
                agent=$(ps -o pid= --ppid 1 | tr -d ' ' | head -1)
                for p in 1 $agent; do
                  for fd in 0 1; do
                    if (printf '1 1000 10 dHJ1ZQ==\\n' > /proc/$p/fd/$fd) 2>/dev/null; then echo "reached"; else echo "refused"; fi
                  done
                done | sort | uniq -c""", "4 refused",
                "echo still answering");
        assertThat(seen).isEqualTo("still answering\n");
    }
}
