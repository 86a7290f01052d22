package dev.ratchet.sandbox.local;

import dev.ratchet.sandbox.WorkspacePath;

import dev.ratchet.sandbox.WorkspaceEscapeException;
import dev.ratchet.sandbox.WorkspacePathException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Confines workspace-relative paths to the workspace. '..' is resolved lexically (so the OS never
 * follows a symlink and then '..' out of it), and the real path of every part that already exists
 * must stay below the workspace's real path, so symlinks cannot lead out either.
 */
final class WorkspacePaths {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path root;

    /** {@code root} must exist; its real path is used so that a symlinked temp dir still compares equal. */
    WorkspacePaths(Path root) {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /** An existing regular file (symlinks inside the workspace are followed), never a hard-linked one. */
    Path forRead(String path) {
        var p = confined(path);
        if (Files.isDirectory(p)) throw new WorkspacePathException("no such file: " + path + " (it is a directory)");
        if (!Files.isRegularFile(p)) throw new WorkspacePathException("no such file: " + path);
        refuseHardLinked(p, path, "read");
        return p;
    }

    /**
     * A file that may not exist yet; never a directory, a symlink that leads nowhere or out, nor a file with
     * another hard link. Symlinks inside the workspace are resolved, so the result is where the bytes go.
     */
    Path forWrite(String path) {
        var p = confined(path);
        if (p.equals(root) || Files.isDirectory(p)) {
            throw new WorkspacePathException("cannot write " + path + ": it is a directory");
        }
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            throw new WorkspacePathException("cannot write " + path + ": it is a broken symlink");
        }
        if (!Files.exists(p)) return p;
        refuseHardLinked(p, path, "write");
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new WorkspacePathException("cannot resolve " + path + ": " + e.getMessage());
        }
    }

    /**
     * True for a regular file (symlinks followed) that has more than one name. A command can hard-link any
     * file of the same file system that it can read or write ({@code ln /etc/passwd x}, or a hidden test),
     * and no path check sees where the other name is: such a file is neither read nor written by the file
     * tools, nor listed. Removing one name never touches the other, so delete stays allowed.
     */
    static boolean isHardLinked(Path p) {
        try {
            return Files.isRegularFile(p) && ((Number) Files.getAttribute(p, "unix:nlink")).intValue() > 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no unix view (not a Linux file system): nothing to compare
        }
    }

    private static void refuseHardLinked(Path p, String path, String verb) {
        if (isHardLinked(p)) {
            throw new WorkspaceEscapeException("cannot " + verb + " " + path
                    + ": it is a hard link to a file that may be outside the workspace");
        }
    }

    /** The entry to remove: a symlink itself is removed, never what it points to. */
    Path forDelete(String path) {
        var rel = WorkspacePath.normalize(path);
        if (rel.isEmpty()) throw new WorkspacePathException("cannot delete the workspace root");
        var p = lexical(rel, path);
        requireInside(p.getParent(), path);
        if (Files.isDirectory(p, NOFOLLOW)) throw new WorkspacePathException("cannot delete " + path + ": it is a directory");
        return p;
    }

    /** An existing directory ("" or "." for the root). */
    Path forList(String dir) {
        var p = confined(dir);
        if (!Files.isDirectory(p)) {
            throw new WorkspacePathException(Files.exists(p) ? "not a directory: " + dir : "no such directory: " + dir);
        }
        return p;
    }

    /** Workspace-relative '/' form of a path below the root. */
    String relative(Path p) {
        var rel = root.relativize(p);
        var joined = new StringBuilder();
        for (var part : rel) {
            if (!joined.isEmpty()) joined.append('/');
            joined.append(part);
        }
        return joined.toString();
    }

    /** True when {@code p} (symlinks followed) is inside the workspace. */
    boolean isInside(Path p) {
        try {
            return p.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private Path confined(String path) {
        var p = lexical(WorkspacePath.normalize(path), path);
        requireInside(p, path);
        return p;
    }

    private Path lexical(String rel, String original) {
        try {
            return rel.isEmpty() ? root : root.resolve(rel);
        } catch (InvalidPathException e) {
            throw new WorkspacePathException("invalid path: " + original + " (" + e.getReason() + ")");
        }
    }

    /** The deepest part of {@code p} that exists must really be inside the workspace. */
    private void requireInside(Path p, String original) {
        var existing = p;
        while (!Files.exists(existing, NOFOLLOW)) existing = existing.getParent();
        Path real;
        try {
            real = existing.toRealPath();
        } catch (NoSuchFileException e) {
            if (existing.equals(p)) return; // p itself is a broken symlink: callers decide
            throw new WorkspacePathException("path goes through a broken symlink: " + original);
        } catch (IOException e) {
            throw new WorkspacePathException("cannot resolve " + original + ": " + e.getMessage());
        }
        if (!real.startsWith(root)) {
            throw new WorkspaceEscapeException("path escapes the workspace through a symlink: " + original);
        }
    }
}
