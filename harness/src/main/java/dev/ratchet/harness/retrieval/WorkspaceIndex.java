package dev.ratchet.harness.retrieval;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.toolchain.Languages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sandbox's text files and their keyword and semantic indexes, kept in step with the workspace.
 * Everything is read through {@link Sandbox} (so it works in Docker too). Each refresh asks the sandbox
 * for a digest of every file (one command in a container) and re-reads only the files whose digest
 * changed, whoever changed them (an edit tool, a test run, a reset between rounds), so the index lives
 * as long as the sandbox. The semantic index is built the first time it is asked for and then updated
 * the same way.
 */
public final class WorkspaceIndex {
    /** Larger files are usually data or generated; they are not indexed. */
    static final int MAX_FILE_CHARS = 512 * 1024;
    /**
     * Up to this many changed files are read one by one; more go in one batch ({@link Sandbox#readFiles}),
     * which in a container is one archive of the whole workspace: cheaper than many round trips, dearer
     * than a few.
     */
    static final int READ_ONE_BY_ONE = 4;

    /** What one refresh did: files re-indexed (or removed), chunks embedded now, and how long it took. */
    public record Refresh(int filesChanged, int chunksEmbedded, long millis) {}

    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final Clock clock;
    private final Map<String, String> files = new TreeMap<>();
    /** The digest of every file last read, indexed or not (binary, oversized): unchanged ones are not read again. */
    private final Map<String, String> digests = new HashMap<>();
    private final KeywordIndex keywords = new KeywordIndex();
    private final SeenLines seen = new SeenLines();
    private SemanticIndex semantic;
    private final Map<String, String> embedded = new HashMap<>();

    public WorkspaceIndex(Embedder embedder, EmbeddingCache cache, Clock clock) {
        this.embedder = embedder;
        this.cache = cache;
        this.clock = clock;
    }

    /** Brings the file copy and keyword index up to date with the sandbox's workspace. */
    public synchronized Refresh refresh(Sandbox sandbox) {
        long t0 = clock.millis();
        Map<String, String> now = new HashMap<>();
        sandbox.digests("").forEach((p, d) -> { if (!Languages.isBuildOutput(p)) now.put(p, d); });
        int changed = 0;
        for (String p : new ArrayList<>(digests.keySet())) {
            if (now.containsKey(p)) continue;
            digests.remove(p);
            if (files.containsKey(p)) { forget(p); changed++; }
        }
        List<String> toRead = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(now).entrySet()) {
            if (!e.getValue().equals(digests.get(e.getKey()))) toRead.add(e.getKey());
        }
        Map<String, String> texts = read(sandbox, toRead);
        List<String> fresh = new ArrayList<>();
        for (String p : toRead) {
            // the digest from before the read: should the file change in between, the next refresh reads it again
            digests.put(p, now.get(p));
            String text = texts.get(p);
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
    public synchronized Refresh refreshSemantic(Sandbox sandbox) {
        Refresh r = refresh(sandbox);
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

    /** The text of each path, null for binary, oversized or unreadable files (one at a time: a Sandbox need not be thread-safe). */
    private static Map<String, String> read(Sandbox sandbox, List<String> paths) {
        Map<String, String> out = new HashMap<>();
        if (paths.size() > READ_ONE_BY_ONE) {
            try {
                sandbox.readFiles(paths).forEach((p, text) -> out.put(p, textOrNull(text)));
                return out;
            } catch (RuntimeException e) {
                out.clear(); // one file went away or cannot be read: find out which, one by one
            }
        }
        for (String p : paths) {
            try {
                out.put(p, textOrNull(sandbox.readFile(p)));
            } catch (RuntimeException e) {
                out.put(p, null);
            }
        }
        return out;
    }

    private static String textOrNull(String text) {
        return text.length() > MAX_FILE_CHARS || text.indexOf('\0') >= 0 ? null : text;
    }
}
