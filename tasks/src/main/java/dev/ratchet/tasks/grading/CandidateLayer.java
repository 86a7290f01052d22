package dev.ratchet.tasks.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A candidate's changed files as one more layer of the grader's sandbox, laid with the pristine tree in one go: into a
 * pooled container that is one request instead of two per file (a path check and the write). Made only when every
 * file lands exactly where writing it into the sandbox would: a plain relative path, not a test path nor a directory
 * above one, below nothing but real directories of the pristine layers (no symlink, no file in the way). Otherwise
 * there is no layer and the grader writes the files one by one, whose checks then refuse what needs refusing.
 */
final class CandidateLayer implements AutoCloseable {
    private final Path dir;

    private CandidateLayer(Path dir) {
        this.dir = dir;
    }

    /** The directory to lay, when there is one. */
    Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    static CandidateLayer of(Candidate candidate, List<Path> layers, Set<String> testPaths) {
        if (candidate.changed().isEmpty()) return new CandidateLayer(null);
        for (String path : candidate.changed().keySet()) {
            if (!plain(path, layers, testPaths)) return new CandidateLayer(null);
        }
        try {
            Path dir = Files.createTempDirectory("ratchet-candidate-");
            for (var e : candidate.changed().entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            return new CandidateLayer(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the candidate's files", e);
        }
    }

    private static boolean plain(String path, List<Path> layers, Set<String> testPaths) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) return false;
        String[] parts = path.split("/", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
        }
        if (testPaths.contains(path)) return false;
        for (String t : testPaths) {
            if (t.startsWith(path + "/") || path.startsWith(t + "/")) return false;
        }
        for (Path layer : layers) {
            Path at = layer;
            for (int i = 0; i < parts.length; i++) {
                at = at.resolve(parts[i]);
                if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) break;
                boolean last = i == parts.length - 1;
                boolean fits = last ? Files.isRegularFile(at, LinkOption.NOFOLLOW_LINKS)
                        : Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS);
                if (!fits) return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        if (dir == null) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temp directory left behind is litter, not a wrong grade
        }
    }
}
