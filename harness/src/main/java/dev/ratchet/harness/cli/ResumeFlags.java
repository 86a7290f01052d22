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
