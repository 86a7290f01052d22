package dev.ratchet.sandbox.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Tuning for {@link LocalSandbox}.
 *
 * @param outputCapBytes bytes kept from the head of each of stdout and stderr; the rest is read and dropped
 * @param drainGrace     how long to wait for the output readers once the command's process group is dead;
 *                       bounded because a process that escaped the group may keep the pipes open forever
 * @param scratch        the directory sandboxes are made in; null for the system temp directory. A tmpfs
 *                       (e.g. {@code /dev/shm}) saves the file-creation cost that dominates short sandboxes
 * @param hostEnv        the environment commands' environments are drawn from, through an allow-list
 *                       ({@link ChildEnvironment}); this JVM's own by default
 * @param isolation      whether commands run directly on the host or inside bubblewrap
 */
public record LocalSandboxOptions(int outputCapBytes, Duration drainGrace, Path scratch,
                                  Map<String, String> hostEnv, Isolation isolation) {

    public static final int DEFAULT_OUTPUT_CAP_BYTES = 1 << 20;
    public static final Duration DEFAULT_DRAIN_GRACE = Duration.ofSeconds(1);

    /** How a local sandbox's commands are confined. */
    public enum Isolation {
        /** Child processes of this JVM: the file tools are confined, the commands are not. */
        PLAIN,
        /** Each command in a bubblewrap jail: read-only system, writable workspace, no network, own PIDs. */
        BWRAP
    }

    public LocalSandboxOptions {
        if (outputCapBytes < 0) throw new IllegalArgumentException("outputCapBytes must be >= 0: " + outputCapBytes);
        Objects.requireNonNull(drainGrace, "drainGrace");
        if (drainGrace.isNegative()) throw new IllegalArgumentException("drainGrace must be >= 0: " + drainGrace);
        hostEnv = Map.copyOf(hostEnv);
        Objects.requireNonNull(isolation, "isolation");
    }

    public static LocalSandboxOptions defaults() {
        return new LocalSandboxOptions(DEFAULT_OUTPUT_CAP_BYTES, DEFAULT_DRAIN_GRACE, null, System.getenv(), Isolation.PLAIN);
    }

    public LocalSandboxOptions withOutputCapBytes(int bytes) {
        return new LocalSandboxOptions(bytes, drainGrace, scratch, hostEnv, isolation);
    }

    public LocalSandboxOptions withScratch(Path dir) {
        return new LocalSandboxOptions(outputCapBytes, drainGrace, dir, hostEnv, isolation);
    }

    public LocalSandboxOptions withHostEnv(Map<String, String> env) {
        return new LocalSandboxOptions(outputCapBytes, drainGrace, scratch, env, isolation);
    }

    public LocalSandboxOptions withIsolation(Isolation mode) {
        return new LocalSandboxOptions(outputCapBytes, drainGrace, scratch, hostEnv, mode);
    }

    /** Where sandboxes go: {@link #scratch()}, else {@code java.io.tmpdir}. */
    public Path scratchDir() {
        return scratch != null ? scratch : Path.of(System.getProperty("java.io.tmpdir"));
    }
}
