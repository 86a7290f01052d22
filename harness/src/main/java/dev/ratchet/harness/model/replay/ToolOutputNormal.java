package dev.ratchet.harness.model.replay;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a replayed request is compared on: the text with the parts that change from run to run and
 * that a model's next step cannot sensibly depend on blanked out — durations, clock times, temp and
 * sandbox paths, pids, hex nonces and identity hashes — and whitespace runs collapsed. Counts and
 * values that tests print ({@code 3 passed}, {@code expected 12 but was 13}) are kept.
 */
final class ToolOutputNormal {
    private record Rule(Pattern pattern, String replacement) {}

    private static final String UNIT = "(?:ns|µs|us|ms|s|sec|secs|seconds?|m|min|minutes?)";
    // Order matters: whole timestamps before their numbers, durations before bare decimals.
    private static final List<Rule> RULES = List.of(
            rule("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?", "<time>"),
            rule("\\b\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?\\b", "<time>"),
            rule("(?:/private)?(?:/var)?/tmp/[^\\s/:'\"]+", "/tmp/_"),
            rule("\\bratchet-\\d+-[\\w.-]+", "ratchet-_"),
            rule("(?i)\\bpid[ =:#]*\\d+", "pid _"),
            rule("@[0-9a-fA-F]{4,}\\b", "@<hex>"),
            // a token of 8+ hex digits holding both a digit and a letter: nonces, ids, hashes
            rule("\\b(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\\b", "<hex>"),
            rule("\\b\\d+(?:\\.\\d+)?\\s?" + UNIT + "\\b", "<dur>"),
            rule("\\d+\\.\\d+", "#"),
            rule("[ \\t\\x0B\\f\\r]+", " "));

    private ToolOutputNormal() {}

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex), replacement);
    }

    /** One line (or a whole text) as it is compared. */
    static String line(String s) {
        if (s == null) return "";
        for (Rule r : RULES) s = r.pattern().matcher(s).replaceAll(r.replacement());
        return s.strip();
    }

    /** The non-blank lines of {@code s}, each normalised: equal lists mean the texts count as the same. */
    static List<String> lines(String s) {
        if (s == null) return List.of();
        return s.lines().map(ToolOutputNormal::line).filter(l -> !l.isEmpty()).toList();
    }
}
