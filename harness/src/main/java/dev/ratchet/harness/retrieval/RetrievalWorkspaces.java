package dev.ratchet.harness.retrieval;

import dev.ratchet.sandbox.Sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The shared state behind one retrieval tool set: an index per live sandbox (tools are shared by
 * every sample of a run, so state is looked up by sandbox; a closed sandbox's index goes with it),
 * one embedding model and one on-disk embedding cache.
 */
public final class RetrievalWorkspaces {
    private final Map<Sandbox, WorkspaceIndex> indexes = new WeakHashMap<>();
    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final Clock clock;

    public RetrievalWorkspaces(Embedder embedder, Path cacheDir, Clock clock) {
        this.embedder = embedder;
        this.cache = new EmbeddingCache(cacheDir);
        this.clock = clock;
    }

    /** MiniLM, embeddings cached in {@code cacheDir}, the system clock. */
    public static RetrievalWorkspaces defaults(Path cacheDir) {
        return new RetrievalWorkspaces(new MiniLmEmbedder(), cacheDir, Clock.systemUTC());
    }

    public synchronized WorkspaceIndex of(Sandbox sandbox) {
        return indexes.computeIfAbsent(sandbox, s -> new WorkspaceIndex(embedder, cache, clock));
    }

    public EmbeddingCache cache() { return cache; }

    public Clock clock() { return clock; }
}
