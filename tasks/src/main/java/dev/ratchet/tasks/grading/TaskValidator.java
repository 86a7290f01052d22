package dev.ratchet.tasks.grading;

import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * {@code visibleTests}/{@code gradedTests}: the ids of the tests the reference passed in the verifier's and
     * the grader's runs, when the test command reports per-test results (else empty): what later runs must pass.
     */
    public record Report(String taskId, List<Check> checks, Set<String> visibleTests, Set<String> gradedTests) {
        public Report {
            visibleTests = Set.copyOf(visibleTests);
            gradedTests = Set.copyOf(gradedTests);
        }

        public Report(String taskId, List<Check> checks) {
            this(taskId, checks, Set.of(), Set.of());
        }

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
            if (judge(task, runTests(spec, task)).passed()) passed++;
        }
        return new Stability(task.id(), runs, passed);
    }

    public Report validate(Task task) {
        List<Check> checks = new ArrayList<>();
        Set<String> visibleIds = Set.of();
        Set<String> gradedIds = Set.of();
        if (task.reference().isEmpty()) {
            checks.add(new Check(REFERENCE_PRESENT, false, "task has no reference solution"));
        } else {
            SandboxSpec withRef = new SandboxSpec(
                    List.of(task.workspace(), task.reference().get(), task.visibleTests()),
                    java.util.Map.of(), task.image(), task.id() + "#validate");
            ExecResult visibleRun = runTests(withRef, task);
            Verdict visible = judge(task, visibleRun);
            checks.add(check(REFERENCE_PASSES_VISIBLE, visible));
            ExecResult hiddenRun = runTests(withRef.withLayer(task.hiddenTests()), task);
            Verdict hidden = judge(task, hiddenRun);
            checks.add(check(REFERENCE_PASSES_HIDDEN, hidden));
            if (visible.passed()) visibleIds = passedIds(visibleRun);
            if (hidden.passed()) gradedIds = passedIds(hiddenRun);
        }
        Verdict untouched = judge(task, runTests(TaskFiles.graderSpec(task, task.id() + "#validate"), task));
        // A test command that cannot start fails everything; that says nothing about the untouched workspace.
        boolean started = untouched.run().started();
        checks.add(new Check(UNTOUCHED_FAILS_HIDDEN, started && !untouched.passed(),
                untouched.passed() || !started ? detail(untouched) : ""));
        return new Report(task.id(), checks, visibleIds, gradedIds);
    }

    /** A reference run is judged like any other, except that the tests it must pass are what it is here to learn. */
    private static Verdict judge(Task task, ExecResult run) {
        // validation reports a command that cannot start as a failed check, where a grade would be ERROR
        if (!run.started()) return new Verdict(false, run, Verdict.NOT_STARTED + " (exit " + run.exitCode() + ")");
        return Verdict.judge(task.testCommand(), run, Optional.empty());
    }

    private static Set<String> passedIds(ExecResult run) {
        return ResultChannel.read(run).map(r -> r.ids(TestReport.Status.PASSED)).orElse(Set.of());
    }

    private ExecResult runTests(SandboxSpec spec, Task task) {
        try (Sandbox sandbox = sandboxes.create(spec)) {
            return sandbox.exec(task.testCommand(), task.timeout());
        }
    }

    private static Check check(String name, Verdict v) {
        return new Check(name, v.passed(), v.passed() ? "" : detail(v));
    }

    private static String detail(Verdict v) {
        ExecResult r = v.run();
        return "exit " + r.exitCode() + (r.timedOut() ? " (timed out)" : "")
                + (v.reason().isEmpty() || v.reason().equals(Verdict.UNSTRUCTURED) ? "" : " (" + v.reason() + ")")
                + ": " + tail(r.combinedOutput(), 600);
    }

    static String tail(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : "…" + t.substring(t.length() - max);
    }
}
