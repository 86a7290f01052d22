package dev.ratchet.sandbox.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves a command name the way execvp would, so a missing command can be reported as exit 127. */
final class CommandLookup {

    private CommandLookup() {}

    /**
     * @param command argv[0]; a name with a '/' is taken relative to {@code cwd}, others are searched on {@code path}
     */
    static Optional<Path> find(String command, String path, Path cwd) {
        try {
            if (command.contains("/")) {
                var p = cwd.resolve(command);
                return Files.exists(p) ? Optional.of(p) : Optional.empty();
            }
            for (var dir : path.split(File.pathSeparator)) {
                var candidate = (dir.isEmpty() ? cwd : cwd.resolve(dir)).resolve(command);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
