package dev.ratchet.sandbox.local;

import dev.ratchet.sandbox.SandboxContractTest;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.sandbox.WorkspacePathException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalSandboxTest extends SandboxContractTest {

    @Override
    protected SandboxFactory factory() {
        return new LocalSandboxFactory();
    }

    private LocalSandbox localSandbox(SandboxSpec spec, LocalSandboxOptions options) {
        return LocalSandbox.create(spec, options);
    }

    @Test
    void aWriteTheDiskRefusesIsASandboxFaultAndAPathMistakeStaysThePaths() throws Exception {
        // A real refusal by the kernel (root ignores read-only files, not a file size limit); see WriteUnderFileSizeLimit.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("bash", "-c", "ulimit -f 16 && exec \"$@\"", "bash", java, "-XX:-UsePerfData",
                "-cp", System.getProperty("java.class.path"), WriteUnderFileSizeLimit.class.getName(),
                tempDir.resolve("layer").toString()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).as(out).contains("big.txt: " + SandboxException.class.getName()
                + ": cannot write big.txt in the sandbox: File too large");
        assertThat(out).as(out).contains("a.txt/b.txt: " + WorkspacePathException.class.getName() + ": cannot write a.txt/b.txt");
    }

    @Test
    void kindIsLocal() {
        assertThat(factory().kind()).isEqualTo("local");
        assertThat(new LocalSandboxFactory().options().outputCapBytes()).isEqualTo(1 << 20);
    }

    @Test
    void closeDeletesTheTempDirAndIsIdempotent() throws IOException {
        var sandbox = (LocalSandbox) sandbox(layer(Map.of("a.txt", "x")));
        var workspace = sandbox.workspace();
        assertThat(workspace.resolve("a.txt")).exists();
        assertThat(workspace.getFileName().toString()).isEqualTo("workspace");
        assertThat(workspace.getParent().getFileName().toString()).startsWith("ratchet-");

        sandbox.close();
        assertThat(workspace.getParent()).doesNotExist();
        assertThatCode(sandbox::close).doesNotThrowAnyException();
        assertThatThrownBy(() -> sandbox.readFile("a.txt")).isInstanceOf(SandboxException.class);
    }

    @Test
    void closeKillsARunningCommand() throws Exception {
        var sandbox = emptySandbox();
        long start = System.nanoTime();
        var running = CompletableFuture.supplyAsync(
                () -> sandbox.exec(List.of("sh", "-c", "sleep 30"), SHORT));
        Thread.sleep(200);

        sandbox.close();

        var result = running.get(1500, TimeUnit.MILLISECONDS);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.exitCode()).isEqualTo(137);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SHORT);
    }

    @Test
    void layersFromAZipFileSystemWork() throws IOException {
        var zip = tempDir.resolve("task.zip");
        try (var fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Files.createDirectories(fs.getPath("/task/pkg"));
            Files.writeString(fs.getPath("/task/pkg/mod.py"), "print('hi')\n");
            Files.writeString(fs.getPath("/task/README.md"), "zipped ✓\n");
        }
        var overlay = layer(Map.of("README.md", "overridden\n", "extra.txt", "e"));

        try (var fs = FileSystems.newFileSystem(zip)) {
            var sandbox = sandbox(fs.getPath("/task"), overlay);

            assertThat(sandbox.listFiles("")).containsExactly("README.md", "extra.txt", "pkg/mod.py");
            assertThat(sandbox.readFile("pkg/mod.py")).isEqualTo("print('hi')\n");
            assertThat(sandbox.readFile("README.md")).isEqualTo("overridden\n");
            sandbox.writeFile("pkg/mod.py", "changed");
            sandbox.reset();
            assertThat(sandbox.readFile("pkg/mod.py")).isEqualTo("print('hi')\n");
        }
    }

    @Test
    void specEnvReachesCommands() throws IOException {
        var spec = new SandboxSpec(List.of(layer(Map.of())), Map.of("RATCHET_TEST_VAR", "from spec"), null, "env");
        try (var sandbox = new LocalSandboxFactory().create(spec)) {
            var result = sandbox.exec(List.of("sh", "-c", "echo \"$RATCHET_TEST_VAR|$PYTHONDONTWRITEBYTECODE|$PATH\""), SHORT);

            assertThat(result.stdout()).startsWith("from spec|1|").contains("/");
        }
    }

    @Test
    void outputCapOptionIsHonouredPerStream() throws IOException {
        var spec = new SandboxSpec(List.of(layer(Map.of())), Map.of(), null, "cap");
        try (var sandbox = localSandbox(spec, LocalSandboxOptions.defaults().withOutputCapBytes(1000))) {
            var result = sandbox.exec(List.of("sh", "-c", "seq 1 1000; seq 1 10 >&2"), SHORT);

            assertThat(result.truncated()).isTrue();
            assertThat(result.stdout()).hasSize(1000).startsWith("1\n2\n3\n");
            assertThat(result.stderr()).isEqualTo("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
        }
    }

    @Test
    void backgroundProcessesDieWhenTheCommandExits() throws IOException {
        var sandbox = emptySandbox();

        long start = System.nanoTime();
        // The background sleep keeps stdout open: exec must still return promptly.
        var result = sh(sandbox, "sleep 300 & echo $! > bg; echo started");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("started\n");
        assertThat(alive(sandbox, "bg")).isEmpty();
    }

    @Test
    void aProcessThatEscapedTheGroupCannotHoldExecOpen() throws IOException {
        var sandbox = emptySandbox();
        try {
            long start = System.nanoTime();
            // setsid moves the sleep to a new session: no group kill reaches it, and it holds stdout open.
            var result = sh(sandbox, "setsid sleep 30 & echo $! > escaped; echo hi");

            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isLessThan(LocalSandboxOptions.DEFAULT_DRAIN_GRACE.plusMillis(700));
            assertThat(result.exitCode()).isZero();
            assertThat(result.stdout()).isEqualTo("hi\n");
        } finally {
            sh(sandbox, "kill -KILL $(cat escaped)");
        }
    }

    @Test
    void writingWhereADirectoryIsNeededIsAPathErrorWithoutHostPaths() throws IOException {
        var sandbox = (LocalSandbox) sandbox(layer(Map.of("f.txt", "x")));

        assertThatThrownBy(() -> sandbox.writeFile("f.txt/inner.txt", "y"))
                .isInstanceOf(WorkspacePathException.class)
                .hasMessageStartingWith("cannot write f.txt/inner.txt: ")
                .message().doesNotContain(sandbox.workspace().toString());
        assertThatThrownBy(() -> sandbox.writeFile("", "y")).isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.deleteFile("")).isInstanceOf(WorkspacePathException.class);
    }

    @Test
    void invalidUtf8OutputIsDecodedLeniently() throws IOException {
        var result = sh(emptySandbox(), "printf 'ok\\377\\376end'");

        assertThat(result.stdout()).startsWith("ok").endsWith("end").contains("\uFFFD");
    }

    @Test
    void resetRewritesOnlyWhatChanged() throws IOException {
        var files = new java.util.HashMap<String, String>();
        for (int i = 0; i < 50; i++) files.put("d" + (i % 5) + "/f" + i + ".txt", "content " + i);
        var sandbox = (LocalSandbox) sandbox(layer(files));

        for (int round = 0; round < 2; round++) { // the first reset also makes the pristine copy
            Object untouched = fileKey(sandbox.workspace().resolve("d2/f2.txt"));
            sandbox.writeFile("d1/f1.txt", "changed");
            sandbox.writeFile("new.txt", "new");

            sandbox.reset();

            assertThat(sandbox.readFile("d1/f1.txt")).isEqualTo("content 1");
            assertThat(sandbox.listFiles("")).hasSize(50);
            assertThat(fileKey(sandbox.workspace().resolve("d2/f2.txt"))).as("left in place").isEqualTo(untouched);
        }
    }

    @Test
    void thePristineCopyIsOnlyMadeByAReset() throws IOException {
        var sandbox = (LocalSandbox) sandbox(layer(Map.of("a.txt", "x", "dir/b.txt", "y")));
        var pristine = sandbox.workspace().resolveSibling("pristine");
        assertThat(pristine).doesNotExist();

        sandbox.writeFile("a.txt", "edited");
        sandbox.reset();

        assertThat(pristine.resolve("dir/b.txt")).hasContent("y");
        assertThat(sandbox.readFile("a.txt")).isEqualTo("x");
    }

    @Test
    void sandboxesGoToTheScratchDirectoryNamedAfterThisJvm() throws IOException {
        var scratch = Files.createDirectories(tempDir.resolve("scratch"));
        try (var sandbox = localSandbox(spec(List.of(layer(Map.of("a.txt", "x")))),
                LocalSandboxOptions.defaults().withScratch(scratch))) {
            assertThat(sandbox.workspace().getParent().getParent()).isEqualTo(scratch.toRealPath());
            assertThat(sandbox.workspace().getParent().getFileName().toString())
                    .startsWith("ratchet-" + ProcessHandle.current().pid() + "-");
        }
        assertThat(scratch).isEmptyDirectory();
    }

    @Test
    void aNewFactorySweepsOnlyTheSandboxesOfDeadJvms() throws Exception {
        var scratch = Files.createDirectories(tempDir.resolve("scratch"));
        var dead = new ProcessBuilder("true").start();
        dead.waitFor();
        var orphan = Files.createDirectories(scratch.resolve("ratchet-" + dead.pid() + "-123/workspace")).getParent();
        Files.writeString(orphan.resolve("workspace/file.txt"), "left by kill -9");
        var live = Files.createDirectories(scratch.resolve("ratchet-" + ProcessHandle.current().pid() + "-456/workspace"));
        var notOurs = Files.createDirectories(scratch.resolve("ratchet-" + dead.pid() + "-789/data"));

        var factory = new LocalSandboxFactory(LocalSandboxOptions.defaults().withScratch(scratch));

        assertThat(orphan).doesNotExist();
        assertThat(live).isDirectory();
        assertThat(notOurs).isDirectory();
        assertThat(factory.sweep()).isZero();
    }

    private static Object fileKey(Path p) throws IOException {
        return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void resetCopesWithReadOnlyDirectoriesAndReplacedDirectories() throws IOException {
        var sandbox = sandbox(layer(Map.of("keep/a.txt", "a", "file", "f")));
        var setup = sh(sandbox, "mkdir -p locked/deep && echo x > locked/deep/f && chmod 000 locked/deep locked"
                + " && rm file && mkdir file && echo y > file/inner && chmod 555 keep");
        assertThat(setup.exitCode()).as(setup.combinedOutput()).isZero();

        sandbox.reset();

        assertThat(sandbox.listFiles("")).containsExactly("file", "keep/a.txt");
        assertThat(sandbox.readFile("file")).isEqualTo("f");
    }

    @Test
    void deleteRemovesASymlinkNotItsTarget() throws IOException {
        var sandbox = sandbox(layer(Map.of("target.txt", "t")));
        assertThat(sh(sandbox, "ln -s target.txt link").exitCode()).isZero();

        sandbox.deleteFile("link");

        assertThat(sandbox.listFiles("")).containsExactly("target.txt");
    }

    @Test
    void brokenSymlinkIsNeitherReadNorWrittenThrough() throws IOException {
        var sandbox = emptySandbox();
        var outside = tempDir.resolve("would-be-created.txt");
        assertThat(sh(sandbox, "ln -s " + outside + " dangling").exitCode()).isZero();

        assertThatThrownBy(() -> sandbox.readFile("dangling")).isInstanceOf(WorkspacePathException.class);
        assertThatThrownBy(() -> sandbox.writeFile("dangling", "x")).isInstanceOf(WorkspacePathException.class);
        assertThat(outside).doesNotExist();
    }

    @Test
    void missingLayerIsAnInfrastructureFault() {
        var spec = new SandboxSpec(List.of(tempDir.resolve("nope")), Map.of(), null, "bad");

        assertThatThrownBy(() -> new LocalSandboxFactory().create(spec))
                .isInstanceOf(SandboxException.class).hasMessageContaining("nope");
    }

    @Test
    void workspaceFilesAreUtf8OnDisk() throws IOException {
        var sandbox = (LocalSandbox) emptySandbox();
        sandbox.writeFile("u.txt", "é");

        assertThat(Files.readAllBytes(sandbox.workspace().resolve("u.txt")))
                .isEqualTo("é".getBytes(StandardCharsets.UTF_8));
    }
}
