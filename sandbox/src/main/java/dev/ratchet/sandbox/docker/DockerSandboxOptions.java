package dev.ratchet.sandbox.docker;

import java.time.Duration;

/**
 * Limits and tuning for {@link DockerSandbox}. Sizes are bytes.
 *
 * @param memoryBytes    memory limit of the container (no swap); tmpfs pages count towards it
 * @param cpus           CPU quota in cores (capped at the daemon's CPUs when a container starts)
 * @param pidsLimit      processes and threads the container may hold at once (stops fork bombs)
 * @param workspaceBytes size cap of the workspace (a tmpfs volume: filling it fails with ENOSPC)
 * @param tmpBytes       size cap of {@code /tmp} (the commands' {@code $HOME}) and, separately, of {@code /var/tmp}
 * @param outputCapBytes bytes kept from the head of each of stdout and stderr
 * @param startTimeout   how long to wait for the container's agent to answer after start
 */
public record DockerSandboxOptions(long memoryBytes, double cpus, long pidsLimit, long workspaceBytes,
                                   long tmpBytes, int outputCapBytes, Duration startTimeout) {

    private static final long MIB = 1L << 20;

    public DockerSandboxOptions {
        if (memoryBytes < 16 * MIB) throw new IllegalArgumentException("memoryBytes must be >= 16 MiB: " + memoryBytes);
        if (cpus <= 0) throw new IllegalArgumentException("cpus must be > 0: " + cpus);
        if (pidsLimit < 16) throw new IllegalArgumentException("pidsLimit must be >= 16: " + pidsLimit);
        if (workspaceBytes < MIB || tmpBytes < MIB) throw new IllegalArgumentException("workspace and /tmp need >= 1 MiB");
        if (outputCapBytes < 0) throw new IllegalArgumentException("outputCapBytes must be >= 0: " + outputCapBytes);
        if (startTimeout.isNegative() || startTimeout.isZero()) throw new IllegalArgumentException("startTimeout must be > 0");
    }

    /**
     * 2 GiB, every CPU this JVM may use, 512 pids, a 512 MiB workspace, 256 MiB /tmp, 1 MiB of output per stream. The
     * CPU quota is the machine's, not a share of it: the kernel already divides busy CPUs fairly between containers
     * (and Ratchet), a smaller quota only left idle cores unused (a Java grade took 1.4x as long on one CPU as on two,
     * README "Grading on a quiet machine"); memory and pids are the limits that contain a hostile candidate.
     */
    public static DockerSandboxOptions defaults() {
        return new DockerSandboxOptions(2048 * MIB, Runtime.getRuntime().availableProcessors(), 512, 512 * MIB, 256 * MIB,
                1 << 20, Duration.ofSeconds(30));
    }

    public DockerSandboxOptions withMemoryBytes(long bytes) {
        return new DockerSandboxOptions(bytes, cpus, pidsLimit, workspaceBytes, tmpBytes, outputCapBytes, startTimeout);
    }

    public DockerSandboxOptions withCpus(double cores) {
        return new DockerSandboxOptions(memoryBytes, cores, pidsLimit, workspaceBytes, tmpBytes, outputCapBytes, startTimeout);
    }

    public DockerSandboxOptions withPidsLimit(long pids) {
        return new DockerSandboxOptions(memoryBytes, cpus, pids, workspaceBytes, tmpBytes, outputCapBytes, startTimeout);
    }

    public DockerSandboxOptions withTmpBytes(long bytes) {
        return new DockerSandboxOptions(memoryBytes, cpus, pidsLimit, workspaceBytes, bytes, outputCapBytes, startTimeout);
    }

    public DockerSandboxOptions withWorkspaceBytes(long bytes) {
        return new DockerSandboxOptions(memoryBytes, cpus, pidsLimit, bytes, tmpBytes, outputCapBytes, startTimeout);
    }
}
