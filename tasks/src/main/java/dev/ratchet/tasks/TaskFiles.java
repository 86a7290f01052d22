package dev.ratchet.tasks;

import dev.ratchet.sandbox.SandboxSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How a task's directories become sandboxes. The agent gets workspace + visible tests; the grader
 * gets workspace + visible + hidden tests, with the candidate's non-test files written on top.
 */
public final class TaskFiles {
    private TaskFiles() {}

    public static SandboxSpec agentSpec(Task task, String label) {
        return new SandboxSpec(List.of(task.workspace(), task.visibleTests()), Map.of(), task.image(), label);
    }

    public static SandboxSpec graderSpec(Task task, String label) {
        return new SandboxSpec(List.of(task.workspace(), task.visibleTests(), task.hiddenTests()),
                Map.of(), task.image(), label);
    }

    /** Paths (relative, '/'-separated) that belong to the visible or hidden tests: never part of a candidate. */
    public static TreeSet<String> testPaths(Task task) {
        TreeSet<String> paths = new TreeSet<>(relativeFiles(task.visibleTests()));
        paths.addAll(relativeFiles(task.hiddenTests()));
        return paths;
    }

    /** The files of one task directory, relative and '/'-separated, sorted. */
    public static List<String> relativeFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Contents of every file of a directory, keyed by relative path. */
    public static Map<String, String> read(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String rel : relativeFiles(dir)) {
            try {
                files.put(rel, Files.readString(dir.resolve(rel)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(rel), e);
            }
        }
        return files;
    }

    /** The exact bytes of every file of a directory, keyed by relative path (binaries included). */
    public static Map<String, byte[]> readBytes(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String rel : relativeFiles(dir)) {
            try {
                files.put(rel, Files.readAllBytes(dir.resolve(rel)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(rel), e);
            }
        }
        return files;
    }

    /** The reference solution's files (empty when the task has none). */
    public static Map<String, String> reference(Task task) {
        return task.reference().map(TaskFiles::read).orElse(Map.of());
    }

    /** The pristine workspace content of the files the reference changes ("" for files it adds). */
    public static Map<String, String> pristineOf(Task task, Iterable<String> paths) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : paths) {
            Path f = task.workspace().resolve(p);
            try {
                out.put(p, Files.isRegularFile(f) ? Files.readString(f) : "");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return out;
    }

}
