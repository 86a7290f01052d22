package dev.ratchet.sandbox.local;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded default sandbox: a temp directory and child processes on the host. It confines file
 * access to the workspace (refusing symlinks out and hard-linked files), gives commands an allow-listed
 * environment with a private {@code HOME} and {@code TMPDIR}, and kills every command's whole process
 * tree. Plain, it is not a security boundary against a hostile command; with
 * {@link LocalSandboxOptions.Isolation#BWRAP} every command runs in a {@link BubblewrapJail}.
 */
public final class LocalSandbox implements Sandbox {

    private final String label;
    private final Path tempRoot;
    private final WorkspacePaths paths;
    private final PristineWorkspace pristine;
    private final ProcessRunner runner;
    private final AtomicBoolean closed = new AtomicBoolean();

    // tempRoot holds workspace/, pristine/ (made on the first reset), home/ and tmp/ (the commands' own).
    private LocalSandbox(String label, Path tempRoot, PristineWorkspace pristine, ProcessRunner runner) {
        this.label = label;
        this.tempRoot = tempRoot;
        this.paths = new WorkspacePaths(runner.workDir());
        this.pristine = pristine;
        this.runner = runner;
    }

    /** Copies the spec's layers into a new directory in the options' scratch directory; throws {@link SandboxException} on failure. */
    public static LocalSandbox create(SandboxSpec spec, LocalSandboxOptions options) {
        Path tempRoot = null;
        try {
            tempRoot = Files.createTempDirectory(options.scratchDir(), OrphanedSandboxes.prefix());
            // Workspace and pristine copy are siblings in one temp dir: one delete cleans up both.
            var workspace = Files.createDirectory(tempRoot.resolve("workspace"));
            var home = Files.createDirectory(tempRoot.resolve("home")).toRealPath();
            var tmp = Files.createDirectory(tempRoot.resolve("tmp")).toRealPath();
            var pristine = PristineWorkspace.build(spec.layers(), tempRoot.resolve("pristine"), workspace);
            var tree = ProcessTree.onHost();
            Map<String, String> env;
            if (options.isolation() == LocalSandboxOptions.Isolation.BWRAP) {
                env = ChildEnvironment.build(options.hostEnv(), spec.env(), BubblewrapJail.HOME, BubblewrapJail.TMP);
                var layout = new BubblewrapJail.Layout(workspace.toRealPath(), home, tmp,
                        options.scratchDir().toRealPath(), realHome());
                tree = tree.within(BubblewrapJail.of(bubblewrap(options), layout, env));
            } else {
                env = ChildEnvironment.build(options.hostEnv(), spec.env(), home, tmp);
            }
            var runner = new ProcessRunner(workspace.toRealPath(), env, options, tree);
            return new LocalSandbox(spec.label(), tempRoot, pristine, runner);
        } catch (IOException | UncheckedIOException | SandboxException e) {
            deleteQuietly(tempRoot);
            if (e instanceof SandboxException se) throw se;
            throw new SandboxException("cannot create sandbox " + spec.label() + ": " + e.getMessage(), e);
        }
    }

    /** The bwrap to jail commands with; a {@link SandboxException} where there is none that works. */
    static Path bubblewrap(LocalSandboxOptions options) {
        var path = options.hostEnv().getOrDefault("PATH", "") + ":/usr/bin:/bin";
        return BubblewrapJail.find(path).orElseThrow(() -> new SandboxException(
                "bubblewrap (bwrap) is not installed or cannot make namespaces here (Debian: apt-get install bubblewrap)"));
    }

    private static Path realHome() {
        var home = Path.of(System.getProperty("user.home"));
        try {
            return home.toRealPath();
        } catch (IOException e) {
            return home.toAbsolutePath();
        }
    }

    /** The workspace directory on the host (its real path). */
    public Path workspace() {
        return paths.root();
    }

    public String label() {
        return label;
    }

    @Override
    public ExecResult exec(List<String> argv, Duration timeout) {
        requireOpen();
        return runner.run(argv, timeout);
    }

    @Override
    public byte[] readBytes(String path) {
        requireOpen();
        var p = paths.forRead(path);
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw WorkspaceFaults.of("read", path, e);
        }
    }

    @Override
    public void writeBytes(String path, byte[] content) {
        requireOpen();
        var p = paths.forWrite(path);
        try {
            Files.createDirectories(p.getParent());
            // A new file renamed over the old name: even a hard link made after the check is never written through.
            var fresh = Files.createTempFile(p.getParent(), ".ratchet-write-", ".tmp");
            try {
                Files.write(fresh, content);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(fresh, Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                } else {
                    Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-r--r--"));
                }
                Files.move(fresh, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(fresh);
            }
        } catch (IOException e) {
            throw WorkspaceFaults.of("write", path, e);
        }
    }

    @Override
    public void deleteFile(String path) {
        requireOpen();
        var p = paths.forDelete(path);
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw WorkspaceFaults.of("delete", path, e);
        }
    }

    @Override
    public List<String> listFiles(String dir) {
        requireOpen();
        var start = paths.forList(dir);
        var files = new ArrayList<String>();
        try {
            // No FOLLOW_LINKS: symlinked directories are not entered, so a link cannot lead the walk out.
            Files.walkFileTree(start.toRealPath(), EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new ListingVisitor(paths, files));
        } catch (IOException e) {
            throw WorkspaceFaults.of("list", dir, e);
        }
        files.sort(null);
        return files;
    }

    @Override
    public void reset() {
        requireOpen();
        runner.killRunning();
        try {
            pristine.reset();
        } catch (IOException e) {
            throw new SandboxException("cannot reset sandbox " + label + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            runner.killRunning();
        } catch (RuntimeException e) {
            // close() never throws; the temp dir is still removed below.
        }
        deleteQuietly(tempRoot);
    }

    private void requireOpen() {
        if (closed.get()) throw new SandboxException("sandbox " + label + " is closed");
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try {
            FileTrees.deleteRecursively(dir);
        } catch (IOException | RuntimeException e) {
            // Best effort: a leftover temp dir is not worth failing a run for.
        }
    }
}
