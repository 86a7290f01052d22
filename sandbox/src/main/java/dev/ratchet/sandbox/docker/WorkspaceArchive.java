package dev.ratchet.sandbox.docker;

import dev.ratchet.sandbox.SandboxException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Tar archives for the Docker archive API: a workspace made of layers going in, single files going
 * in and out. Entries are owned by the sandbox user so that commands can change what arrives.
 */
final class WorkspaceArchive {

    static final int UID = 1000;
    static final int GID = 1000;

    private WorkspaceArchive() {}

    /** The layers laid over each other (later ones win) as one tar, paths relative to the workspace root. */
    static byte[] ofLayers(List<Path> layers) {
        var entries = new TreeMap<String, Path>(); // sorted: parents before children
        try {
            for (var layer : layers) {
                if (!Files.isDirectory(layer)) throw new SandboxException("layer is not a directory: " + layer.toUri());
                try (Stream<Path> walk = Files.walk(layer)) {
                    for (var p : (Iterable<Path>) walk::iterator) {
                        var rel = relative(layer, p);
                        if (rel.isEmpty()) continue;
                        // A later layer's file replaces an earlier directory (and what was below it), and vice versa.
                        entries.keySet().removeIf(k -> k.startsWith(rel + "/") && !Files.isDirectory(p));
                        entries.put(rel, p);
                    }
                }
            }
            var bytes = new ByteArrayOutputStream();
            try (var tar = newTar(bytes)) {
                for (var e : entries.entrySet()) {
                    var p = e.getValue();
                    if (Files.isDirectory(p)) {
                        add(tar, e.getKey() + "/", null, 0755);
                    } else {
                        add(tar, e.getKey(), Files.readAllBytes(p), executable(p) ? 0755 : 0644);
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new SandboxException("cannot read the workspace layers: " + e.getMessage(), e);
        }
    }

    /** One file named {@code name} (no directories) holding {@code content}. */
    static byte[] ofFile(String name, byte[] content) {
        var bytes = new ByteArrayOutputStream();
        try (var tar = newTar(bytes)) {
            add(tar, name, content, 0644);
        } catch (IOException e) {
            throw new SandboxException("cannot pack " + name + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** The content of the first regular file in a tar stream, or null if there is none. */
    static byte[] firstFile(InputStream in) throws IOException {
        try (var tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile()) return tar.readAllBytes();
            }
            return null;
        }
    }

    /**
     * Every regular file of a directory's archive, keyed by its path below that directory (the archive's
     * entries start with the directory's own name). Symlinks and other entries are left out.
     */
    static java.util.Map<String, byte[]> files(InputStream in) throws IOException {
        var files = new java.util.HashMap<String, byte[]>();
        try (var tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isFile() || entry.isSymbolicLink() || entry.isLink()) continue; // isFile() is true for links too
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash >= 0) files.put(name.substring(slash + 1), tar.readAllBytes());
            }
        }
        return files;
    }

    static InputStream stream(byte[] tar) {
        return new ByteArrayInputStream(tar);
    }

    private static TarArchiveOutputStream newTar(ByteArrayOutputStream bytes) {
        var tar = new TarArchiveOutputStream(bytes, StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content, int mode) throws IOException {
        var entry = new TarArchiveEntry(name);
        entry.setIds(UID, GID);
        entry.setMode((content == null ? TarArchiveEntry.DEFAULT_DIR_MODE & ~0777 : TarArchiveEntry.DEFAULT_FILE_MODE & ~0777) | mode);
        if (content != null) entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        if (content != null) tar.write(content);
        tar.closeArchiveEntry();
    }

    private static boolean executable(Path p) {
        try {
            return Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (IOException | UnsupportedOperationException e) {
            return false; // e.g. a layer inside a jar: no permissions to carry over
        }
    }

    private static String relative(Path base, Path p) {
        var joined = new StringBuilder();
        for (var part : base.relativize(p)) {
            if (!joined.isEmpty()) joined.append('/');
            joined.append(part.toString());
        }
        return joined.toString();
    }
}
