package dev.ratchet.tasks.formats;

import dev.ratchet.tasks.CacheWarning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Task directories that loaders derive from a source (checked-out repos, generated tests, stripped
 * annotations). Keyed by a digest of the source, built in a temporary directory and moved into place,
 * so concurrent runs and interrupted builds never see a half-written suite. A cache that cannot be written is worked
 * around ({@link CacheWarning}): the suite is built in a temporary directory instead.
 */
final class MaterialisedCache {
    private MaterialisedCache() {}

    /** Bump when a loader changes what it writes, so old cache entries are not reused. */
    static final String LAYOUT_VERSION = "1";

    interface Builder {
        void build(Path into) throws IOException;
    }

    private static final CacheWarning WARNING = new CacheWarning("suite cache", "suites are materialised again each run");

    static Path directory(Path cacheRoot, String format, String key, Builder builder) {
        Path target = cacheRoot.resolve(format).resolve(key);
        if (Files.isRegularFile(target.resolve(".complete"))) return target;
        Path tmp = cacheRoot.resolve(format).resolve(key + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            WARNING.cannotWrite(cacheRoot, e);
            return outsideTheCache(format, key, builder);
        }
        try {
            builder.build(tmp);
            Files.writeString(tmp.resolve(".complete"), "");
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException raced) {
                deleteTree(tmp); // another process finished first; use its copy
                if (!Files.isRegularFile(target.resolve(".complete"))) throw raced;
            }
            return target;
        } catch (IOException e) {
            try {
                deleteTree(tmp);
            } catch (IOException ignored) {
                // best effort: a leftover .tmp directory is harmless
            }
            throw new UncheckedIOException("cannot materialise " + format + " suite into " + target, e);
        }
    }

    /** The cache cannot be written: the suite goes to a temporary directory that this process removes when it exits. */
    private static Path outsideTheCache(String format, String key, Builder builder) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ratchet-" + format + "-" + key + "-");
            Path removeAtExit = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    deleteTree(removeAtExit);
                } catch (IOException ignored) {
                    // best effort: it is in the system's temp directory
                }
            }));
            builder.build(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot materialise " + format + " suite into " + dir, e);
        }
    }

    static String key(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(LAYOUT_VERSION.getBytes(StandardCharsets.UTF_8));
            for (String p : parts) {
                sha.update((byte) 0);
                sha.update(p.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fileHash(Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A directory name for a task id: ids like {@code HumanEval/12} keep their '/' in the id only. */
    static String dirName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
