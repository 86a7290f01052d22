package dev.ratchet.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The report's flaky-task section: tasks of this run whose reference solution passed the hidden
 * tests in some but not all of the repeated runs of {@code ratchet tasks validate --repeat N}, next
 * to how each did in this run. A hidden test that flips on the reference flips on a right answer
 * too, so such a task's success measures the test as much as the agent.
 *
 * @param validation   the findings the section is based on; empty if the suite was never validated
 * @param runTasks     tasks with at least one result in this run
 * @param checkedTasks of those, how many were validated with repeated runs
 */
public record FlakyTasks(Optional<ValidationFile> validation, int runTasks, int checkedTasks, List<FlakyTask> tasks) {

    /** A flaky task: its reference's hidden passes over repeated runs, and its graded samples in this run. */
    public record FlakyTask(String task, int referenceRuns, int referenceHiddenPasses, int runSamples, int runPassed) {
        /** How the task did in this run, in words, as both the terminal and the HTML report show it. */
        public String runSummary() {
            return runSamples == 0 ? "no graded sample" : runPassed + "/" + runSamples + " samples passed";
        }
    }

    public FlakyTasks {
        tasks = List.copyOf(tasks);
    }

    public static FlakyTasks of(Optional<ValidationFile> validation, List<SampleResult> results) {
        Set<String> runTasks = new LinkedHashSet<>();
        results.forEach(r -> runTasks.add(r.task()));
        if (validation.isEmpty()) return new FlakyTasks(validation, runTasks.size(), 0, List.of());
        SuiteValidation findings = validation.get().content();
        int checked = 0;
        List<FlakyTask> flaky = new ArrayList<>();
        for (String task : runTasks) {
            Optional<SuiteValidation.TaskValidation> v = findings.task(task).filter(SuiteValidation.TaskValidation::repeated);
            if (v.isEmpty()) continue;
            checked++;
            if (!v.get().flaky()) continue;
            List<SampleResult> graded = results.stream().filter(r -> r.task().equals(task) && r.outcome() != Outcome.ERROR).toList();
            int passed = (int) graded.stream().filter(r -> r.outcome() == Outcome.PASSED).count();
            flaky.add(new FlakyTask(task, v.get().runs(), v.get().hiddenPasses(), graded.size(), passed));
        }
        return new FlakyTasks(validation, runTasks.size(), checked, flaky);
    }

    /** Whether flakiness is known for any task of the run: validated, and with repeated runs. */
    public boolean known() {
        return checkedTasks > 0;
    }

    /** The terminal section; one line when nothing is known. */
    public String render() {
        String hint = "run `ratchet tasks validate --repeat N`";
        if (validation.isEmpty()) return "flaky tasks: unknown — " + hint + "\n";
        if (!known()) return "flaky tasks: unknown — validated without --repeat; " + hint + "\n";
        StringBuilder out = new StringBuilder();
        String when = validation.get().content().validatedAt();
        out.append(tasks.isEmpty() ? "flaky tasks: none" : "flaky tasks: " + tasks.size())
                .append(" of ").append(checkedTasks).append(" checked tasks (validated ").append(when).append(")\n");
        for (FlakyTask t : tasks) {
            out.append(String.format(Locale.ROOT, "  %-28s reference %d/%d · this run %s%n", t.task(), t.referenceHiddenPasses(),
                    t.referenceRuns(), t.runSummary()));
        }
        if (checkedTasks < runTasks) {
            out.append("  (").append(runTasks - checkedTasks).append(" of ").append(runTasks)
                    .append(" tasks of this run not validated with --repeat)\n");
        }
        return out.toString();
    }
}
