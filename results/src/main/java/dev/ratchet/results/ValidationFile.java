package dev.ratchet.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * A {@link SuiteValidation} on disk. Writes go to a temp file in the same directory that is then
 * moved over the target, so a reader (or a crash) never sees half a file.
 */
public record ValidationFile(Path path, SuiteValidation content) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code <cacheRoot>/validation/<hex of the suite hash>.json}. */
    public static Path inCache(Path cacheRoot, String suiteHash) {
        String hex = suiteHash.substring(suiteHash.indexOf(':') + 1);
        // The hash comes from run.json, which a person may edit: never let it name another path.
        if (!hex.matches("[0-9A-Za-z]+")) throw new IllegalArgumentException("not a suite hash: '" + suiteHash + "'");
        return cacheRoot.resolve("validation").resolve(hex + ".json");
    }

    public static Optional<ValidationFile> read(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(new ValidationFile(file, Json.MAPPER.readValue(file.toFile(), SuiteValidation.class)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read validation findings " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The findings a report on {@code run} shows: the run's own copy (taken when the run started),
     * else the cache file for its suite, so validating after a run works too. A copy without
     * repeated runs gives way to a cache file with them, since it cannot say which tasks are flaky.
     */
    public static Optional<ValidationFile> forRun(RunStore run, Path cacheRoot) {
        Optional<ValidationFile> own = run.validation();
        if (own.isPresent() && own.get().content().repeated()) return own;
        String hash = run.info().suiteHash();
        Optional<ValidationFile> cached = hash == null ? Optional.empty() : read(inCache(cacheRoot, hash));
        if (cached.isPresent() && (own.isEmpty() || cached.get().content().repeated())) return cached;
        return own;
    }

    /** Replaces {@code file} with {@code content} atomically; creates missing directories. */
    public static ValidationFile write(Path file, SuiteValidation content) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // Not Files.createTempFile: its owner-only permissions would end up on the target.
            Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    JsonlFile.writeFully(channel, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
                    channel.force(true);
                }
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write validation findings " + file + ": " + e.getMessage(), e);
        }
        return new ValidationFile(file, content);
    }

    /**
     * Merges {@code findings} into {@code file} (see {@link SuiteValidation#mergedWith}) and returns
     * what is now on disk. A lock file beside it keeps two validations of the same suite, say of
     * different {@code --tasks}, from losing each other's entries.
     */
    public static ValidationFile update(Path file, SuiteValidation findings) {
        Path lock = file.resolveSibling("." + file.getFileName() + ".lock");
        try {
            Files.createDirectories(lock.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                SuiteValidation merged = read(file).map(old -> old.content().mergedWith(findings)).orElse(findings);
                return write(file, merged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update validation findings " + file + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
