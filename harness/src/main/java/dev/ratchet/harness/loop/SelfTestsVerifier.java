package dev.ratchet.harness.loop;

import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.grading.Verdict;
import dev.ratchet.tasks.integrity.WorkspaceFlags;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code --verifier self-tests}: before round 1 the agent is asked, in a turn and conversation of its own, to write
 * tests for the task ({@link Prompts#WRITE_TESTS}). What it wrote there — new files, and visible test files it
 * changed; its edits to the task's own files are dropped — is kept by the harness, and the workspace goes back to
 * pristine, so the test files are never in any round's workspace when the candidate is taken, and never reach the
 * grader. VERIFY lays them into the agent's sandbox in place of the visible tests (after putting back what the agent
 * may not edit, as the visible verifier does), runs the task's test command, and takes them away again.
 * <p>
 * The verdict: accepted when at least one test ran and none failed (the task's expected tests are not the agent's).
 * No test written: every round is rejected ({@link #NONE_WRITTEN}). Tests that do not run (do not compile, report
 * nothing, time out): rejected, with the test run's reason. Both are ordinary rejections the metrics score.
 */
final class SelfTestsVerifier implements Verifier {
    static final String SPEC = "self-tests";
    static final String PREFIX = "self-tests: ";
    static final String NONE_WRITTEN = PREFIX + "the agent wrote no tests";

    private final Map<String, byte[]> tests; // null until bound to a sample

    SelfTestsVerifier() {
        this(null);
    }

    private SelfTestsVerifier(Map<String, byte[]> tests) {
        this.tests = tests;
    }

    @Override
    public Verifier forSample(Sample sample) {
        return new SelfTestsVerifier(sample.writeTests());
    }

    /**
     * The agent's tests among its workspace after the test-writing turn: files the pristine task lacks, and visible
     * test files whose content it changed; never a pristine workspace file (the code under test), a lock file the
     * toolchain wrote, or build output (already left out of {@code workspace}).
     */
    static Map<String, byte[]> written(Task task, Map<String, byte[]> workspace) {
        Map<String, byte[]> pristine = TaskFiles.readBytes(task.workspace());
        Map<String, byte[]> visible = TaskFiles.readBytes(task.visibleTests());
        Map<String, byte[]> out = new TreeMap<>();
        workspace.forEach((path, content) -> {
            if (WorkspaceFlags.isLockFile(path)) return;
            if (visible.containsKey(path) ? !Arrays.equals(visible.get(path), content) : !pristine.containsKey(path)) {
                out.put(path, content);
            }
        });
        return out;
    }

    @Override
    public Verdict verify(Sandbox sandbox, Attempt attempt) {
        if (tests == null) throw new IllegalStateException("self-tests verifier used before its sample's tests were written");
        if (tests.isEmpty()) {
            return new Verdict(false, new ExecResult(1, NONE_WRITTEN, "", false, false, Duration.ZERO, true), NONE_WRITTEN);
        }
        Task task = attempt.task();
        VisibleTestsVerifier.restoreProtected(sandbox, task);
        Set<String> present = new HashSet<>(sandbox.listFiles(""));
        Map<String, byte[]> displaced = sandbox.readBytes(tests.keySet().stream().filter(present::contains).toList());
        Map<String, byte[]> visible = TaskFiles.readBytes(task.visibleTests());
        visible.keySet().stream().filter(p -> !tests.containsKey(p) && present.contains(p)).forEach(sandbox::deleteFile);
        tests.forEach(sandbox::writeBytes);
        ExecResult run;
        try {
            run = sandbox.exec(task.testCommand(), task.timeout());
        } finally {
            // the workspace as the round left it: the candidate's files back, the agent's tests gone, the visible tests in
            for (String path : tests.keySet()) {
                if (displaced.containsKey(path)) sandbox.writeBytes(path, displaced.get(path));
                else if (!visible.containsKey(path)) sandbox.deleteFile(path);
            }
            visible.forEach(sandbox::writeBytes);
        }
        Verdict v = Verdict.judge(task.testCommand(), run, Optional.empty());
        return new Verdict(v.passed(), v.run(), v.passed() ? "" : PREFIX + v.reason());
    }

    @Override
    public UserMessage repairPrompt(Verdict verdict) {
        return Prompts.repairSelfTests(verdict);
    }

    @Override
    public String spec() {
        return SPEC;
    }
}
