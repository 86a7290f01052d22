package dev.ratchet.harness.cli;

import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.Verifiers;
import dev.ratchet.harness.run.Shard;
import dev.ratchet.results.InvalidTasks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that decides what a run does, as given on the command line; stored in run.json's
 * config so that {@code --resume} repeats the run exactly.
 */
record RunSettings(String suite, String format, String model, String tools, int rounds, RetryPolicy policy, int samples, int stepCap,
                   String tasks, int maxTasks, Shard shard, boolean includeInvalid, String verifier) {

    /** The config key of the {@code --verifier} spec; runs recorded before it existed used {@code visible}. */
    static final String VERIFIER_KEY = "verifier";

    /** The config key of the sandbox kind the run used (docker, bwrap, local), which --resume chooses again. */
    static final String SANDBOX_KEY = "sandbox";
    /** The config key of the Docker image ids (name → sha256) a Docker run graded with. */
    static final String IMAGES_KEY = "image_ids";
    /** The config key of the tasks' test-run timeouts: seconds → how many of the run's tasks have it. */
    static final String TIMEOUTS_KEY = "test_timeouts_s";

    /** What {@link #TIMEOUTS_KEY} records for these tasks. */
    static Map<String, Integer> testTimeouts(java.util.List<dev.ratchet.tasks.Task> tasks) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (var t : tasks) counts.merge(Long.toString(t.timeout().toSeconds()), 1, Integer::sum);
        return counts;
    }

    RunSettings {
        if (rounds < 1) throw new UserError("--rounds must be at least 1");
        if (samples < 1) throw new UserError("--samples must be at least 1");
        if (stepCap < 1) throw new UserError("--step-cap must be at least 1");
        if (maxTasks < 0) throw new UserError("--max-tasks must not be negative");
    }

    Map<String, Object> toConfig() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("suite", suite);
        if (format != null) c.put("format", format);
        c.put("model", model);
        c.put("tools", tools);
        c.put("rounds", rounds);
        c.put("policy", policy.label());
        c.put("samples", samples);
        c.put("step_cap", stepCap);
        if (tasks != null) c.put("tasks_glob", tasks);
        if (maxTasks > 0) c.put("max_tasks", maxTasks);
        c.put("shard", shard.toString());
        if (includeInvalid) c.put(InvalidTasks.INCLUDE_KEY, true);
        c.put(VERIFIER_KEY, verifier);
        return c;
    }

    static RunSettings fromConfig(Map<String, Object> c) {
        try {
            return new RunSettings((String) c.get("suite"), (String) c.get("format"), (String) c.get("model"),
                    (String) c.getOrDefault("tools", "standard"), num(c, "rounds"),
                    UserError.parsing(() -> RetryPolicy.parse((String) c.get("policy"))), num(c, "samples"), num(c, "step_cap"),
                    (String) c.get("tasks_glob"), c.containsKey("max_tasks") ? num(c, "max_tasks") : 0,
                    Shard.parse(String.valueOf(c.getOrDefault("shard", "1/1"))),
                    Boolean.TRUE.equals(c.get(InvalidTasks.INCLUDE_KEY)),
                    (String) c.getOrDefault(VERIFIER_KEY, Verifiers.DEFAULT));
        } catch (ClassCastException | NullPointerException e) {
            throw new UserError("run.json has no usable run settings (" + e.getMessage() + ")");
        }
    }

    private static int num(Map<String, Object> c, String key) {
        Object v = c.get(key);
        if (!(v instanceof Number n)) throw new UserError("run.json: config '" + key + "' missing or not a number");
        return n.intValue();
    }
}
