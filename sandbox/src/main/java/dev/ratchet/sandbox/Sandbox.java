package dev.ratchet.sandbox;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An isolated workspace that runs commands. Paths are relative to the workspace root; a path that
 * resolves outside it ({@code ..}, absolute, or through a symlink) throws {@link WorkspacePathException}.
 * Infrastructure faults throw {@link SandboxException}.
 */
public interface Sandbox extends AutoCloseable {

    /** Runs argv in the workspace root. Never throws for a non-zero exit or a timeout. */
    ExecResult exec(List<String> argv, Duration timeout);

    /** A text file (UTF-8; bytes that are not UTF-8 are replaced). The agent's tools read through this. */
    default String readFile(String path) {
        return new String(readBytes(path), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A file's bytes exactly as they are, for files that may not be text (a jar, an image). */
    byte[] readBytes(String path);

    /** The bytes of several files, keyed by path, in the order given; one round trip where that matters. */
    default Map<String, byte[]> readBytes(Collection<String> paths) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String p : paths) out.put(p, readBytes(p));
        return out;
    }

    /**
     * The contents of several files, keyed by path, in the order given. Sandboxes that pay a round trip
     * per file (containers) read them all at once; the default reads them one by one.
     */
    default Map<String, String> readFiles(Collection<String> paths) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : paths) out.put(p, readFile(p));
        return out;
    }

    /** Creates parent directories as needed and replaces any existing file (UTF-8). */
    default void writeFile(String path, String content) {
        writeBytes(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** As {@link #writeFile}, with the bytes exactly as given. */
    void writeBytes(String path, byte[] content);

    /** Removes a file; a missing file is not an error. */
    void deleteFile(String path);

    /** Regular files below {@code dir} (recursive), as workspace-relative paths with '/' separators, sorted. */
    List<String> listFiles(String dir);

    /**
     * A digest of the content of every file {@link #listFiles} lists below {@code dir}, keyed by path, sorted:
     * the same digest means the same bytes. How an index learns what changed without reading everything;
     * sandboxes that pay a round trip per file compute them all in one. The default reads every file.
     */
    default java.util.SortedMap<String, String> digests(String dir) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        for (String p : listFiles(dir)) {
            try {
                out.put(p, FileDigest.of(readBytes(p)));
            } catch (WorkspacePathException e) {
                // deleted since it was listed: not there
            }
        }
        return out;
    }

    /** Back to the pristine workspace the sandbox was created with. */
    void reset();

    /** Releases everything the sandbox holds; never throws. */
    @Override
    void close();
}
