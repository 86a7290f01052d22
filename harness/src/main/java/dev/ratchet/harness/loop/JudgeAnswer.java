package dev.ratchet.harness.loop;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A judge's answer, in the one format {@link Prompts#JUDGE_SYSTEM} asks for: two lines, blank lines and surrounding
 * spaces aside,
 * <pre>
 * VERDICT: ACCEPT        (or REJECT; the keywords in any case)
 * REASON: one sentence   (not empty)
 * </pre>
 * Anything else (a code fence, a preamble, a third line, a verdict that is neither word) is malformed: nothing is
 * guessed from prose, so a judge is scored on what it said.
 */
public record JudgeAnswer(boolean accept, String reason) {

    public static Optional<JudgeAnswer> parse(String text) {
        if (text == null) return Optional.empty();
        List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() != 2) return Optional.empty();
        String verdict = value(lines.get(0), "VERDICT");
        String reason = value(lines.get(1), "REASON");
        if (verdict == null || reason == null || reason.isEmpty()) return Optional.empty();
        return switch (verdict.toUpperCase(Locale.ROOT)) {
            case "ACCEPT" -> Optional.of(new JudgeAnswer(true, reason));
            case "REJECT" -> Optional.of(new JudgeAnswer(false, reason));
            default -> Optional.empty();
        };
    }

    /** The answer as a judge writes it (the simulated judge does). */
    public static String format(boolean accept, String reason) {
        return "VERDICT: " + (accept ? "ACCEPT" : "REJECT") + "\nREASON: " + reason;
    }

    private static String value(String line, String key) {
        int colon = line.indexOf(':');
        if (colon < 0 || !line.substring(0, colon).strip().equalsIgnoreCase(key)) return null;
        return line.substring(colon + 1).strip();
    }
}
