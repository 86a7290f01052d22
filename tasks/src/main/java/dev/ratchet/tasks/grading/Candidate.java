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
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A round's proposed solution: the workspace's non-test files that differ from the pristine
 * workspace, and the pristine files it deleted. Test files are never part of it, so an agent that
 * edits tests changes nothing the grader sees. Contents are bytes, carried exactly: a workspace may
 * hold binaries (a jar, an image) that a text round trip would corrupt.
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

    public static Candidate capture(Sandbox sandbox, Task task) {
        Map<String, byte[]> pristine = TaskFiles.readBytes(task.workspace());
        Set<String> tests = TaskFiles.testPaths(task);
        Map<String, byte[]> changed = new TreeMap<>();
        Set<String> present = new TreeSet<>();
        for (String path : sandbox.listFiles("")) {
            if (!tests.contains(path) && !Languages.isBuildOutput(path)) present.add(path);
        }
        sandbox.readBytes(present).forEach((path, content) -> {
            if (!Arrays.equals(content, pristine.get(path))) changed.put(path, content);
        });
        Set<String> deleted = new TreeSet<>(pristine.keySet());
        deleted.removeAll(present);
        deleted.removeAll(tests);
        return new Candidate(changed, deleted);
    }

    /** Writes this candidate over a sandbox, skipping test paths so the task's own tests always win. */
    public void applyTo(Sandbox sandbox, Set<String> testPaths) {
        changed.forEach((path, content) -> {
            if (!testPaths.contains(path)) sandbox.writeBytes(path, content);
        });
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
