package dev.ratchet.tasks.integrity;

import dev.ratchet.tasks.ProtectedPaths;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.integrity.Flag.Rule;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The flags a round's workspace raises, read once EXECUTE ends: files the agent changed that it may not
 * ({@link Candidate.Examined#refused}) — a pristine test, runner, build or config file changed or deleted, a new
 * config file, a new framework or stdlib shadow — and what the code it wrote says ({@link CodeRules}, over the
 * candidate's files and any new file it added). A new scratch file, or a non-editable source file it changed,
 * is refused but not flagged: it never reaches the grader and fakes nothing. Nor is a changed support file the
 * tests use that is not itself a test by name (an Exercism {@code editor} file such as Java's {@code Winner.java}),
 * nor a {@code Cargo.toml} that only adds dependencies ({@link CargoManifest}), nor a lock file, which the
 * toolchain writes itself ({@code cargo test} creates {@code Cargo.lock}).
 */
public final class WorkspaceFlags {
    private WorkspaceFlags() {}

    /** @param files the workspace as {@link Candidate#workspace} read it; {@code examined} its examination */
    public static List<Flag> of(Task task, Map<String, byte[]> files, Candidate.Examined examined) {
        Set<String> pristine = new TreeSet<>(TaskFiles.relativeFiles(task.workspace()));
        Set<String> tests = TaskFiles.testPaths(task);
        Set<String> runners = Candidate.runners(task, pristine);
        List<Flag> flags = new ArrayList<>();
        for (String path : examined.refused()) {
            if (isLockFile(path)) continue;
            boolean isPristine = pristine.contains(path) || tests.contains(path);
            boolean present = files.containsKey(path);
            Optional<ProtectedPaths.Kind> kind = ProtectedPaths.kind(path, isPristine);
            if (isPristine && (runners.contains(path) || kind.isPresent()) && !addsDependencies(task, path, files)) {
                flags.add(new Flag(Rule.TEST_OR_BUILD_EDIT, path, present ? "changed " + what(path, tests, runners, kind)
                        : "deleted " + what(path, tests, runners, kind)));
            } else if (!isPristine && kind.isPresent()) {
                switch (kind.get()) {
                    case CONFIG -> flags.add(new Flag(Rule.TEST_OR_BUILD_EDIT, path, "new build or test configuration file"));
                    case SHADOW -> flags.add(new Flag(Rule.SHADOW_FILE, path,
                            "new file shadows the module '" + path.split("/")[0].replaceFirst("\\.[^.]*$", "") + "'"));
                    case HARNESS -> {
                        if (path.startsWith(".ratchet/")) flags.add(new Flag(Rule.TEST_OR_BUILD_EDIT, path, "new file in Ratchet's own directory"));
                    }
                    case TEST -> { } // a test of its own: judged by its content below
                }
            }
            if (!isPristine && present) text(files.get(path)).ifPresent(t ->
                    flags.addAll(CodeRules.scan(path, t, kind.filter(k -> k == ProtectedPaths.Kind.TEST).isPresent())));
        }
        examined.candidate().changed().forEach((path, bytes) ->
                text(bytes).ifPresent(t -> flags.addAll(CodeRules.scan(path, t, false))));
        return List.copyOf(flags);
    }

    /** Lock files: the test command's own tools write them (cargo writes {@code Cargo.lock} on the first build). */
    private static final Set<String> LOCK_FILES = Set.of("cargo.lock", "package-lock.json", "npm-shrinkwrap.json",
            "yarn.lock", "go.sum");

    public static boolean isLockFile(String path) {
        return LOCK_FILES.contains(path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** A changed {@code Cargo.toml} that only adds crates: what the polyglot's own Rust examples do. */
    private static boolean addsDependencies(Task task, String path, Map<String, byte[]> files) {
        if (!path.equals("Cargo.toml") || !files.containsKey(path)) return false;
        Path original = task.workspace().resolve(path);
        try {
            return Files.isRegularFile(original) && CargoManifest.onlyDependencies(
                    Files.readString(original), new String(files.get(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private static String what(String path, Set<String> tests, Set<String> runners, Optional<ProtectedPaths.Kind> kind) {
        if (tests.contains(path) || kind.filter(k -> k == ProtectedPaths.Kind.TEST).isPresent()) return "test file";
        if (runners.contains(path)) return "test runner";
        return "build or test configuration file";
    }

    /** UTF-8 text, or empty for a binary file (which no code rule reads). */
    static Optional<String> text(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
