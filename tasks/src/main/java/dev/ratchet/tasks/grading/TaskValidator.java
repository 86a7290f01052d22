package dev.ratchet.tasks.grading;

import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a task is gradeable: the reference passes the visible and the hidden tests, and the
 * untouched workspace fails the hidden tests (otherwise a do-nothing agent would score).
 */
public final class TaskValidator {

    public static final String REFERENCE_PRESENT = "reference present";
    public static final String REFERENCE_PASSES_VISIBLE = "reference passes visible tests";
    public static final String REFERENCE_PASSES_HIDDEN = "reference passes hidden tests";
    public static final String UNTOUCHED_FAILS_HIDDEN = "untouched workspace fails hidden tests";

    public record Check(String name, boolean passed, String detail) {}

    public record Report(String taskId, List<Check> checks) {
        public boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }

        /** Whether the reference solution passed both the visible and the hidden tests. */
        public boolean referencePassed() {
            return passed(REFERENCE_PASSES_VISIBLE) && passed(REFERENCE_PASSES_HIDDEN);
        }

        private boolean passed(String check) {
            return checks.stream().anyMatch(c -> c.name().equals(check) && c.passed());
        }
    }

    private final SandboxFactory sandboxes;

    public TaskValidator(SandboxFactory sandboxes) {
        this.sandboxes = sandboxes;
    }

    /** How often the reference passed the hidden tests when run {@code runs} times; flaky if neither 0 nor all. */
    public record Stability(String taskId, int runs, int passed) {
        public boolean flaky() {
            return passed != 0 && passed != runs;
        }
    }

    /** Runs the reference against the hidden tests {@code runs} times, each in a fresh sandbox. */
    public Stability stability(Task task, int runs) {
        if (task.reference().isEmpty()) return new Stability(task.id(), 0, 0);
        SandboxSpec spec = new SandboxSpec(List.of(task.workspace(), task.reference().get(), task.visibleTests(),
                task.hiddenTests()), java.util.Map.of(), task.image(), task.id() + "#repeat");
        int passed = 0;
        for (int i = 0; i < runs; i++) {
            if (runTests(spec, task).succeeded()) passed++;
        }
        return new Stability(task.id(), runs, passed);
    }

    public Report validate(Task task) {
        List<Check> checks = new ArrayList<>();
        if (task.reference().isEmpty()) {
            checks.add(new Check(REFERENCE_PRESENT, false, "task has no reference solution"));
        } else {
            SandboxSpec withRef = new SandboxSpec(
                    List.of(task.workspace(), task.reference().get(), task.visibleTests()),
                    java.util.Map.of(), task.image(), task.id() + "#validate");
            ExecResult visible = runTests(withRef, task);
            checks.add(check(REFERENCE_PASSES_VISIBLE, visible.succeeded(), visible));
            ExecResult hidden = runTests(withRef.withLayer(task.hiddenTests()), task);
            checks.add(check(REFERENCE_PASSES_HIDDEN, hidden.succeeded(), hidden));
        }
        ExecResult untouched = runTests(TaskFiles.graderSpec(task, task.id() + "#validate"), task);
        // A test command that cannot start fails everything; that says nothing about the untouched workspace.
        checks.add(check(UNTOUCHED_FAILS_HIDDEN, untouched.started() && !untouched.succeeded(), untouched));
        return new Report(task.id(), checks);
    }

    private ExecResult runTests(SandboxSpec spec, Task task) {
        try (Sandbox sandbox = sandboxes.create(spec)) {
            return sandbox.exec(task.testCommand(), task.timeout());
        }
    }

    private static Check check(String name, boolean ok, ExecResult r) {
        String detail = ok ? "" : (r.started() ? "" : "the test command could not be started: ") + "exit " + r.exitCode()
                + (r.timedOut() ? " (timed out)" : "")
                + ": " + tail(r.combinedOutput(), 600);
        return new Check(name, ok, detail);
    }

    static String tail(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : "…" + t.substring(t.length() - max);
    }
}
