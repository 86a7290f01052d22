package dev.ratchet.harness.loop;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.ResultChannel;
import dev.ratchet.tasks.integrity.WorkspaceFlags;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The agent's sandbox as its tools see it. At each of the agent's visible-test runs it takes a fingerprint of
 * the workspace's content; VERIFY may take that run's result instead of repeating it only if the workspace
 * still has that fingerprint (so a run that rewrote files as it exited is not reused) and holds no file the
 * agent may not edit (VERIFY would restore those first). Once candidate code has run here, a sandbox fault is
 * the candidate's doing: it surfaces as {@link CandidateFault}.
 */
final class TrackedSandbox implements Sandbox {
    private final Sandbox inner;
    private final Task task;
    private boolean candidateRan;
    private AgentRun lastRun;
    private final java.util.Set<String> rewrittenByTests = new java.util.TreeSet<>();

    private record AgentRun(String fingerprint, ExecResult raw) {}

    TrackedSandbox(Sandbox inner, Task task) {
        this.inner = inner;
        this.task = task;
    }

    /** The agent's run of the visible tests (the run_tests tool), with the result channel taken out. */
    ExecResult runVisibleTests() {
        Map<String, byte[]> files = guard(() -> Candidate.workspace(inner));
        String before = fingerprint(files);
        candidateRan = true;
        ExecResult raw = guard(() -> inner.exec(task.testCommand(), task.timeout()));
        lastRun = new AgentRun(before, raw);
        noteRewrites(files);
        return ResultChannel.withoutChannel(raw);
    }

    /** Which of {@code files} (the workspace as the run started) the run changed; no listing, no flag. */
    private void noteRewrites(Map<String, byte[]> files) {
        java.util.SortedMap<String, String> after;
        try {
            after = inner.digests("");
        } catch (SandboxException e) {
            return; // the grade does not depend on it
        }
        files.forEach((path, content) -> {
            if (!WorkspaceFlags.isLockFile(path) && !dev.ratchet.sandbox.FileDigest.of(content).equals(after.get(path))) {
                rewrittenByTests.add(path);
            }
        });
    }

    /**
     * The workspace files that one of the agent's test runs changed or removed since the last call: they were
     * there when the run started (new files and build output, which {@link Candidate#workspace} leaves out, are
     * not counted), so the run's own code rewrote them.
     */
    java.util.SortedSet<String> takeRewrittenByTests() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>(rewrittenByTests);
        rewrittenByTests.clear();
        return out;
    }

    /** Whether any test command has run here, i.e. candidate code. */
    boolean candidateRan() {
        return candidateRan;
    }

    /**
     * The agent's last visible-test run, raw, if {@code files} (the workspace now) are what that run started
     * from and {@code refused} (files the agent may not edit that differ from the task) is empty.
     */
    Optional<ExecResult> unchangedSinceAgentRun(Map<String, byte[]> files, Collection<String> refused) {
        if (lastRun == null || !refused.isEmpty()) return Optional.empty();
        return fingerprint(files).equals(lastRun.fingerprint()) ? Optional.of(lastRun.raw()) : Optional.empty();
    }

    /** VERIFY put the visible tests back; what the agent ran before no longer describes the workspace. */
    void testsRestored() {
        lastRun = null;
    }

    static String fingerprint(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new java.util.TreeMap<>(files).forEach((path, content) -> {
                byte[] p = path.getBytes(StandardCharsets.UTF_8);
                byte[] c = content;
                sha.update(java.nio.ByteBuffer.allocate(16).putLong(p.length).putLong(c.length).array());
                sha.update(p);
                sha.update(c);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T guard(Supplier<T> op) {
        try {
            return op.get();
        } catch (SandboxException e) {
            // a run stopped by Ctrl-C is no fault of the candidate's, though its code was running
            if (candidateRan && !Thread.currentThread().isInterrupted()) throw new CandidateFault(e);
            throw e;
        }
    }

    private void guardRun(Runnable op) {
        guard(() -> {
            op.run();
            return null;
        });
    }

    @Override
    public ExecResult exec(List<String> argv, Duration timeout) {
        if (argv.equals(task.testCommand())) candidateRan = true; // VERIFY's run; a tool's grep is not candidate code
        return guard(() -> inner.exec(argv, timeout));
    }

    @Override
    public void writeFile(String path, String content) {
        guardRun(() -> inner.writeFile(path, content));
    }

    @Override
    public void writeBytes(String path, byte[] content) {
        guardRun(() -> inner.writeBytes(path, content));
    }

    @Override
    public void deleteFile(String path) {
        guardRun(() -> inner.deleteFile(path));
    }

    @Override
    public void reset() {
        guardRun(inner::reset);
        testsRestored();
    }

    @Override
    public String readFile(String path) {
        return guard(() -> inner.readFile(path));
    }

    @Override
    public Map<String, String> readFiles(Collection<String> paths) {
        return guard(() -> inner.readFiles(paths));
    }

    @Override
    public byte[] readBytes(String path) {
        return guard(() -> inner.readBytes(path));
    }

    @Override
    public Map<String, byte[]> readBytes(Collection<String> paths) {
        return guard(() -> inner.readBytes(paths));
    }

    @Override
    public List<String> listFiles(String dir) {
        return guard(() -> inner.listFiles(dir));
    }

    @Override
    public java.util.SortedMap<String, String> digests(String dir) {
        return guard(() -> inner.digests(dir));
    }

    /** The agent loop owns the real sandbox and closes it. */
    @Override
    public void close() {}
}
