package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.tasks.SuiteFormatException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One SWE-bench instance; {@code repoPath} is an optional per-instance local repository (Ratchet's extension). */
record SweBenchInstance(String id, String repo, String baseCommit, String problemStatement, String patch,
                        String testPatch, List<String> failToPass, List<String> passToPass, Optional<String> repoPath) {

    static SweBenchInstance from(Path file, JsonRecords.Entry e) {
        JsonNode n = e.node();
        String id = JsonRecords.string(n, "instance_id", file + ": line " + e.line() + ": ");
        String at = file + ": line " + e.line() + ": task '" + id + "': ";
        String repo = JsonRecords.string(n, "repo", at);
        if (!repo.matches("[^/\\s]+/[^/\\s]+")) throw new SuiteFormatException(at + "field 'repo': expected owner/name, got " + repo);
        JsonNode rp = n.get("repo_path");
        return new SweBenchInstance(id, repo, JsonRecords.string(n, "base_commit", at),
                JsonRecords.string(n, "problem_statement", at), JsonRecords.string(n, "patch", at),
                JsonRecords.string(n, "test_patch", at), JsonRecords.stringList(n, "FAIL_TO_PASS", at),
                JsonRecords.stringList(n, "PASS_TO_PASS", at),
                rp == null || rp.isNull() ? Optional.empty() : Optional.of(JsonRecords.string(n, "repo_path", at)));
    }

    /**
     * {@code repo_path} (relative to the instances file), else {@code <reposDir>/<owner>__<name>} or
     * {@code <owner>/<name>}: a repository directory, or a {@code .bundle} file ({@link GitBundleClone}).
     */
    Path repoDir(Path file, Path reposDir) {
        String at = file + ": task '" + id + "': ";
        if (repoPath.isPresent()) {
            Path p = file.getParent().resolve(repoPath.get()).normalize();
            if (!Files.isDirectory(p) && !isBundle(p)) {
                throw new SuiteFormatException(at + "field 'repo_path': no repository directory or .bundle file: " + p);
            }
            return p;
        }
        String owner = repo.substring(0, repo.indexOf('/'));
        String name = repo.substring(repo.indexOf('/') + 1);
        for (Path p : List.of(reposDir.resolve(owner + "__" + name), reposDir.resolve(owner).resolve(name),
                reposDir.resolve(owner + "__" + name + ".git"), reposDir.resolve(owner).resolve(name + ".git"))) {
            if (Files.isDirectory(p)) return p;
        }
        for (Path p : List.of(reposDir.resolve(owner + "__" + name + ".bundle"), reposDir.resolve(owner).resolve(name + ".bundle"))) {
            if (isBundle(p)) return p;
        }
        throw new SuiteFormatException(at + "field 'repo': no local copy of " + repo + " under " + reposDir
                + " (looked for " + owner + "__" + name + " and " + owner + "/" + name
                + ", as a directory or .bundle; set repos_dir, RATCHET_REPOS_DIR or repo_path)");
    }

    private static boolean isBundle(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".bundle");
    }
}
