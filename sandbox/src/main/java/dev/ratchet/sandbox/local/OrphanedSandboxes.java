package dev.ratchet.sandbox.local;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Local sandbox directories are named after the JVM that made them ({@code ratchet-<pid>-<random>}), so
 * the ones left behind by a JVM that died without cleaning up ({@code kill -9}) can be found and deleted
 * by the next run. That matters most when the scratch directory is a tmpfs, where leftovers hold memory.
 */
final class OrphanedSandboxes {
    private static final Pattern NAME = Pattern.compile("ratchet-(\\d+)-[^/]+");

    private OrphanedSandboxes() {}

    /** The prefix for a new sandbox directory made by this JVM. */
    static String prefix() {
        return "ratchet-" + ProcessHandle.current().pid() + "-";
    }

    /**
     * Deletes the sandbox directories in {@code scratch} whose JVM is gone; returns how many. A pid that is
     * alive again (reused) keeps its directories: a leftover is harmless, deleting a live sandbox is not.
     */
    static int sweep(Path scratch) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(scratch, "ratchet-*")) {
            for (Path dir : entries) {
                var m = NAME.matcher(dir.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(dir.resolve("workspace"), LinkOption.NOFOLLOW_LINKS)) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).isPresent()) continue;
                try {
                    FileTrees.deleteRecursively(dir);
                    removed++;
                } catch (IOException e) {
                    // Best effort (e.g. another user's directory): the next sweep tries again.
                }
            }
        } catch (IOException e) {
            // No scratch directory (yet) or not listable: nothing to sweep.
        }
        return removed;
    }
}
