package dev.ratchet.sandbox;

import java.util.ArrayDeque;

/**
 * The one normaliser of workspace-relative paths, shared by every sandbox so that they accept and refuse the
 * same paths: '/'-separated, '.' and empty parts dropped, '..' resolved lexically and never above the root;
 * absolute paths and NUL characters are refused with a {@link WorkspacePathException} (a mistake the model
 * can fix). Symlinks are the sandbox's own business: each confines real paths in its own way.
 */
public final class WorkspacePath {
    private WorkspacePath() {}

    /** The normalized form of {@code path} ("" for the root). */
    public static String normalize(String path) {
        if (path == null) throw new WorkspacePathException("missing path");
        if (path.startsWith("/")) {
            throw new WorkspacePathException("absolute paths are not allowed: " + path
                    + " (use a path relative to the workspace root)");
        }
        if (path.indexOf('\0') >= 0) throw new WorkspacePathException("invalid path: " + path.replace('\0', '?'));
        var parts = new ArrayDeque<String>();
        for (var part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) throw new WorkspaceEscapeException("path escapes the workspace: " + path);
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
