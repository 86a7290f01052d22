package dev.ratchet.tasks.formats;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes the files of one commit's tree into a plain directory, straight from the object database:
 * no clone and no .git, so nothing after (or before) the base commit can be read from the workspace.
 * Submodules are left out; symlinks become nothing (sandboxes refuse them).
 */
final class GitTreeExport {
    private GitTreeExport() {}

    /** Thrown when the repository or the commit cannot be found. */
    static final class NotFound extends Exception {
        NotFound(String message) { super(message); }
    }

    static int export(Path repoDir, String commit, Path into) throws IOException, NotFound {
        Git git;
        try {
            git = Git.open(repoDir.toFile());
        } catch (org.eclipse.jgit.errors.RepositoryNotFoundException e) {
            throw new NotFound("not a git repository: " + repoDir);
        }
        Repository repo = git.getRepository(); // closed with git (closing both warns "useCnt is already zero")
        try (git; RevWalk walk = new RevWalk(repo);
             ObjectReader reader = repo.newObjectReader()) {
            RevCommit c;
            try {
                ObjectId id = repo.resolve(commit + "^{commit}");
                if (id == null) throw new NotFound("commit " + commit + " not in " + repoDir);
                c = walk.parseCommit(id);
            } catch (org.eclipse.jgit.errors.MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException
                     | org.eclipse.jgit.errors.RevisionSyntaxException e) {
                throw new NotFound("commit " + commit + " not in " + repoDir);
            }
            int files = 0;
            try (TreeWalk tw = new TreeWalk(reader)) {
                tw.addTree(c.getTree());
                tw.setRecursive(true);
                while (tw.next()) {
                    FileMode mode = tw.getFileMode(0);
                    if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) continue;
                    Path to = into.resolve(tw.getPathString()).normalize();
                    if (!to.startsWith(into)) continue; // a hostile tree entry
                    Files.createDirectories(to.getParent());
                    try (OutputStream out = Files.newOutputStream(to)) {
                        reader.open(tw.getObjectId(0)).copyTo(out);
                    }
                    if (mode == FileMode.EXECUTABLE_FILE) {
                        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                    files++;
                }
            }
            return files;
        }
    }
}
