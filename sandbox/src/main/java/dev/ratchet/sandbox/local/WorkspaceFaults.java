package dev.ratchet.sandbox.local;

import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.WorkspacePathException;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Set;

/**
 * Which tier a failed file operation on the workspace belongs to. A mistake in the path (nothing there, a file where a
 * directory should be, a name too long) is the model's to fix: {@link WorkspacePathException}. Anything else (the disk
 * is full, a file would pass the size limit, an I/O error) is the sandbox's fault: {@link SandboxException}, as the
 * Docker sandbox reports the same faults.
 */
final class WorkspaceFaults {
    private WorkspaceFaults() {}

    private static final Set<String> PATH_REASONS = Set.of("Not a directory", "Is a directory", "File name too long",
            "Too many levels of symbolic links", "No such file or directory", "File exists");

    /** @param path the model's path, never the host path */
    static RuntimeException of(String action, String path, IOException e) {
        String reason = reason(e);
        if (isPathMistake(e)) return new WorkspacePathException("cannot " + action + " " + path + ": " + reason);
        return new SandboxException("cannot " + action + " " + path + " in the sandbox: " + reason, e);
    }

    private static boolean isPathMistake(IOException e) {
        return e instanceof NoSuchFileException || e instanceof FileAlreadyExistsException
                || e instanceof NotDirectoryException || e instanceof DirectoryNotEmptyException
                || e instanceof FileSystemLoopException
                || e instanceof FileSystemException f && f.getReason() != null && PATH_REASONS.contains(f.getReason());
    }

    /** Why an I/O call failed, without the host path (the model only knows workspace paths). */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse) {
            if (fse.getReason() != null) return fse.getReason();
        } else if (e.getMessage() != null) {
            return e.getMessage(); // "No space left on device", "File too large": no path in it
        }
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
