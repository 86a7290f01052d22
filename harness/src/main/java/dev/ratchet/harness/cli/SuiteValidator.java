package dev.ratchet.harness.cli;

import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.TaskValidator;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop of {@code tasks validate}: each task checked, printed and saved as soon as it is done; a
 * sandbox fault on one task is that task's error, and the others are still validated.
 */
final class SuiteValidator {
    private final TaskValidator validator;
    private final ValidationRecorder recorder;
    private final int repeat;
    private final PrintWriter out;

    SuiteValidator(TaskValidator validator, ValidationRecorder recorder, int repeat, PrintWriter out) {
        this.validator = validator;
        this.recorder = recorder;
        this.repeat = repeat;
        this.out = out;
    }

    /** The exit code: 0 when every task is valid, none flaky and none in error. */
    int validate(List<Task> tasks) {
        int bad = 0;
        List<String> errors = new ArrayList<>();
        List<TaskValidator.Stability> flaky = new ArrayList<>();
        for (Task t : tasks) {
            TaskValidator.Report r;
            TaskValidator.Stability st;
            try {
                r = validator.validate(t);
                st = repeat > 1 ? validator.stability(t, repeat) : null;
            } catch (SandboxException e) {
                // One task's sandbox fault is that task's error; the other tasks are still worth validating.
                String error = "sandbox: " + e.getMessage();
                recorder.recordError(t, error);
                out.printf("%-5s %s%n       ✗ %s%n", "ERROR", t.id(), error);
                out.flush();
                errors.add(t.id());
                continue;
            }
            recorder.record(t, r, st);
            boolean isFlaky = st != null && st.flaky();
            out.printf("%-5s %s%s%n", !r.passed() ? "FAIL" : isFlaky ? "FLAKY" : "ok", t.id(),
                    st == null ? "" : String.format("  (reference passed hidden tests %d/%d)", st.passed(), st.runs()));
            for (TaskValidator.Check c : r.checks()) {
                if (!c.passed()) out.printf("       ✗ %s: %s%n", c.name(), c.detail());
            }
            ExampleNotes.task(out, t);
            out.flush();
            if (!r.passed()) bad++;
            if (isFlaky) flaky.add(st);
        }
        out.printf("%d of %d tasks valid%s%n", tasks.size() - bad - errors.size(), tasks.size(),
                errors.isEmpty() ? "" : "; " + errors.size() + " could not be validated (sandbox errors): " + String.join(", ", errors));
        ExampleNotes.total(out, tasks);
        UnstructuredTasks.note(out, tasks);
        if (!flaky.isEmpty()) {
            out.println("flaky tasks (hidden result changes between identical runs of the reference):");
            flaky.forEach(f -> out.printf("  %s  %d/%d passed%n", f.taskId(), f.passed(), f.runs()));
        }
        return bad == 0 && errors.isEmpty() && flaky.isEmpty() ? 0 : 1;
    }
}
