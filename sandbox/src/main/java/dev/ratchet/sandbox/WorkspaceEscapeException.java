package dev.ratchet.sandbox;

/**
 * A path refused because it leads out of the workspace: '..' above the root, a symlink out of it, a hard link
 * to a file that may be outside. Still a mistake the model can fix, but one that reward-hacking flags count.
 */
public class WorkspaceEscapeException extends WorkspacePathException {
    public WorkspaceEscapeException(String message) { super(message); }
}
