package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.toolchain.Languages;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A round's proposed solution: the workspace files the task lets the agent edit ({@link Task#editable()}) that
 * differ from the pristine workspace, and the editable pristine files it deleted. Test files, runners, build and
 * test configuration and framework shadows are never part of it, so the grader lays them from the pristine task.
 * Contents are bytes, carried exactly: a workspace may hold binaries (a jar, an image) that a text round trip
 * would corrupt.
 */
public record Candidate(Map<String, byte[]> changed, Set<String> deleted) {

    public Candidate {
        Map<String, byte[]> copy = new TreeMap<>();
        changed.forEach((path, bytes) -> copy.put(path, bytes.clone()));
        changed = java.util.Collections.unmodifiableMap(copy);
        deleted = Set.copyOf(deleted);
    }

    /** A candidate of text files (UTF-8), e.g. a simulated model's edit. */
    public static Candidate ofText(Map<String, String> changed, Set<String> deleted) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        changed.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new Candidate(bytes, deleted);
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
    public static Map<String, byte[]> workspace(Sandbox sandbox) {
        Set<String> present = new TreeSet<>();
        for (String path : sandbox.listFiles("")) {
            if (!Languages.isBuildOutput(path)) present.add(path);
        }
        return new TreeMap<>(sandbox.readBytes(present));
    }

    /** @param files the agent's workspace as {@link #workspace} read it */
    public static Examined examine(Map<String, byte[]> files, Task task) {
        Map<String, byte[]> pristine = TaskFiles.readBytes(task.workspace());
        Map<String, byte[]> tests = TaskFiles.readBytes(task.visibleTests());
        Set<String> testPaths = TaskFiles.testPaths(task);
        testPaths.addAll(runners(task, pristine.keySet()));
        Map<String, byte[]> changed = new TreeMap<>();
        SortedSet<String> refused = new TreeSet<>();
        Set<String> present = files.keySet();
        files.forEach((path, content) -> {
            byte[] original = pristine.containsKey(path) ? pristine.get(path) : tests.get(path);
            if (Arrays.equals(content, original)) return;
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
    public static Set<String> runners(Task task, Set<String> pristine) {
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
            if (!testPaths.contains(path)) sandbox.writeBytes(path, content);
        });
        applyDeletions(sandbox, testPaths);
    }

    /** Only the deletions, for a sandbox that got the changed files as a layer of its own ({@link CandidateLayer}). */
    void applyDeletions(Sandbox sandbox, Set<String> testPaths) {
        deleted.forEach(path -> {
            if (!testPaths.contains(path)) sandbox.deleteFile(path);
        });
    }

    /** A digest of the paths and exact contents (a cache key: equal candidates, equal digests). */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            changed.forEach((path, bytes) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            sha.update((byte) 1);
            for (String d : new TreeSet<>(deleted)) {
                sha.update(d.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Content equality (a record's default would compare the byte arrays by identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && deleted.equals(c.deleted) && digest().equals(c.digest());
    }

    @Override
    public int hashCode() {
        return digest().hashCode();
    }

    @Override
    public String toString() {
        return "Candidate[changed=" + changed.keySet() + ", deleted=" + deleted + "]";
    }
}
