package dev.ratchet.harness.cli;

import dev.ratchet.harness.run.Shard;

import java.util.List;
import java.util.Locale;

/**
 * The first line of {@code run}: what this process runs. For a shard it counts the shard's own
 * (task, sample) pairs and tasks, numbered as {@code Runner.Plan} deals them out (sample-major).
 */
record RunHeader(int tasks, int samples, Shard shard) {

    /** E.g. {@code 22 tasks × 1 sample}, or {@code 11 samples of 11 tasks, shard 1/2 of 22 tasks × 1 sample}. */
    String scope() {
        if (shard.count() == 1) return count(tasks, "task") + " × " + count(samples, "sample");
        boolean[] touched = new boolean[tasks];
        int owned = 0;
        int ordinal = 0;
        for (int sample = 0; sample < samples; sample++) {
            for (int task = 0; task < tasks; task++) {
                if (shard.owns(ordinal++)) {
                    touched[task] = true;
                    owned++;
                }
            }
        }
        int shardTasks = 0;
        for (boolean t : touched) shardTasks += t ? 1 : 0;
        return String.format(Locale.ROOT, "%s of %s, shard %s of %s × %s", count(owned, "sample"),
                count(shardTasks, "task"), shard, count(tasks, "task"), count(samples, "sample"));
    }

    /** {@code ""} for the default visible tests, else {@code " · verifier oracle (upper bound: …)"}. */
    static String verifier(dev.ratchet.harness.loop.Verifier v) {
        if (v.spec().equals(dev.ratchet.harness.loop.Verifiers.DEFAULT)) return "";
        return " · verifier " + v.spec() + v.caveat().map(c -> " (" + c + ")").orElse("");
    }

    /** {@code 1 round}, {@code 3 rounds}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static RunHeader of(List<?> tasks, int samples, Shard shard) {
        return new RunHeader(tasks.size(), samples, shard);
    }
}
