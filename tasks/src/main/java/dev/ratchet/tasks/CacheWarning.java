package dev.ratchet.tasks;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one rule for Ratchet's caches (mutant verdicts, embeddings, materialised suites, JVM archives): a cache that
 * cannot be written (read-only, full, not a directory) never fails the work. The work is done without the cache, and
 * stderr gets one line, the first time, for each cache.
 */
public final class CacheWarning {
    private final String cache;
    private final String without;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * @param cache   what the cache holds, e.g. "embedding cache"
     * @param without what working without it costs, e.g. "every run embeds again"
     */
    public CacheWarning(String cache, String without) {
        this.cache = cache;
        this.without = without;
    }

    /** Says, once, that {@code dir} could not be written and why; later calls are silent. */
    public void cannotWrite(Path dir, Exception why) {
        if (!warned.compareAndSet(false, true)) return;
        String reason = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
        System.err.println(("ratchet: warning: cannot write the " + cache + " in " + dir + " (" + reason
                + "); working without it: " + without).replace('\n', ' '));
    }

    public boolean warned() {
        return warned.get();
    }
}
