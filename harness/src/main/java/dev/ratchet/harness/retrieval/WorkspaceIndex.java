package dev.ratchet.harness.retrieval;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.toolchain.Languages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One sandbox's text files and their keyword and semantic indexes, kept in step with the agent's
 * edits. Everything is read through {@link Sandbox} (so it works in Docker too). A new round (or a
 * reset) rescans every file; within a round only new, removed and edited files are re-read. The
 * semantic index is built the first time it is asked for and then updated the same way.
 */
public final class WorkspaceIndex {
    /** Larger files are usually data or generated; they are not indexed. */
    static final int MAX_FILE_CHARS = 512 * 1024;

    /** What one refresh did: files re-indexed (or removed), chunks embedded now, and how long it took. */
    public record Refresh(int filesChanged, int chunksEmbedded, long millis) {}

    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final Clock clock;
    private final Map<String, String> files = new TreeMap<>();
    private final KeywordIndex keywords = new KeywordIndex();
    private final Set<String> dirty = new HashSet<>();
    private final SeenLines seen = new SeenLines();
    private SemanticIndex semantic;
    private final Map<String, String> embedded = new HashMap<>();
    private Object round;

    public WorkspaceIndex(Embedder embedder, EmbeddingCache cache, Clock clock) {
        this.embedder = embedder;
        this.cache = cache;
        this.clock = clock;
    }

    /** Brings the file copy and keyword index up to date; {@code round} changes when the round does. */
    public synchronized Refresh refresh(Sandbox sandbox, Object round) {
        long t0 = clock.millis();
        boolean full = this.round != round;
        this.round = round;
        List<String> listed = sandbox.listFiles("").stream().filter(p -> !Languages.isBuildOutput(p)).toList();
        Set<String> present = new HashSet<>(listed);
        Set<String> toRead = new LinkedHashSet<>();
        for (String p : listed) if (full || !files.containsKey(p) || dirty.contains(p)) toRead.add(p);
        dirty.clear();
        int changed = 0;
        for (String p : new ArrayList<>(files.keySet())) {
            if (!present.contains(p)) {
                forget(p);
                changed++;
            }
        }
        List<String> fresh = new ArrayList<>();
        for (String p : toRead) {
            String text = readText(sandbox, p); // one at a time: a Sandbox need not be thread-safe
            if (text == null) {
                if (files.containsKey(p)) { forget(p); changed++; }
                continue;
            }
            if (text.equals(files.get(p))) continue;
            files.put(p, text);
            seen.forget(p);
            fresh.add(p);
        }
        // Chunking and analysis dominate a first index of a large workspace; both cores help.
        fresh.parallelStream().forEach(p -> keywords.put(p, Chunker.chunks(p, files.get(p))));
        changed += fresh.size();
        return new Refresh(changed, 0, clock.millis() - t0);
    }

    /** {@link #refresh} plus embedding every chunk whose file changed since it was last embedded. */
    public synchronized Refresh refreshSemantic(Sandbox sandbox, Object round) {
        Refresh r = refresh(sandbox, round);
        long t0 = clock.millis();
        if (semantic == null) semantic = new SemanticIndex(embedder, cache);
        int embeddedNow = 0;
        for (String p : new ArrayList<>(embedded.keySet())) {
            if (!files.containsKey(p)) { semantic.put(p, List.of()); embedded.remove(p); }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getValue().equals(embedded.get(f.getKey()))) continue;
            embeddedNow += semantic.put(f.getKey(), Chunker.chunks(f.getKey(), f.getValue()));
            embedded.put(f.getKey(), f.getValue());
        }
        return new Refresh(r.filesChanged(), embeddedNow, r.millis() + clock.millis() - t0);
    }

    /** An edit went through the harness: re-read this file before the next search. */
    public synchronized void markDirty(String path) {
        dirty.add(path);
    }

    public synchronized KeywordIndex keywords() { return keywords; }

    public synchronized SemanticIndex semantic() { return semantic; }

    public synchronized Map<String, String> files() { return Map.copyOf(files); }

    public synchronized String content(String path) { return files.get(path); }

    public synchronized SeenLines seen() { return seen; }

    private void forget(String p) {
        files.remove(p);
        keywords.put(p, List.of());
        seen.forget(p);
    }

    /** The file's text, or null for binary, oversized or unreadable files. */
    private static String readText(Sandbox sandbox, String path) {
        String text;
        try {
            text = sandbox.readFile(path);
        } catch (RuntimeException e) {
            return null;
        }
        if (text.length() > MAX_FILE_CHARS || text.indexOf('\0') >= 0) return null;
        return text;
    }
}
