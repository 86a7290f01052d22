package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.toolchain.Languages;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A round's proposed solution: the workspace's non-test files that differ from the pristine
 * workspace, and the pristine files it deleted. Test files are never part of it, so an agent that
 * edits tests changes nothing the grader sees.
 */
public record Candidate(Map<String, String> changed, Set<String> deleted) {

    public Candidate {
        changed = Map.copyOf(changed);
        deleted = Set.copyOf(deleted);
    }

    public static Candidate capture(Sandbox sandbox, Task task) {
        Map<String, String> pristine = TaskFiles.read(task.workspace());
        Set<String> tests = TaskFiles.testPaths(task);
        Map<String, String> changed = new TreeMap<>();
        Set<String> present = new TreeSet<>();
        for (String path : sandbox.listFiles("")) {
            if (!tests.contains(path) && !Languages.isBuildOutput(path)) present.add(path);
        }
        sandbox.readFiles(present).forEach((path, content) -> {
            if (!content.equals(pristine.get(path))) changed.put(path, content);
        });
        Set<String> deleted = new TreeSet<>(pristine.keySet());
        deleted.removeAll(present);
        deleted.removeAll(tests);
        return new Candidate(changed, deleted);
    }

    /** Writes this candidate over a sandbox, skipping test paths so the task's own tests always win. */
    public void applyTo(Sandbox sandbox, Set<String> testPaths) {
        changed.forEach((path, content) -> {
            if (!testPaths.contains(path)) sandbox.writeFile(path, content);
        });
        deleted.forEach(path -> {
            if (!testPaths.contains(path)) sandbox.deleteFile(path);
        });
    }
}
