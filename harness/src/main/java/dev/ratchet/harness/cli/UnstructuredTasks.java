package dev.ratchet.harness.cli;

import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.ResultChannel;

import java.io.PrintWriter;
import java.util.List;

/**
 * The tasks whose test command reports no per-test results (a custom {@code test_command} without a
 * {@code test_report}): their grade is the command's exit code alone, which candidate code can force. Said
 * once per {@code run} and {@code tasks validate}, never silently; nothing when every task reports.
 */
final class UnstructuredTasks {
    private UnstructuredTasks() {}

    static void note(PrintWriter out, List<Task> tasks) {
        List<String> ids = tasks.stream().filter(t -> !ResultChannel.reportsOn(t.testCommand())).map(Task::id).toList();
        if (ids.isEmpty()) return;
        List<String> shown = ids.stream().limit(5).toList();
        out.printf("warning: %d task%s graded by exit code alone (%s%s): code that makes the test command exit 0 passes;"
                        + " give a custom test_command a test_report (docs/task-formats.md)%n",
                ids.size(), ids.size() == 1 ? " is" : "s are", String.join(", ", shown),
                ids.size() > shown.size() ? " and " + (ids.size() - shown.size()) + " more" : "");
    }
}
