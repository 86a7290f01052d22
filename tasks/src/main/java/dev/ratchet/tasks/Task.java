package dev.ratchet.tasks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of work: instructions, a starting workspace, visible tests the agent may run, hidden tests
 * only the grader runs, the command that runs tests, and an optional reference solution.
 * Directories may live on any file system (the builtin suite is read from inside the jar).
 * Test files are laid over the workspace at their paths relative to their test directory.
 * {@code editable} says which files the agent may change; only those reach the grader.
 */
public record Task(String id, String language, String instructions, Path workspace,
                   Path visibleTests, Path hiddenTests, Optional<Path> reference,
                   List<String> testCommand, Duration timeout, String image, Editable editable) {

    public Task {
        Objects.requireNonNull(id, "id");
        testCommand = List.copyOf(testCommand);
        Objects.requireNonNull(editable, "editable");
    }

    /** A task whose agent may edit anything but the {@link ProtectedPaths}. */
    public Task(String id, String language, String instructions, Path workspace, Path visibleTests, Path hiddenTests,
                Optional<Path> reference, List<String> testCommand, Duration timeout, String image) {
        this(id, language, instructions, workspace, visibleTests, hiddenTests, reference, testCommand, timeout, image,
                Editable.ANY);
    }
}
