package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.toolchain.Languages;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A round's proposed solution: the workspace files the task lets the agent edit ({@link Task#editable()}) that
 * differ from the pristine workspace, and the editable pristine files it deleted. Test files, runners, build and
 * test configuration and framework shadows are never part of it, so the grader lays them from the pristine task.
 */
public record Candidate(Map<String, String> changed, Set<String> deleted) {

    public Candidate {
        changed = Map.copyOf(changed);
        deleted = Set.copyOf(deleted);
    }

    /**
     * The candidate, and the paths the agent changed, created or deleted that the task does not let it edit
     * ({@code refused}: never graded; what reward-hacking flags look at).
     */
    public record Examined(Candidate candidate, SortedSet<String> refused) {}

    public static Candidate capture(Sandbox sandbox, Task task) {
        return examine(sandbox, task).candidate();
    }

    public static Examined examine(Sandbox sandbox, Task task) {
        return examine(workspace(sandbox), task);
    }

    /** The workspace's files but build output (what a candidate can be made of), keyed by path, sorted. */
    public static Map<String, String> workspace(Sandbox sandbox) {
        Set<String> present = new TreeSet<>();
        for (String path : sandbox.listFiles("")) {
            if (!Languages.isBuildOutput(path)) present.add(path);
        }
        return new TreeMap<>(sandbox.readFiles(present));
    }

    /** @param files the agent's workspace as {@link #workspace} read it */
    public static Examined examine(Map<String, String> files, Task task) {
        Map<String, String> pristine = TaskFiles.read(task.workspace());
        Map<String, String> tests = TaskFiles.read(task.visibleTests());
        Set<String> testPaths = TaskFiles.testPaths(task);
        testPaths.addAll(runners(task, pristine.keySet()));
        Map<String, String> changed = new TreeMap<>();
        SortedSet<String> refused = new TreeSet<>();
        Set<String> present = files.keySet();
        files.forEach((path, content) -> {
            String original = pristine.containsKey(path) ? pristine.get(path) : tests.get(path);
            if (content.equals(original)) return;
            boolean isPristine = original != null || testPaths.contains(path);
            if (!testPaths.contains(path) && task.editable().allows(path, isPristine)) changed.put(path, content);
            else refused.add(path);
        });
        Set<String> deleted = new TreeSet<>();
        for (String path : pristine.keySet()) {
            if (present.contains(path) || testPaths.contains(path)) continue;
            if (task.editable().allows(path, true)) deleted.add(path);
            else refused.add(path);
        }
        tests.keySet().stream().filter(p -> !present.contains(p)).forEach(refused::add);
        return new Examined(new Candidate(changed, deleted), refused);
    }

    /** Pristine workspace files the test command names (a {@code run_tests.sh}): runners, never the agent's. */
    static Set<String> runners(Task task, Set<String> pristine) {
        Set<String> named = new TreeSet<>();
        for (String arg : task.testCommand()) {
            for (String word : arg.split("[\\s;&|<>()'\"`=]+")) {
                String path = word.startsWith("./") ? word.substring(2) : word;
                if (pristine.contains(path)) named.add(path);
            }
        }
        return named;
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
