package dev.ratchet.results.html;

import dev.ratchet.results.FlakyTasks;
import dev.ratchet.results.InvalidTasks;

/**
 * The page's "Flaky tasks" section: a table of the flaky tasks of the run, or one sentence saying
 * there are none or that it is unknown. The rows of the sample table get their marker in the
 * browser, from {@code metrics.flaky_tasks} in the page's data.
 */
final class FlakySection {
    private FlakySection() {}

    static String render(FlakyTasks f) {
        StringBuilder out = new StringBuilder("<h2>Flaky tasks</h2>\n");
        if (!f.known()) {
            String why = f.validation().isEmpty() ? "the suite has not been validated"
                    : "the suite was validated without <code>--repeat</code>";
            return out.append("<p class=\"note\">Unknown: ").append(why)
                    .append(". Run <code>ratchet tasks validate --repeat N</code>.</p>\n").toString();
        }
        String scope = f.checkedTasks() + " of " + f.runTasks() + " tasks of this run checked by repeated runs"
                + " of the reference (validated " + f.validation().get().content().validatedAt() + ")";
        if (f.tasks().isEmpty()) {
            return out.append("<p class=\"note\">None: ").append(Svg.escape(scope)).append(".</p>\n").toString();
        }
        out.append("<p class=\"note\">The reference solution of these tasks passed the hidden tests only some of the"
                        + " time, so their success here measures the test as much as the agent. ")
                .append(Svg.escape(scope)).append(".</p>\n");
        out.append("<table class=\"flaky-tasks\"><thead><tr><th>task</th><th>reference passed hidden tests</th>"
                + "<th>this run</th></tr></thead><tbody>\n");
        for (FlakyTasks.FlakyTask t : f.tasks()) {
            out.append("<tr><td>").append(Svg.escape(t.task())).append(" <span class=\"chip flaky\">flaky</span></td><td>")
                    .append(t.referenceHiddenPasses()).append('/').append(t.referenceRuns()).append("</td><td>")
                    .append(t.runSummary()).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    /** The tasks the validation marks invalid, after the flaky ones (the other way a task's numbers mislead); empty if none. */
    static String renderInvalid(InvalidTasks invalid) {
        if (invalid.isEmpty()) return "";
        StringBuilder out = new StringBuilder("<h2>Invalid tasks</h2>\n<p class=\"note\">")
                .append(invalid.included() ? "Counted in every rate (the run was started with <code>--include-invalid</code>)."
                        : "Excluded from every rate (<code>--include-invalid</code> counts them).")
                .append(" The saved validation marks them invalid.</p>\n")
                .append("<table class=\"flaky-tasks\"><thead><tr><th>task</th><th>why</th></tr></thead><tbody>\n");
        for (InvalidTasks.Entry e : invalid.tasks()) {
            out.append("<tr><td>").append(Svg.escape(e.task())).append("</td><td>").append(Svg.escape(e.reason())).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }
}
