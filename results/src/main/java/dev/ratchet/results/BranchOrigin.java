package dev.ratchet.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a branch run ({@code ratchet branch}) forked from: the parent run, its task and sample, and the step
 * (the Nth model reply of that sample, as {@code ratchet show} numbers them) after which the continuation takes
 * over, with the round that step is in. Stored in run.json's config under {@link #KEY}; every sample of the run
 * replays steps 1..{@code fromStep} of that one parent sample.
 */
public record BranchOrigin(String parentRun, String parentDir, String task, int sample, int fromStep, int round) {

    public static final String KEY = "branch";

    public Map<String, Object> toConfig() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("parent_run", parentRun);
        c.put("parent_dir", parentDir);
        c.put("task", task);
        c.put("sample", sample);
        c.put("from_step", fromStep);
        c.put("round", round);
        return c;
    }

    /** The origin a run.json records; empty for a run that is not a branch. */
    public static Optional<BranchOrigin> of(RunInfo info) {
        if (info == null || !(info.config().get(KEY) instanceof Map<?, ?> m)) return Optional.empty();
        return Optional.of(new BranchOrigin(String.valueOf(m.get("parent_run")), String.valueOf(m.get("parent_dir")),
                String.valueOf(m.get("task")), num(m.get("sample")), num(m.get("from_step")), num(m.get("round"))));
    }

    private static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }

    /** One line for headers: {@code branch of run R (task T sample S) after step N (round r)}. */
    public String describe() {
        return "branch of run " + parentRun + " (task " + task + " sample " + sample + ") after step " + fromStep
                + " (round " + round + ")";
    }
}
