package dev.ratchet.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.WorkspacePathException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A sandbox in its own container (see {@link ContainerLauncher} for the limits). Commands go through
 * a long-lived agent in the container; files go in and out through the Docker archive API. The
 * workspace is a git work tree whose store lives beside it, so {@link #reset()} is a
 * {@code git reset --hard && git clean} inside the running container, not a new container.
 */
public final class DockerSandbox implements Sandbox {

    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(60);
    /** Workspaces up to this size (bytes of tar) go in through the agent; bigger ones through the archive API. */
    private static final int AGENT_LAY_LIMIT = 8 << 20;
    private static final String GIT = "git --git-dir=" + ContainerLauncher.GIT_DIR + " --work-tree=" + ContainerLauncher.WORKSPACE
            + " -c user.name=ratchet -c user.email=ratchet@localhost -c commit.gpgsign=false -c core.hooksPath=/dev/null";

    private final DockerClient client;
    private final ContainerJanitor janitor;
    private final ContainerLauncher.Started container;
    private final String label;
    private final DockerSandboxOptions options;
    private final ContainerPaths paths;
    private final AtomicBoolean closed = new AtomicBoolean();
    private String pristineCommit;

    private DockerSandbox(DockerClient client, ContainerJanitor janitor, ContainerLauncher.Started container,
                          ContainerLauncher.Launch launch) {
        this.client = client;
        this.janitor = janitor;
        this.container = container;
        this.label = launch.spec().label();
        this.options = launch.options();
        this.paths = new ContainerPaths(this::run);
    }

    static DockerSandbox start(DockerClient client, ContainerJanitor janitor, ContainerLauncher.Launch launch) {
        var started = new ContainerLauncher(client, janitor).start(launch);
        var sandbox = new DockerSandbox(client, janitor, started, launch);
        try {
            sandbox.populate(WorkspaceArchive.ofLayers(launch.spec().layers()));
            return sandbox;
        } catch (RuntimeException e) {
            sandbox.close();
            if (e instanceof SandboxException se) throw se;
            throw new SandboxException("cannot set up sandbox " + sandbox.label + ": " + ContainerLauncher.oneLine(e), e);
        }
    }

    /** A container with an empty workspace, for {@link WarmContainerPool}: {@link #lay} fills it, {@link #scrub} empties it. */
    static DockerSandbox startEmpty(DockerClient client, ContainerJanitor janitor, ContainerLauncher.Launch launch) {
        var sandbox = new DockerSandbox(client, janitor, new ContainerLauncher(client, janitor).start(launch), launch);
        try {
            sandbox.awaitWorkspace();
            // Ready means the image's service answers too (the Java image's javac worker, a JVM that takes a moment
            // to start); an image without one says so at once. Either answer will do: this only waits.
            sandbox.run(List.of("ratchet-agent:service"), GIT_TIMEOUT);
            return sandbox;
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    /** Once the agent answers, the workspace directory exists (the archive API needs it). */
    private void awaitWorkspace() {
        var made = run(List.of("mkdir", "-p", ContainerLauncher.WORKSPACE), GIT_TIMEOUT);
        if (!made.succeeded()) throw new SandboxException("cannot make the workspace of " + label + ": "
                + made.combinedOutput().strip());
    }

    /** Copies the pristine tree in and records it as the commit that {@link #reset()} returns to. */
    private void populate(byte[] tar) {
        awaitWorkspace();
        lay(tar);
        var commit = run(List.of("sh", "-c", GIT + " init -q && " + GIT + " add -A -f && "
                + GIT + " commit -q --allow-empty -m pristine && " + GIT + " rev-parse HEAD"), GIT_TIMEOUT);
        if (!commit.succeeded()) throw new SandboxException("cannot record the pristine workspace of " + label + ": "
                + commit.combinedOutput().strip());
        pristineCommit = commit.stdout().strip();
    }

    /** Copies a tree into the workspace, without the git store that {@link #reset()} needs. */
    void lay(byte[] tar) {
        // Into an empty workspace the agent unpacks it (one request, a few ms); the archive API costs ~100 ms a call.
        if (tar.length <= AGENT_LAY_LIMIT && run(List.of("ratchet-agent:lay", java.util.Base64.getEncoder().encodeToString(tar)),
                GIT_TIMEOUT).succeeded()) {
            return;
        }
        try (var in = WorkspaceArchive.stream(tar)) {
            client.copyArchiveToContainerCmd(id()).withRemotePath(ContainerLauncher.WORKSPACE).withTarInputStream(in).exec();
        } catch (IOException | RuntimeException e) {
            throw new SandboxException("cannot copy the workspace into sandbox " + label + ": " + ContainerLauncher.oneLine(e), e);
        }
    }

    /**
     * Back to the container as it started, proved by its agent ({@code agent.py}: every process but init and
     * the agent killed, SysV IPC removed, the workspace volume and every tmpfs emptied, then a snapshot of all
     * writable mounts, processes and IPC objects compared with the one taken before the first command). Throws
     * {@link SandboxException} when that cannot be proved; the container must then be closed, never reused.
     */
    void scrub() {
        requireOpen();
        var result = run(List.of("ratchet-agent:scrub"), GIT_TIMEOUT);
        if (!result.succeeded()) {
            throw new SandboxException("cannot scrub sandbox " + label + ": " + result.combinedOutput().strip());
        }
        pristineCommit = null;
    }

    boolean isClosed() {
        return closed.get();
    }

    public String label() {
        return label;
    }

    /** The container's id, e.g. for {@code docker exec} while debugging. */
    public String containerId() {
        return id();
    }

    @Override
    public ExecResult exec(List<String> argv, Duration timeout) {
        requireOpen();
        if (argv.isEmpty()) throw new IllegalArgumentException("empty argv");
        var result = run(argv, timeout);
        if (result.exitCode() == 137 && !result.timedOut()) {
            // SIGKILL before the timeout: in a container that is the OOM killer. Say so, or the model sees nothing.
            var note = "ratchet: the command was killed (SIGKILL), most likely for exceeding the sandbox's memory limit of "
                    + (options.memoryBytes() >> 20) + " MiB\n";
            return new ExecResult(result.exitCode(), result.stdout(), result.stderr() + note, false,
                    result.truncated(), result.elapsed(), true);
        }
        return result;
    }

    private ExecResult run(List<String> argv, Duration timeout) {
        return container.agent().run(argv, timeout, options.outputCapBytes());
    }

    /** Through the command agent: one round trip instead of a path check and an archive (UTF-8 decoded the same way). */
    @Override
    public String readFile(String path) {
        requireOpen();
        return paths.text(path).orElseGet(() -> new String(readBytes(path), StandardCharsets.UTF_8));
    }

    @Override
    public byte[] readBytes(String path) {
        requireOpen();
        var real = paths.forRead(path);
        try (var tar = client.copyArchiveFromContainerCmd(id(), real).exec()) {
            var bytes = WorkspaceArchive.firstFile(tar);
            if (bytes == null) throw new WorkspacePathException("no such file: " + path);
            return bytes;
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkspacePathException wpe) throw wpe;
            throw new SandboxException("cannot read " + path + " from sandbox " + label + ": " + ContainerLauncher.oneLine(e), e);
        }
    }

    @Override
    public java.util.Map<String, String> readFiles(java.util.Collection<String> wanted) {
        var files = new java.util.LinkedHashMap<String, String>();
        readBytes(wanted).forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    /** One archive of the whole workspace instead of a round trip per file (a 235-file repo: ~20 s → ~0.1 s). */
    @Override
    public java.util.Map<String, byte[]> readBytes(java.util.Collection<String> wanted) {
        requireOpen();
        var files = new java.util.LinkedHashMap<String, byte[]>();
        if (wanted.isEmpty()) return files;
        try (var tar = client.copyArchiveFromContainerCmd(id(), ContainerPaths.ROOT).exec()) {
            var all = WorkspaceArchive.files(tar);
            for (String path : wanted) {
                byte[] bytes = all.get(path);
                if (bytes == null) throw new WorkspacePathException("no such file: " + path);
                files.put(path, bytes);
            }
            return files;
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkspacePathException wpe) throw wpe;
            throw new SandboxException("cannot read the workspace of sandbox " + label + ": " + ContainerLauncher.oneLine(e), e);
        }
    }

    @Override
    public void writeBytes(String path, byte[] content) {
        requireOpen();
        var real = paths.forWrite(path);
        if (content.length <= AGENT_LAY_LIMIT && run(List.of("ratchet-agent:write", real,
                java.util.Base64.getEncoder().encodeToString(content)), GIT_TIMEOUT).succeeded()) {
            return; // one request instead of a call of the archive API
        }
        int slash = real.lastIndexOf('/');
        try (var in = WorkspaceArchive.stream(WorkspaceArchive.ofFile(real.substring(slash + 1), content))) {
            client.copyArchiveToContainerCmd(id()).withRemotePath(real.substring(0, slash)).withTarInputStream(in).exec();
        } catch (IOException | RuntimeException e) {
            throw new SandboxException("cannot write " + path + " into sandbox " + label + ": " + ContainerLauncher.oneLine(e), e);
        }
    }

    @Override
    public void deleteFile(String path) {
        requireOpen();
        paths.delete(path);
    }

    @Override
    public List<String> listFiles(String dir) {
        requireOpen();
        return paths.list(dir);
    }

    /** One command in the container instead of reading every file out of it (the index's refresh, docs/retrieval.md). */
    @Override
    public java.util.SortedMap<String, String> digests(String dir) {
        requireOpen();
        return paths.digests(dir);
    }

    @Override
    public void reset() {
        requireOpen();
        if (pristineCommit == null) throw new SandboxException("sandbox " + label + " has no pristine commit to reset to");
        run(List.of("ratchet-agent:kill-strays"), GIT_TIMEOUT); // like the local sandbox: nothing keeps running
        // clean first: on a full workspace, reset could not even write git's index.
        var result = run(List.of("sh", "-c", GIT + " clean -ffdxq && " + GIT + " reset -q --hard " + pristineCommit),
                GIT_TIMEOUT);
        if (!result.succeeded()) {
            throw new SandboxException("cannot reset sandbox " + label + ": " + result.combinedOutput().strip());
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        container.agent().close();
        janitor.remove(container.owned());
    }

    private String id() {
        return container.owned().containerId();
    }

    private void requireOpen() {
        if (closed.get()) throw new SandboxException("sandbox " + label + " is closed");
    }
}
