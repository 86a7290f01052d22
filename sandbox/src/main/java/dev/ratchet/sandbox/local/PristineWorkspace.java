package dev.ratchet.sandbox.local;

import dev.ratchet.sandbox.SandboxException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A workspace plus a pristine copy of it on the same disk. Reset removes what is not pristine and
 * restores only what changed, so it costs two directory walks rather than a full copy.
 *
 * <p>The pristine copy is made from the layers on the first reset, not up front: most sandboxes (every
 * grader's, and the agent's under the repair policy) are never reset, and creating files is most of what
 * a sandbox costs. The layers are task directories that do not change during a run.
 *
 * <p>"Unchanged" is decided from a stamp (inode, ctime, size) recorded when the file was last restored or
 * checked; a ctime cannot be set from user space, so any write or chmod changes it. Like git's "racily
 * clean" entries, a stamp taken within the timestamp granularity of the file's ctime is not trusted and
 * the contents are compared instead.
 */
final class PristineWorkspace {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    /** Generous bound on ctime granularity (coarse kernel clocks tick every few ms; some file systems every 2 s). */
    private static final Duration RACY_WINDOW = Duration.ofSeconds(2);

    private final List<Path> layers;
    private final Path pristine;
    private final Path workspace;
    private final Map<Path, Stamp> stamps = new HashMap<>();
    private boolean pristineMade;

    private PristineWorkspace(List<Path> layers, Path pristine, Path workspace) {
        this.layers = List.copyOf(layers);
        this.pristine = pristine;
        this.workspace = workspace;
    }

    /**
     * Lays {@code layers} over each other into {@code workspace}; {@code pristine} (a directory that need not
     * exist yet) gets the same on the first {@link #reset()}.
     */
    static PristineWorkspace build(List<Path> layers, Path pristine, Path workspace) throws IOException {
        for (var layer : layers) {
            if (!Files.isDirectory(layer)) throw new SandboxException("layer is not a directory: " + layer.toUri());
        }
        overlayAll(layers, workspace);
        return new PristineWorkspace(layers, pristine, workspace);
    }

    synchronized void reset() throws IOException {
        if (!pristineMade) {
            // Files never restored have no stamp yet, so this first reset compares them by content.
            overlayAll(layers, Files.createDirectories(pristine));
            pristineMade = true;
        }
        removeChanged();
        restoreMissing();
    }

    private static void overlayAll(List<Path> layers, Path target) throws IOException {
        for (var layer : layers) FileTrees.overlay(layer, target);
    }

    /** Deletes workspace entries that are not in the pristine tree and restores changed files. */
    private void removeChanged() throws IOException {
        Files.walkFileTree(workspace, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(workspace)) return FileVisitResult.CONTINUE;
                if (!Files.isDirectory(FileTrees.map(workspace, dir, pristine), NOFOLLOW)) {
                    FileTrees.deleteRecursively(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                FileTrees.makeWritable(dir); // so that files below can be replaced
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                var source = FileTrees.map(workspace, file, pristine);
                var rel = workspace.relativize(file);
                if (!Files.exists(source, NOFOLLOW) || Files.isDirectory(source, NOFOLLOW)) {
                    Files.delete(file);
                    stamps.remove(rel);
                } else if (!unchanged(rel, file, source)) {
                    restore(source, file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                // An unreadable directory: drop it entirely, restoreMissing() brings back its pristine content.
                if (e instanceof AccessDeniedException && Files.isDirectory(file, NOFOLLOW)) {
                    FileTrees.deleteRecursively(file);
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** Copies every pristine entry that the workspace lacks. */
    private void restoreMissing() throws IOException {
        Files.walkFileTree(pristine, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(FileTrees.map(pristine, dir, workspace));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                var target = FileTrees.map(pristine, file, workspace);
                if (!Files.exists(target, NOFOLLOW)) restore(file, target);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void restore(Path source, Path target) throws IOException {
        FileTrees.copyEntry(source, target);
        stamps.put(workspace.relativize(target), Stamp.of(target));
    }

    private boolean unchanged(Path rel, Path file, Path source) throws IOException {
        boolean link = Files.isSymbolicLink(file);
        if (link != Files.isSymbolicLink(source)) return false;
        if (link) return Files.readSymbolicLink(file).equals(Files.readSymbolicLink(source));
        var now = Stamp.of(file);
        var recorded = stamps.get(rel);
        if (now.trustedEquals(recorded)) return true;
        if (now.size() != Files.size(source) || Files.mismatch(file, source) != -1) return false;
        stamps.put(rel, now); // verified by content: the fresh stamp becomes trustworthy once out of the racy window
        return true;
    }

    /** What identifies one version of a file; {@code ctime} is null where the OS does not expose it. */
    private record Stamp(Object fileKey, FileTime ctime, long size, Instant takenAt) {

        static Stamp of(Path p) throws IOException {
            var basic = Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
            FileTime ctime = null;
            try {
                ctime = (FileTime) Files.getAttribute(p, "unix:ctime", NOFOLLOW);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                // No unix view: every check falls back to comparing contents.
            }
            return new Stamp(basic.fileKey(), ctime, basic.size(), Instant.now());
        }

        boolean trustedEquals(Stamp recorded) {
            if (recorded == null || ctime == null || fileKey == null) return false;
            boolean racy = !recorded.ctime().toInstant().isBefore(recorded.takenAt().minus(RACY_WINDOW));
            return !racy && Objects.equals(fileKey, recorded.fileKey()) && ctime.equals(recorded.ctime())
                    && size == recorded.size();
        }
    }
}
