package dev.ratchet.sandbox.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Tuning for {@link LocalSandbox}.
 *
 * @param outputCapBytes bytes kept from the head of each of stdout and stderr; the rest is read and dropped
 * @param drainGrace     how long to wait for the output readers once the command's process group is dead;
 *                       bounded because a process that escaped the group may keep the pipes open forever
 * @param scratch        the directory sandboxes are made in; null for the system temp directory. A tmpfs
 *                       (e.g. {@code /dev/shm}) saves the file-creation cost that dominates short sandboxes
 */
public record LocalSandboxOptions(int outputCapBytes, Duration drainGrace, Path scratch) {

    public static final int DEFAULT_OUTPUT_CAP_BYTES = 1 << 20;
    public static final Duration DEFAULT_DRAIN_GRACE = Duration.ofSeconds(1);

    public LocalSandboxOptions {
        if (outputCapBytes < 0) throw new IllegalArgumentException("outputCapBytes must be >= 0: " + outputCapBytes);
        Objects.requireNonNull(drainGrace, "drainGrace");
        if (drainGrace.isNegative()) throw new IllegalArgumentException("drainGrace must be >= 0: " + drainGrace);
    }

    public static LocalSandboxOptions defaults() {
        return new LocalSandboxOptions(DEFAULT_OUTPUT_CAP_BYTES, DEFAULT_DRAIN_GRACE, null);
    }

    public LocalSandboxOptions withOutputCapBytes(int bytes) {
        return new LocalSandboxOptions(bytes, drainGrace, scratch);
    }

    public LocalSandboxOptions withScratch(Path dir) {
        return new LocalSandboxOptions(outputCapBytes, drainGrace, dir);
    }

    /** Where sandboxes go: {@link #scratch()}, else {@code java.io.tmpdir}. */
    public Path scratchDir() {
        return scratch != null ? scratch : Path.of(System.getProperty("java.io.tmpdir"));
    }
}
