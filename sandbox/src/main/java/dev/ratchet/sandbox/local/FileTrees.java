package dev.ratchet.sandbox.local;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Copying and deleting directory trees, possibly across file-system providers (e.g. a zip inside a jar). */
final class FileTrees {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private FileTrees() {}

    /**
     * Lays {@code source} over {@code target}: files replace files, and an entry of the other kind
     * (file vs directory) is removed first. Paths are mapped by name, never by {@code toFile()},
     * because the source may live on another file system.
     */
    static void overlay(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                var to = map(source, dir, target);
                if (Files.exists(to, NOFOLLOW) && !Files.isDirectory(to, NOFOLLOW)) Files.delete(to);
                Files.createDirectories(to);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                var to = map(source, file, target);
                if (Files.isDirectory(to, NOFOLLOW)) deleteRecursively(to);
                copyEntry(file, to);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Copies one file or symlink, replacing what is there; keeps attributes within one file system. */
    static void copyEntry(Path from, Path to) throws IOException {
        if (from.getFileSystem() == to.getFileSystem()) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                    LinkOption.NOFOLLOW_LINKS);
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code entry} (below {@code base}) mapped to the same relative place below {@code target}. */
    static Path map(Path base, Path entry, Path target) {
        var result = target;
        for (var part : base.relativize(entry)) {
            // Resolve by name: Path objects from different providers cannot be mixed.
            result = result.resolve(part.toString());
        }
        return result;
    }

    /** Deletes a tree without following symlinks; a missing tree is fine. */
    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, NOFOLLOW)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                makeWritable(dir); // a command may have chmod'ed a directory read-only
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                if (e instanceof AccessDeniedException && Files.isDirectory(file, NOFOLLOW) && makeWritable(file)) {
                    deleteRecursively(file); // unreadable directory: retry now that it is readable
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) throw e;
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** True if the owner now has full access to {@code dir}. */
    static boolean makeWritable(Path dir) {
        try {
            var perms = Files.getPosixFilePermissions(dir, NOFOLLOW);
            if (!perms.containsAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE))) {
                perms.addAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE));
                Files.setPosixFilePermissions(dir, perms);
                return true;
            }
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // best effort: deletion reports the real problem
        }
    }
}
