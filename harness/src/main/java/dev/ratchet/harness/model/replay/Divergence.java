package dev.ratchet.harness.model.replay;

import dev.ratchet.results.TraceEvent;

import java.util.List;
import java.util.Objects;

/** Says where a replayed message first differs from the recorded one: role, tool call, or the first differing line of both. */
final class Divergence {
    private static final int WIDTH = 120;

    private Divergence() {}

    static String describe(TraceEvent.Message want, TraceEvent.Message got) {
        if (want == null) return "recorded nothing, now " + got.role() + " " + quote(first(got));
        if (got == null) return "recorded " + want.role() + " " + quote(first(want)) + ", now nothing";
        if (!want.role().equals(got.role())) {
            return "recorded " + want.role() + " " + quote(first(want)) + ", now " + got.role() + " " + quote(first(got));
        }
        if (!Objects.equals(want.toolCallId(), got.toolCallId())) {
            return want.role() + " for tool call recorded " + want.toolCallId() + ", now " + got.toolCallId();
        }
        List<String> a = ToolOutputNormal.lines(want.text());
        List<String> b = ToolOutputNormal.lines(got.text());
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : null;
            String y = i < b.size() ? b.get(i) : null;
            if (!Objects.equals(x, y)) {
                int at = x == null || y == null ? 0 : commonPrefix(x, y);
                return want.role() + " line " + (i + 1) + ": recorded " + (x == null ? "no line" : quote(around(x, at)))
                        + ", now " + (y == null ? "no line" : quote(around(y, at)));
            }
        }
        return want.role() + " tool calls: recorded " + names(want) + ", now " + names(got);
    }

    private static String first(TraceEvent.Message m) {
        List<String> lines = ToolOutputNormal.lines(m.text());
        return lines.isEmpty() ? "" : around(lines.get(0), 0);
    }

    /** The line cut to {@link #WIDTH} characters around column {@code at}, where it starts to differ. */
    private static String around(String line, int at) {
        if (line.length() <= WIDTH) return line;
        int start = Math.max(0, Math.min(at - WIDTH / 4, line.length() - WIDTH));
        return (start > 0 ? "…" : "") + line.substring(start, start + WIDTH) + (start + WIDTH < line.length() ? "…" : "");
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    private static List<String> names(TraceEvent.Message m) {
        return m.toolCalls() == null ? List.of() : m.toolCalls().stream()
                .map(c -> c.name() + " " + c.arguments()).toList();
    }
}
