package dev.ratchet.tasks.formats;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.RefSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A repository shipped as a {@code git bundle} file (small test sets carry one instead of a mirror):
 * cloned bare, once per bundle content, into the materialised cache, so {@link GitTreeExport} reads it
 * like any other repository.
 */
final class GitBundleClone {
    private GitBundleClone() {}

    /** {@code repo} itself when it is a directory; for a bundle file, the bare clone of it under {@code cacheDir}. */
    static Path repository(Path repo, Path cacheDir) {
        if (!Files.isRegularFile(repo)) return repo;
        String key = MaterialisedCache.key(MaterialisedCache.fileHash(repo));
        return MaterialisedCache.directory(cacheDir, "swebench-repos", key, into -> clone(repo, into.resolve("repo.git")))
                .resolve("repo.git");
    }

    private static void clone(Path bundle, Path into) throws IOException {
        // A path to a regular file is a bundle to JGit (TransportBundleFile). Fetch every ref rather than
        // clone, which wants the bundle's HEAD and `git bundle create FILE main` records none.
        try (Git git = Git.init().setBare(true).setDirectory(into.toFile()).call()) {
            git.fetch().setRemote(bundle.toString()).setRefSpecs(new RefSpec("+refs/*:refs/*")).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot clone git bundle " + bundle + ": " + e.getMessage(), e);
        }
    }
}
