package dev.ratchet.harness.cli;

import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.formats.ExampleSelection;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * What {@code tasks list} and {@code tasks validate} say about the docstring examples a loader turned
 * into visible tests (HumanEval): per task the dropped examples and why, or that it has no visible
 * tests; then a total. Silent for suites without such a selection.
 */
final class ExampleNotes {
    private ExampleNotes() {}

    static void task(PrintWriter out, Task task) {
        Optional<ExampleSelection> found = ExampleSelection.of(task);
        if (found.isEmpty()) return;
        ExampleSelection s = found.get();
        if (s.unchecked() != null) out.printf("       no visible tests: %s%n", s.unchecked());
        else if (s.noVisibleTests()) out.printf("       no visible tests: the docstring has no usable example%n");
        if (s.unchecked() != null) return;
        for (ExampleSelection.Dropped d : s.dropped()) {
            out.printf("       dropped example (line %d) %s: %s%n", d.line(), d.text().replace("\n", " ⏎ "), d.reason());
        }
    }

    static void total(PrintWriter out, List<Task> tasks) {
        List<ExampleSelection> all = tasks.stream().map(ExampleSelection::of).flatMap(Optional::stream).toList();
        if (all.isEmpty()) return;
        int kept = all.stream().mapToInt(s -> s.kept().size()).sum();
        int dropped = all.stream().mapToInt(s -> s.dropped().size()).sum();
        long withDropped = all.stream().filter(s -> !s.dropped().isEmpty()).count();
        long none = all.stream().filter(ExampleSelection::noVisibleTests).count();
        out.printf("docstring examples: %d kept as visible tests, %d dropped (in %d tasks); %d tasks have no visible tests%n",
                kept, dropped, withDropped, none);
    }
}
