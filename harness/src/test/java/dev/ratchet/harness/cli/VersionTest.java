package dev.ratchet.harness.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The commit `--version` names, read from a real git repository's files: a clone, a linked worktree, packed refs. */
class VersionTest {
    @TempDir Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("ratchet.home");
    }

    private String git(Path in, String... args) throws Exception {
        var cmd = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", in.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private String commitIn(Path repo) throws Exception {
        git(dir, "init", "-q", "-b", "main", repo.toString());
        git(repo, "commit", "-q", "--allow-empty", "-m", "one");
        return git(repo, "rev-parse", "HEAD");
    }

    @Test
    void readsTheBranchHeadOfARepository() throws Exception {
        Path repo = dir.resolve("repo");
        String head = commitIn(repo);
        System.setProperty("ratchet.home", repo.toString());
        assertThat(Version.gitCommit()).isEqualTo(head);
        git(repo, "pack-refs", "--all");
        assertThat(Version.gitCommit()).isEqualTo(head);
    }

    @Test
    void readsTheBranchHeadOfALinkedWorktree() throws Exception {
        Path repo = dir.resolve("repo");
        commitIn(repo);
        Path wt = dir.resolve("wt");
        git(repo, "worktree", "add", "-q", "-b", "side", wt.toString());
        git(wt, "commit", "-q", "--allow-empty", "-m", "two");
        System.setProperty("ratchet.home", wt.toString());
        assertThat(Version.gitCommit()).isEqualTo(git(wt, "rev-parse", "HEAD"));
        git(repo, "pack-refs", "--all");
        assertThat(Version.gitCommit()).isEqualTo(git(wt, "rev-parse", "HEAD"));
    }

    @Test
    void unknownWithoutAGitDirectory() {
        System.setProperty("ratchet.home", dir.toString());
        assertThat(Version.gitCommit()).isNull();
    }
}
