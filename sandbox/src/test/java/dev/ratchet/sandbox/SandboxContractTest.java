package dev.ratchet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link Sandbox} must do, checked only through the {@link Sandbox} API so that it runs
 * unchanged against any implementation. Commands stick to what a plain Debian image has: sh, sleep,
 * head, tr, cat, ls, ln, kill, echo, seq.
 */
public abstract class SandboxContractTest {

    protected static final Duration SHORT = Duration.ofSeconds(2);

    @TempDir
    protected Path tempDir;

    private final List<Sandbox> opened = new ArrayList<>();
    private int layerCount;

    /** The implementation under test. */
    protected abstract SandboxFactory factory();

    /** The per-stream output cap of the factory's sandboxes. */
    protected int outputCapBytes() {
        return 1 << 20;
    }

    /** Hook for implementations that need more in the spec (e.g. a container image). */
    protected SandboxSpec spec(List<Path> layers) {
        return new SandboxSpec(layers, Map.of(), null, "contract-test");
    }

    /** A new layer directory holding {@code files} (relative path with '/' → content). */
    protected Path layer(Map<String, String> files) throws IOException {
        var dir = Files.createDirectories(tempDir.resolve("layer-" + layerCount++));
        for (var e : files.entrySet()) {
            var file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    protected Sandbox sandbox(Path... layers) {
        var sandbox = factory().create(spec(Arrays.asList(layers)));
        opened.add(sandbox);
        return sandbox;
    }

    protected Sandbox emptySandbox() throws IOException {
        return sandbox(layer(Map.of()));
    }

    protected static ExecResult sh(Sandbox sandbox, String script) {
        return sandbox.exec(List.of("sh", "-c", script), SHORT);
    }

    @AfterEach
    void closeSandboxes() {
        opened.forEach(Sandbox::close);
    }

    // --- exec ---------------------------------------------------------------------------------

    @Test
    void execCapturesStdoutStderrAndExitCode() throws IOException {
        var result = sh(emptySandbox(), "echo out; echo err >&2; exit 3");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("err\n");
        assertThat(result.timedOut()).isFalse();
        assertThat(result.truncated()).isFalse();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.elapsed()).isPositive();
    }

    @Test
    void execSucceedsWithArgvPassedVerbatim() throws IOException {
        var result = emptySandbox().exec(List.of("echo", "two words", "$HOME", "*"), SHORT);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.stdout()).isEqualTo("two words $HOME *\n");
    }

    @Test
    void nonZeroExitDoesNotThrow() throws IOException {
        var sandbox = emptySandbox();

        assertThat(sh(sandbox, "exit 1").exitCode()).isEqualTo(1);
        assertThat(sandbox.exec(List.of("cat", "no-such-file"), SHORT).exitCode()).isNotZero();
    }

    @Test
    void bothSandboxesRefuseTheSamePaths() throws IOException {
        var sandbox = emptySandbox();

        for (String bad : List.of("/etc/passwd", "../outside.txt", "a/../../outside.txt", "nul\0byte.txt")) {
            assertThatThrownBy(() -> sandbox.writeFile(bad, "x")).as(bad).isInstanceOf(WorkspacePathException.class);
            assertThatThrownBy(() -> sandbox.readFile(bad)).as(bad).isInstanceOf(WorkspacePathException.class);
        }
        sandbox.writeFile("./dir//ok.txt", "fine");
        assertThat(sandbox.readFile("dir/x/../ok.txt")).isEqualTo("fine");
    }

    @Test
    void missingCommandIsExit127NotAnException() throws IOException {
        var result = emptySandbox().exec(List.of("no-such-command-xyz"), SHORT);

        assertThat(result.exitCode()).isEqualTo(127);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.stderr()).contains("no-such-command-xyz");
        assertThat(result.started()).as("a program that is not there never started").isFalse();
    }

    @Test
    void aNonExecutableCommandIsExit126NotStarted() throws IOException {
        var result = sandbox(layer(Map.of("run.sh", "echo ran\n"))).exec(List.of("./run.sh"), SHORT);

        assertThat(result.exitCode()).isEqualTo(126);
        assertThat(result.started()).isFalse();
        assertThat(result.stderr()).contains("run.sh");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void aStartedCommandThatExits127Or126IsStarted() throws IOException {
        // What a candidate's own code answers is its result, not a missing program.
        var sandbox = emptySandbox();
        for (int code : new int[] {127, 126}) {
            var result = sh(sandbox, "echo 'sh: 1: nope: not found' >&2; exit " + code);
            assertThat(result.exitCode()).isEqualTo(code);
            assertThat(result.started()).isTrue();
            assertThat(result.succeeded()).isFalse();
        }
        assertThat(sh(sandbox, "no-such-command-xyz").exitCode()).as("a shell's own 127").isEqualTo(127);
        assertThat(sh(sandbox, "no-such-command-xyz").started()).isTrue();
    }

    @Test
    void execRunsInTheWorkspaceRoot() throws IOException {
        var sandbox = sandbox(layer(Map.of("hello.txt", "hi there\n", "dir/inner.txt", "x")));

        assertThat(sandbox.exec(List.of("cat", "hello.txt"), SHORT).stdout()).isEqualTo("hi there\n");
        assertThat(sandbox.exec(List.of("ls", "dir"), SHORT).stdout()).isEqualTo("inner.txt\n");
    }

    @Test
    void timeoutKillsTheWholeProcessTree() throws IOException {
        var sandbox = emptySandbox();
        var timeout = Duration.ofMillis(1000);

        long start = System.nanoTime();
        var result = sandbox.exec(List.of("sh", "-c",
                "sleep 300 & echo $! > pids; sleep 300 & echo $! >> pids; wait"), timeout);
        var wall = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.timedOut()).isTrue();
        assertThat(result.exitCode()).isEqualTo(137);
        assertThat(result.succeeded()).isFalse();
        assertThat(wall).isBetween(timeout.minusMillis(50), timeout.plusMillis(1500));
        var pids = sandbox.readFile("pids").trim().split("\\s+");
        assertThat(pids).hasSize(2);
        assertThat(alive(sandbox, "pids")).as("grandchildren still alive").isEmpty();
    }

    @Test
    void hugeOutputIsTruncatedToTheCap() throws IOException {
        var result = sh(emptySandbox(),
                "head -c 52428800 /dev/zero | tr '\\0' a; echo small >&2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.truncated()).isTrue();
        assertThat(result.stdout().length()).isPositive().isLessThanOrEqualTo(outputCapBytes());
        assertThat(result.stdout()).matches("a+");
        assertThat(result.stderr()).isEqualTo("small\n");
    }

    // --- paths --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/etc/passwd", "a/../../x", "..", "./../x"})
    void escapingPathsAreRefused(String path) throws IOException {
        var sandbox = emptySandbox();

        assertThatThrownBy(() -> sandbox.readFile(path))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining(path);
        assertThatThrownBy(() -> sandbox.writeFile(path, "x"))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining(path);
        assertThatThrownBy(() -> sandbox.listFiles(path))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining(path);
        assertThatThrownBy(() -> sandbox.deleteFile(path))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining(path);
    }

    @Test
    void dotDotThatStaysInsideIsAllowed() throws IOException {
        var sandbox = emptySandbox();

        sandbox.writeFile("a/../b.txt", "inside");

        assertThat(sandbox.readFile("b.txt")).isEqualTo("inside");
        assertThat(sandbox.listFiles("")).containsExactly("b.txt");
    }

    @Test
    void symlinksLeadingOutAreRefused() throws IOException {
        var sandbox = emptySandbox();
        var outside = "/tmp/ratchet-outside-" + UUID.randomUUID();
        var setup = sh(sandbox, "echo secret > " + outside + " && ln -s / out && ln -s " + outside + " direct");
        assertThat(setup.exitCode()).as(setup.combinedOutput()).isZero();

        assertThatThrownBy(() -> sandbox.readFile("out/etc/passwd"))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining("out/etc/passwd");
        assertThatThrownBy(() -> sandbox.readFile("out" + outside))
                .isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.readFile("direct"))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining("direct");
        assertThatThrownBy(() -> sandbox.writeFile("out" + outside, "pwned"))
                .isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.writeFile("direct", "pwned"))
                .isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.writeFile("out/tmp/ratchet-new-" + UUID.randomUUID(), "pwned"))
                .isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.deleteFile("out" + outside))
                .isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.listFiles("out"))
                .isInstanceOf(WorkspacePathException.class);
        assertThat(sandbox.listFiles("")).noneMatch(p -> p.startsWith("out/")).doesNotContain("direct");

        assertThat(sandbox.exec(List.of("cat", outside), SHORT).stdout()).isEqualTo("secret\n");
        sh(sandbox, "rm -f " + outside); // best-effort cleanup; rm is not needed for the checks above
    }

    @Test
    void symlinksInsideTheWorkspaceAreFollowed() throws IOException {
        var sandbox = sandbox(layer(Map.of("real/file.txt", "content")));
        assertThat(sh(sandbox, "ln -s real alias && ln -s real/file.txt link.txt").exitCode()).isZero();

        assertThat(sandbox.readFile("alias/file.txt")).isEqualTo("content");
        assertThat(sandbox.readFile("link.txt")).isEqualTo("content");
        sandbox.writeFile("link.txt", "changed");
        assertThat(sandbox.readFile("real/file.txt")).isEqualTo("changed");
    }

    @Test
    void readingAMissingFileOrADirectoryIsAPathError() throws IOException {
        var sandbox = sandbox(layer(Map.of("dir/f.txt", "x")));

        assertThatThrownBy(() -> sandbox.readFile("missing.txt"))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining("no such file: missing.txt");
        assertThatThrownBy(() -> sandbox.readFile("dir"))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining("dir");
    }

    @Test
    void writeReadRoundTripWithNestedPathsAndNonAsciiText() throws IOException {
        var sandbox = emptySandbox();
        var text = "héllo wörld — 日本語 🎉\nline two\n";

        sandbox.writeFile("deep/er/still/file.txt", text);

        assertThat(sandbox.readFile("deep/er/still/file.txt")).isEqualTo(text);
        assertThat(sandbox.exec(List.of("cat", "deep/er/still/file.txt"), SHORT).stdout()).isEqualTo(text);
    }

    @Test
    void readFilesReadsManyAtOnceLikeReadFile() throws IOException {
        var sandbox = sandbox(layer(Map.of("a.txt", "alpha\n", "sub/b.txt", "béta\n", "sub/deeper/c.txt", "")));
        sandbox.writeFile("sub/new.txt", "fresh — 新\n");
        sandbox.exec(List.of("ln", "-s", "/etc/passwd", "link"), SHORT);

        var files = sandbox.readFiles(List.of("sub/new.txt", "a.txt", "sub/deeper/c.txt", "sub/b.txt"));

        assertThat(files.keySet()).containsExactly("sub/new.txt", "a.txt", "sub/deeper/c.txt", "sub/b.txt");
        files.forEach((path, content) -> assertThat(content).as(path).isEqualTo(sandbox.readFile(path)));
        assertThat(sandbox.readFiles(List.of())).isEmpty();
        assertThatThrownBy(() -> sandbox.readFiles(List.of("a.txt", "missing.txt")))
                .isInstanceOf(WorkspacePathException.class).hasMessageContaining("missing.txt");
        assertThatThrownBy(() -> sandbox.readFiles(List.of("link"))).isInstanceOf(WorkspacePathException.class);
    }

    @Test
    void bytesGoInAndComeOutExactlyAsTheyAre() throws IOException {
        // Every byte value, and sequences that are not UTF-8 (a jar, an image): a text round trip would change them.
        var binary = new byte[512];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 7 + 3);
        var dir = Files.createDirectories(tempDir.resolve("binary-layer"));
        Files.createDirectories(dir.resolve("lib"));
        Files.write(dir.resolve("lib/pristine.bin"), binary);
        var sandbox = sandbox(dir);

        assertThat(sandbox.readBytes("lib/pristine.bin")).isEqualTo(binary);
        sandbox.writeBytes("out/written.bin", binary);
        assertThat(sandbox.readBytes("out/written.bin")).isEqualTo(binary);
        assertThat(sh(sandbox, "[ \"$(cksum < lib/pristine.bin)\" = \"$(cksum < out/written.bin)\" ] && echo same").stdout()).isEqualTo("same\n");
        sandbox.writeBytes("lib/pristine.bin", new byte[] {(byte) 0xff}); // replaces, not appends
        assertThat(sandbox.readBytes("lib/pristine.bin")).containsExactly((byte) 0xff);

        var many = sandbox.readBytes(List.of("out/written.bin", "lib/pristine.bin"));
        assertThat(many.keySet()).containsExactly("out/written.bin", "lib/pristine.bin");
        assertThat(many.get("out/written.bin")).isEqualTo(binary);
        assertThatThrownBy(() -> sandbox.readBytes("missing.bin")).isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.readBytes(List.of("missing.bin"))).isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.writeBytes("../escape.bin", binary)).isInstanceOf(WorkspacePathException.class);
    }

    @Test
    void writeReplacesAnExistingFileAndDeleteRemovesIt() throws IOException {
        var sandbox = sandbox(layer(Map.of("f.txt", "a much longer original content")));

        sandbox.writeFile("f.txt", "short");
        assertThat(sandbox.readFile("f.txt")).isEqualTo("short");

        sandbox.deleteFile("f.txt");
        assertThat(sandbox.listFiles("")).isEmpty();
        sandbox.deleteFile("f.txt"); // missing: a no-op
        sandbox.deleteFile("never/was.txt");
    }

    @Test
    void listFilesIsRecursiveSortedAndRelative() throws IOException {
        var sandbox = sandbox(layer(Map.of("b.txt", "", "a/z.txt", "", "a/b/c.txt", "", "c/d.txt", "")));
        sandbox.writeFile("a/a.txt", "");

        var all = List.of("a/a.txt", "a/b/c.txt", "a/z.txt", "b.txt", "c/d.txt");
        assertThat(sandbox.listFiles("")).isEqualTo(all);
        assertThat(sandbox.listFiles(".")).isEqualTo(all);
        assertThat(sandbox.listFiles("a")).isEqualTo(List.of("a/a.txt", "a/b/c.txt", "a/z.txt"));
        assertThat(sandbox.listFiles("a/b/")).isEqualTo(List.of("a/b/c.txt"));
    }

    @Test
    void digestsCoverWhatListFilesListsAndChangeWithTheContent() throws IOException {
        var sandbox = sandbox(layer(Map.of("a.txt", "alpha\n", "sub/b.txt", "béta\n")));
        var outside = "/tmp/ratchet-outside-" + UUID.randomUUID();
        var setup = sh(sandbox, "echo secret > " + outside + " && ln -s " + outside + " out && ln -s sub/b.txt alias"
                + " && printf 'x' > 'new\nline.txt'");
        assertThat(setup.exitCode()).as(setup.combinedOutput()).isZero();

        var digests = sandbox.digests("");
        assertThat(digests.keySet()).containsExactlyElementsOf(sandbox.listFiles("")).contains("alias", "new\nline.txt");
        digests.forEach((p, d) -> assertThat(d).as(p).isEqualTo(FileDigest.of(sandbox.readBytes(p))));
        sandbox.writeFile("a.txt", "alpha!\n");
        assertThat(sandbox.digests("").get("a.txt")).isNotEqualTo(digests.get("a.txt"))
                .isEqualTo(FileDigest.of("alpha!\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(sandbox.digests("sub")).containsOnlyKeys("sub/b.txt");
        sh(sandbox, "rm -f " + outside);
    }

    // --- layers and reset ---------------------------------------------------------------------

    @Test
    void laterLayersOverrideEarlierOnes() throws IOException {
        var base = layer(Map.of("a.txt", "one", "only1.txt", "1", "dir/x.txt", "base"));
        var top = layer(Map.of("a.txt", "two", "only2.txt", "2", "dir/y.txt", "top"));

        var sandbox = sandbox(base, top);

        assertThat(sandbox.readFile("a.txt")).isEqualTo("two");
        assertThat(sandbox.listFiles(""))
                .containsExactly("a.txt", "dir/x.txt", "dir/y.txt", "only1.txt", "only2.txt");
    }

    @Test
    void resetRestoresThePristineTree() throws IOException {
        var original = new LinkedHashMap<String, String>();
        original.put("a.txt", "A");
        original.put("dir/b.txt", "bee");
        original.put("dir/sub/c.txt", "sea\n");
        var sandbox = sandbox(layer(original));

        for (int round = 0; round < 2; round++) {
            sandbox.writeFile("a.txt", "Z"); // same length: must still be noticed
            sandbox.writeFile("new/x.txt", "added");
            sandbox.writeFile("dir/new.txt", "added");
            sandbox.deleteFile("dir/b.txt");
            assertThat(sh(sandbox, "echo changed > dir/sub/c.txt; ln -s dir/sub/c.txt link").exitCode()).isZero();

            sandbox.reset();

            assertThat(sandbox.listFiles("")).isEqualTo(original.keySet().stream().sorted().toList());
            for (var e : original.entrySet()) {
                assertThat(sandbox.readFile(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(sandbox.exec(List.of("ls"), SHORT).stdout()).isEqualTo("a.txt\ndir\n");
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    /**
     * The pids listed in {@code pidFile} that are still running, polled for up to a second to let
     * SIGKILL land. Zombies (state Z, waiting for a reaper) count as dead.
     */
    protected static List<String> alive(Sandbox sandbox, String pidFile) {
        var script = "for p in $(cat " + pidFile + "); do if kill -0 $p 2>/dev/null; then "
                + "case \"$(cat /proc/$p/stat 2>/dev/null)\" in *') Z '*) ;; *) echo $p;; esac; fi; done";
        List<String> alive = List.of();
        for (int i = 0; i < 20; i++) {
            var out = sh(sandbox, script).stdout().trim();
            alive = out.isEmpty() ? List.of() : List.of(out.split("\\s+"));
            if (alive.isEmpty()) break;
            sleep(50);
        }
        return alive;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
