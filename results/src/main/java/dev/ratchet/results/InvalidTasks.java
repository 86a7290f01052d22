package dev.ratchet.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tasks of a run that the suite's saved validation ({@code tasks validate}) marks invalid: the
 * reference fails, or the untouched workspace already passes. Their samples would measure the task,
 * not the agent, so they are in no rate unless the run was started with {@code --include-invalid}
 * ({@code included}). {@code run} records the tasks it left out in run.json's config
 * ({@link #EXCLUDED_KEY}); a validation made after the run also counts.
 */
public record InvalidTasks(boolean included, List<Entry> tasks) {

    /** run.json config keys: the ids {@code run} left out, and whether it was asked to keep them. */
    public static final String EXCLUDED_KEY = "excluded_invalid";
    public static final String INCLUDE_KEY = "include_invalid";

    public record Entry(String task, String reason) {}

    public InvalidTasks {
        tasks = List.copyOf(tasks);
    }

    public static InvalidTasks of(RunInfo info, Optional<ValidationFile> validation, List<SampleResult> results) {
        Map<String, Object> config = info == null ? Map.of() : info.config();
        Set<String> ids = new LinkedHashSet<>();
        if (config.get(EXCLUDED_KEY) instanceof List<?> excluded) excluded.forEach(id -> ids.add(String.valueOf(id)));
        Set<String> leftOut = Set.copyOf(ids);
        results.forEach(r -> ids.add(r.task()));
        List<Entry> out = new ArrayList<>();
        for (String id : ids) {
            Optional<String> reason = validation.flatMap(v -> v.content().task(id)).flatMap(SuiteValidation.TaskValidation::invalidReason);
            if (reason.isPresent()) out.add(new Entry(id, reason.get()));
            else if (leftOut.contains(id)) out.add(new Entry(id, "marked invalid when the run started"));
        }
        return new InvalidTasks(Boolean.TRUE.equals(config.get(INCLUDE_KEY)), out);
    }

    public boolean isEmpty() {
        return tasks.isEmpty();
    }

    /** The ids to leave out of every rate: none when the run included them. */
    public Set<String> excluded() {
        Set<String> out = new LinkedHashSet<>();
        if (!included) tasks.forEach(t -> out.add(t.task()));
        return out;
    }

    /** The results that count: without the excluded tasks' samples. */
    public List<SampleResult> counted(List<SampleResult> results) {
        Set<String> out = excluded();
        return out.isEmpty() ? results : results.stream().filter(r -> !out.contains(r.task())).toList();
    }

    /** The terminal section; empty when no task is invalid. */
    public String render() {
        if (tasks.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "invalid tasks (saved validation): %d, %s%n", tasks.size(),
                included ? "counted in every rate (--include-invalid)" : "excluded from every rate (--include-invalid counts them)"));
        for (Entry e : tasks) out.append(String.format(Locale.ROOT, "  %-28s %s%n", e.task(), e.reason()));
        return out.toString();
    }
}
