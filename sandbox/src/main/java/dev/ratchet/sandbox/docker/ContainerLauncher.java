package dev.ratchet.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts one sandbox container: a tmpfs volume with a size cap for the workspace (a volume rather than
 * {@code --tmpfs}, because the Docker archive API cannot write into a plain tmpfs mount), a read-only root
 * file system with capped tmpfs where programs expect to write ({@code /tmp}, which is also {@code $HOME},
 * {@code /var/tmp}, {@code /run}, {@code /run/lock}, {@code /dev/shm}), no network, memory/CPU/pids limits,
 * a non-root user, no capabilities, and {@code agent.py} as the main process (pid 1, which reaps orphans).
 */
final class ContainerLauncher {

    /** The volume holds the workspace and, beside it (so the agent never lists it), the pristine git store. */
    static final String VOLUME_ROOT = "/sandbox";
    static final String WORKSPACE = VOLUME_ROOT + "/workspace";
    static final String GIT_DIR = VOLUME_ROOT + "/pristine.git";

    /** Cap of the tmpfs that only need to exist ({@code /run}, {@code /run/lock}, {@code /dev/shm}). */
    private static final long SMALL_TMPFS = 16L << 20;
    private static final String AGENT = resource("agent.py");
    private static final String BOOT = "command -v python3 >/dev/null 2>&1 || { echo 'the image has no python3,"
            + " which the Docker sandbox agent needs' >&2; exit 3; }; exec python3 -I -u -c \"$0\" \"$1\"";

    /** What one launch needs; {@code run} names the run in container labels. */
    record Launch(SandboxSpec spec, DockerSandboxOptions options, String run) {}

    /** A started container with its agent attached. */
    record Started(ContainerJanitor.Owned owned, AgentChannel agent) {}

    private final DockerClient client;
    private final ContainerJanitor janitor;

    /** The daemon's CPUs, asked once: it refuses a quota above them (a remote daemon may have fewer than this JVM sees). */
    private volatile double daemonCpus = Double.NaN;

    private double daemonCpus() {
        if (Double.isNaN(daemonCpus)) {
            Integer n = null;
            try {
                n = client.infoCmd().exec().getNCPU();
            } catch (RuntimeException unknown) {
                // the start itself will say what is wrong with the daemon
            }
            daemonCpus = n == null || n < 1 ? 1 : n;
        }
        return daemonCpus;
    }

    ContainerLauncher(DockerClient client, ContainerJanitor janitor) {
        this.client = client;
        this.janitor = janitor;
    }

    Started start(Launch launch) {
        var spec = launch.spec();
        if (spec.image() == null || spec.image().isBlank()) {
            throw new SandboxException("sandbox " + spec.label() + ": no container image given");
        }
        var labels = ContainerLabels.forSandbox(launch.run(), spec.label());
        var volume = "ratchet-ws-" + UUID.randomUUID();
        var owned = new ContainerJanitor.Owned(null, volume);
        janitor.track(owned);
        String id = null;
        try {
            client.createVolumeCmd().withName(volume).withDriver("local").withLabels(labels)
                    .withDriverOpts(Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=" + launch.options().workspaceBytes()
                            + ",uid=" + WorkspaceArchive.UID + ",gid=" + WorkspaceArchive.GID + ",mode=0755"))
                    .exec();
            id = client.createContainerCmd(spec.image())
                    .withName("ratchet-" + safe(spec.label()) + "-" + volume.substring(11, 19))
                    .withLabels(labels)
                    .withEnv(env(spec))
                    .withUser(WorkspaceArchive.UID + ":" + WorkspaceArchive.GID)
                    .withEntrypoint("sh", "-c", BOOT, AGENT, WORKSPACE)
                    .withStdinOpen(true).withStdInOnce(false).withAttachStdin(true)
                    .withAttachStdout(true).withAttachStderr(true).withTty(false)
                    .withHostConfig(hostConfig(launch.options(), volume))
                    .exec().getId();
            janitor.remove(owned);
            owned = new ContainerJanitor.Owned(id, volume);
            janitor.track(owned);
            client.startContainerCmd(id).exec();
            return new Started(owned, AgentChannel.attach(client, id, spec.label()));
        } catch (NotFoundException e) {
            janitor.remove(owned);
            throw new SandboxException("docker: no such image " + spec.image()
                    + " (build the images with: ./ratchet images build)", e);
        } catch (DockerException | SandboxException | UncheckedIOException e) {
            janitor.remove(owned);
            throw new SandboxException("cannot start a container for " + spec.label() + ": " + oneLine(e), e);
        } catch (RuntimeException e) {
            // The transport reports a daemon that went away as a plain RuntimeException.
            janitor.remove(owned);
            throw new SandboxException("docker: cannot start a container for " + spec.label() + ": " + oneLine(e), e);
        }
    }

    private HostConfig hostConfig(DockerSandboxOptions o, String volume) {
        return HostConfig.newHostConfig()
                .withNetworkMode("none")
                .withMemory(o.memoryBytes()).withMemorySwap(o.memoryBytes())
                .withNanoCPUs((long) (Math.min(o.cpus(), daemonCpus()) * 1e9))
                .withPidsLimit(o.pidsLimit())
                // No --init: the agent's own pid 1 reaps orphans (agent.py), because Docker's init would hold the
                // agent's stdin/stdout where any command of the same uid could open them through /proc/1/fd.
                .withInit(false)
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(List.of("no-new-privileges"))
                // Read-only root: a command can write only to the capped workspace volume and these capped tmpfs
                // (all in the memory limit too), never to the container's layer on the host's Docker disk.
                .withReadonlyRootfs(true)
                .withTmpFs(Map.of(
                        "/tmp", "rw,exec,nosuid,nodev,mode=1777,size=" + o.tmpBytes(), // also $HOME
                        "/var/tmp", "rw,nosuid,nodev,mode=1777,size=" + o.tmpBytes(),
                        "/run", "rw,noexec,nosuid,nodev,mode=755,size=" + SMALL_TMPFS,
                        "/run/lock", "rw,noexec,nosuid,nodev,mode=1777,size=" + SMALL_TMPFS))
                .withShmSize(SMALL_TMPFS)
                .withMounts(List.of(new Mount().withType(MountType.VOLUME).withSource(volume).withTarget(VOLUME_ROOT)));
    }

    private static List<String> env(SandboxSpec spec) {
        var env = new ArrayList<String>();
        env.add("HOME=/tmp");
        env.add("GIT_CONFIG_NOSYSTEM=1");
        spec.env().forEach((k, v) -> env.add(k + "=" + v));
        return env;
    }

    /** Container names allow [a-zA-Z0-9_.-]. */
    private static String safe(String label) {
        var s = label.replaceAll("[^a-zA-Z0-9_.-]", "_");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    static String oneLine(Throwable e) {
        var msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return msg.strip().replaceAll("\\s+", " ");
    }

    private static String resource(String name) {
        try (InputStream in = ContainerLauncher.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
