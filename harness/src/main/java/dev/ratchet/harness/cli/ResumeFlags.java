package dev.ratchet.harness.cli;

import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.Verifiers;
import dev.ratchet.harness.run.Shard;
import dev.ratchet.results.InvalidTasks;
import picocli.CommandLine.ParseResult;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code run --resume} repeats the run's recorded settings; a flag given with it that would change a result is
 * refused with one line rather than silently ignored. Only flags actually typed count: picocli's defaults don't.
 */
final class ResumeFlags {
    private ResumeFlags() {}

    /** Flags that change results, the run.json config key each is recorded under, and its canonical form. */
    private record Setting(String option, String key, String recordedDefault, Function<String, String> canonical) {}

    private static final Setting[] SETTINGS = {
            new Setting("--suite", "suite", null, ResumeFlags::suitePath),
            new Setting("--format", "format", null, s -> s),
            new Setting("--model", "model", null, s -> s),
            new Setting("--tools", "tools", "standard", s -> s),
            new Setting("--rounds", "rounds", null, ResumeFlags::integer),
            new Setting("--policy", "policy", null, s -> UserError.parsing(() -> RetryPolicy.parse(s)).label()),
            new Setting("--samples", "samples", null, ResumeFlags::integer),
            new Setting("--step-cap", "step_cap", null, ResumeFlags::integer),
            new Setting("--tasks", "tasks_glob", null, s -> s),
            new Setting("--max-tasks", "max_tasks", "0", ResumeFlags::integer),
            new Setting("--shard", "shard", "1/1", s -> UserError.parsing(() -> Shard.parse(s)).toString()),
            new Setting("--include-invalid", InvalidTasks.INCLUDE_KEY, "false", s -> s),
            new Setting("--sandbox", RunSettings.SANDBOX_KEY, null, s -> s),
            new Setting("--verifier", RunSettings.VERIFIER_KEY, Verifiers.DEFAULT,
                    s -> UserError.parsing(() -> Verifiers.canonical(s))),
    };

    /** Throws a {@link UserError} naming the first typed flag whose value differs from the recorded one. */
    static void refuseConflicts(ParseResult parsed, Map<String, Object> recorded) {
        for (Setting s : SETTINGS) {
            var matched = parsed.matchedOption(s.option());
            if (matched == null) continue;
            String given = String.valueOf((Object) matched.getValue());
            if (s.option().equals("--sandbox") && (given.equals("auto") || !recorded.containsKey(s.key()))) continue;
            Object value = recorded.get(s.key());
            String was = value == null ? s.recordedDefault() : value instanceof Number n ? Integer.toString(n.intValue()) : value.toString();
            if (!Objects.equals(s.canonical().apply(given), was == null ? null : s.canonical().apply(was))) {
                throw new UserError(s.option() + " " + given + " conflicts with the run's recorded "
                        + s.option().substring(2).replace('-', ' ') + " " + (was == null ? "(none)" : was)
                        + " (drop the flag to resume)");
            }
        }
    }

    /**
     * Refuses to resume (unless {@code allowed}, then says so on {@code err}) when an image the run graded with now
     * has another id: the rest of the run would be graded in a different environment than its first part.
     */
    static void refuseImageChange(Map<String, Object> recorded, Map<String, String> now, boolean allowed,
                                  java.io.PrintWriter err) {
        if (!(recorded.get(RunSettings.IMAGES_KEY) instanceof Map<?, ?> was)) return;
        for (var image : new java.util.TreeMap<>(now).entrySet()) {
            Object before = was.get(image.getKey());
            if (before == null || before.equals(image.getValue())) continue;
            String change = "image " + image.getKey() + " is " + shortId(image.getValue()) + " now, the run started with "
                    + shortId(before.toString());
            if (!allowed) {
                throw new UserError("cannot resume: " + change + " (rebuild it as it was, or pass --allow-image-change"
                        + " to grade the rest with the new image)");
            }
            err.println("ratchet: note: " + change + "; the remaining samples run in the new image (--allow-image-change)");
        }
    }

    /**
     * Refuses to resume when the tasks' test timeouts (run.json's {@link RunSettings#TIMEOUTS_KEY}) differ from
     * the recorded ones, e.g. a loader's default changed with a new Ratchet version.
     */
    static void refuseTimeoutChange(Map<String, Object> recorded, Map<String, Integer> now) {
        if (!(recorded.get(RunSettings.TIMEOUTS_KEY) instanceof Map<?, ?> was)) return;
        Map<String, Integer> before = new java.util.TreeMap<>();
        was.forEach((k, v) -> before.put(String.valueOf(k), v instanceof Number n ? n.intValue() : -1));
        if (before.equals(new java.util.TreeMap<>(now))) return;
        throw new UserError("cannot resume: the tasks' test timeouts changed since the run started (seconds → tasks: "
                + before + ", now " + new java.util.TreeMap<>(now) + ")");
    }

    /** {@code sha256:} and the first 12 hex digits, as {@code docker images} shows them. */
    private static String shortId(String id) {
        int colon = id.indexOf(':');
        return id.length() > colon + 13 ? id.substring(0, colon + 13) : id;
    }

    /** The sandbox kind a resumed run uses: the recorded one, unless the run predates recording it. */
    static String sandbox(Map<String, Object> recorded, String flag) {
        Object kind = recorded.get(RunSettings.SANDBOX_KEY);
        return kind instanceof String k ? k : flag;
    }

    private static String integer(String s) {
        try {
            return Integer.toString(Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            return s;
        }
    }

    private static String suitePath(String s) {
        return s.equals("builtin") ? s : Path.of(s).toAbsolutePath().normalize().toString();
    }
}
