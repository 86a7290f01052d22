package dev.ratchet.harness.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.ratchet.harness.retrieval.RetrievalWorkspaces;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A Java regular expression over the workspace's text files: {@code path:line: text}, bounded. */
public final class GrepTool implements Tool {
    static final int MAX_MATCHES = 60;
    static final int MAX_CHARS = 10_000;
    /** A pathological pattern (catastrophic backtracking) is stopped after this long. */
    static final long BUDGET_MS = 3_000;

    private final RetrievalWorkspaces workspaces;

    public GrepTool(RetrievalWorkspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public ToolSpecification spec() {
        return ToolSpecification.builder()
                .name("grep")
                .description("Search the workspace's text files line by line with a Java regular expression. "
                        + "Returns path:line: text, at most " + MAX_MATCHES + " matches.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("pattern", "regular expression, e.g. 'def \\\\w*retry'")
                        .addStringProperty("path", "only files whose path starts with this prefix (default: all)")
                        .addBooleanProperty("ignore_case", "match case-insensitively (default false)")
                        .required("pattern")
                        .build())
                .build();
    }

    @Override
    public ToolResult run(JsonNode args, ToolContext ctx) {
        String regex = Args.string(args, "pattern");
        String prefix = Args.optionalString(args, "path", "");
        boolean ignoreCase = args.path("ignore_case").asBoolean(false);
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new ToolError("invalid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
        RetrievalCall call = new RetrievalCall(workspaces, "grep", ctx);
        call.refresh = call.index.refresh(ctx.sandbox());
        long deadline = System.nanoTime() + BUDGET_MS * 1_000_000;
        StringBuilder out = new StringBuilder();
        int matches = 0;
        String cut = null;
        scan:
        for (Map.Entry<String, String> f : call.index.files().entrySet()) {
            if (!f.getKey().startsWith(prefix)) continue;
            String[] lines = f.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = pattern.matcher(new Deadline(lines[i], deadline));
                boolean found;
                try {
                    found = m.find();
                } catch (Deadline.Expired e) {
                    cut = "[stopped after " + BUDGET_MS + " ms: the pattern is too slow; simplify it]";
                    break scan;
                }
                if (!found) continue;
                if (matches == MAX_MATCHES || out.length() > MAX_CHARS) {
                    cut = "[cut at " + matches + " matches; narrow the pattern or give a path prefix]";
                    break scan;
                }
                matches++;
                out.append(f.getKey()).append(':').append(i + 1).append(": ").append(RetrievalCall.clip(lines[i])).append('\n');
            }
        }
        if (matches == 0 && cut == null) return call.done(regex, 0, false, "no matches for /" + regex + "/");
        if (cut != null) out.append(cut).append('\n');
        return call.done(regex, matches, cut != null, out.toString());
    }

    /** A CharSequence that gives up once the deadline passes, so a runaway regex cannot hang the loop. */
    private record Deadline(CharSequence s, long deadlineNanos) implements CharSequence {
        static final class Expired extends RuntimeException {
            Expired() { super(null, null, false, false); }
        }

        @Override
        public char charAt(int index) {
            if ((index & 0xFF) == 0 && System.nanoTime() > deadlineNanos) throw new Expired();
            return s.charAt(index);
        }

        @Override
        public int length() { return s.length(); }

        @Override
        public CharSequence subSequence(int start, int end) { return new Deadline(s.subSequence(start, end), deadlineNanos); }

        @Override
        public String toString() { return s.toString(); }
    }
}
