package dev.ratchet.tasks.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to read a suite in a foreign format. {@code format} empty = detect it (an unknown one is reported by the loader, with the path); {@code cacheDir} is where
 * loaders materialise task directories; {@code reposDir} is where SWE-bench repositories are mirrored;
 * {@code testCommand}/{@code image} override the format's defaults; {@code holdBackTests} hides the
 * Exercism test file from the agent (hidden only) instead of the Aider setup (visible and hidden).
 */
public record LoadOptions(Optional<String> format, Path cacheDir, Optional<Path> reposDir,
                          Optional<List<String>> testCommand, Optional<String> image, boolean holdBackTests) {

    public static final List<String> FORMATS = List.of("yaml", "exercism", "humaneval", "swebench");

    public LoadOptions {
        testCommand = testCommand.map(List::copyOf);
    }

    /** Detected format, materialised tasks under {@code cacheDir} (the CLI's {@code <cache>/suites}), the format's defaults. */
    public static LoadOptions defaults(Path cache) {
        Optional<Path> repos = Optional.ofNullable(System.getenv("RATCHET_REPOS_DIR")).map(Path::of);
        return new LoadOptions(Optional.empty(), cache, repos, Optional.empty(), Optional.empty(), false);
    }

    public LoadOptions withFormat(Optional<String> f) {
        return new LoadOptions(f, cacheDir, reposDir, testCommand, image, holdBackTests);
    }

    public LoadOptions withCacheDir(Path dir) {
        return new LoadOptions(format, dir, reposDir, testCommand, image, holdBackTests);
    }

    public LoadOptions withReposDir(Path dir) {
        return new LoadOptions(format, cacheDir, Optional.of(dir), testCommand, image, holdBackTests);
    }

    public LoadOptions withTestCommand(List<String> argv) {
        return new LoadOptions(format, cacheDir, reposDir, Optional.of(argv), image, holdBackTests);
    }

    public LoadOptions withImage(String img) {
        return new LoadOptions(format, cacheDir, reposDir, testCommand, Optional.of(img), holdBackTests);
    }

    public LoadOptions withHoldBackTests(boolean hold) {
        return new LoadOptions(format, cacheDir, reposDir, testCommand, image, hold);
    }
}
