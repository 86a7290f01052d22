package dev.ratchet.harness.cli;

import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Ratchet's version and, when run from a checkout, its git commit. */
public final class Version implements CommandLine.IVersionProvider {
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        String commit = gitCommit();
        return new String[] {"ratchet " + VERSION + (commit == null ? "" : " (" + commit + ")")};
    }

    /**
     * Reads .git/HEAD under ratchet.home without running git; null when unknown. In a linked worktree
     * {@code .git} is a file naming the worktree's git directory, whose {@code commondir} holds the branches.
     */
    public static String gitCommit() {
        String home = System.getProperty("ratchet.home");
        if (home == null) return null;
        try {
            Path git = Path.of(home, ".git");
            if (Files.isRegularFile(git)) {
                String pointer = Files.readString(git).strip();
                if (!pointer.startsWith("gitdir: ")) return null;
                git = git.getParent().resolve(pointer.substring("gitdir: ".length()));
            }
            Path common = git;
            if (Files.isRegularFile(git.resolve("commondir"))) {
                common = git.resolve(Files.readString(git.resolve("commondir")).strip()).normalize();
            }
            String head = Files.readString(git.resolve("HEAD")).strip();
            if (!head.startsWith("ref: ")) return head;
            String name = head.substring(5);
            for (Path dir : java.util.List.of(git, common)) {
                if (Files.isRegularFile(dir.resolve(name))) return Files.readString(dir.resolve(name)).strip();
            }
            Path packed = common.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                return Files.readAllLines(packed).stream().filter(l -> l.endsWith(" " + name))
                        .map(l -> l.substring(0, l.indexOf(' '))).findFirst().orElse(null);
            }
            return null;
        } catch (Exception e) {
            return null;
        }
    }
}
