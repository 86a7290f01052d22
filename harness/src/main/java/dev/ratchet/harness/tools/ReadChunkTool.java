package dev.ratchet.harness.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.ratchet.harness.retrieval.RetrievalWorkspaces;

import java.util.List;

/**
 * Shows a line range of a file, bounded in lines and characters, and says when (part of) the range
 * was already shown earlier and the file has not changed since, so the model can stop re-reading.
 */
public final class ReadChunkTool implements Tool {
    static final int DEFAULT_LINES = 80;
    static final int MAX_LINES = 150;
    static final int MAX_CHARS = 12_000;

    private final RetrievalWorkspaces workspaces;

    public ReadChunkTool(RetrievalWorkspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public ToolSpecification spec() {
        return ToolSpecification.builder()
                .name("read_chunk")
                .description("Read lines start_line..end_line (1-based, inclusive) of a workspace file, at most "
                        + MAX_LINES + " lines. Use the path:start-end that search_code or semantic_search returned.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("path", "file path relative to the workspace root")
                        .addIntegerProperty("start_line", "first line (1-based)")
                        .addIntegerProperty("end_line", "last line, inclusive (default start_line + " + (DEFAULT_LINES - 1) + ")")
                        .required("path", "start_line")
                        .build())
                .build();
    }

    @Override
    public ToolResult run(JsonNode args, ToolContext ctx) {
        String path = Args.string(args, "path");
        int start = Args.requiredInt(args, "start_line");
        int end = Args.optionalInt(args, "end_line").orElse(start + DEFAULT_LINES - 1);
        RetrievalCall call = new RetrievalCall(workspaces, "read_chunk", ctx);
        call.refresh = call.index.refresh(ctx.sandbox());
        String content = call.index.content(path);
        if (content == null) content = ctx.sandbox().readFile(path); // not indexed (large or new): read it anyway
        String[] lines = content.split("\n", -1);
        int total = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        if (total == 0) return call.done(path, 0, false, "(empty file)");
        if (start < 1 || start > total) throw new ToolError("start_line " + start + " is outside " + path + " (1.." + total + ")");
        if (end < start) throw new ToolError("end_line " + end + " is before start_line " + start);
        end = Math.min(end, total);
        int shownEnd = start;
        StringBuilder body = new StringBuilder();
        for (int i = start; i <= end && i - start < MAX_LINES; i++) {
            String line = String.format("%5d  %s%n", i, lines[i - 1]);
            if (body.length() + line.length() > MAX_CHARS && i > start) break;
            body.append(line);
            shownEnd = i;
        }
        StringBuilder out = new StringBuilder(path).append(':').append(start).append('-').append(shownEnd)
                .append(" (of ").append(total).append(" lines)\n");
        List<int[]> before = call.index.seen().see(path, start, shownEnd);
        if (!before.isEmpty()) {
            out.append("[note: you already read ").append(ranges(before)).append(" of ").append(path)
                    .append(" earlier and the file has not changed since]\n");
        }
        out.append(body);
        boolean cut = shownEnd < end;
        if (cut) {
            out.append("[cut at ").append(shownEnd - start + 1).append(" lines; ask for start_line ")
                    .append(shownEnd + 1).append(" to see more]\n");
        }
        return call.done(path, shownEnd - start + 1, cut, out.toString());
    }

    private static String ranges(List<int[]> rs) {
        return String.join(", ", rs.stream().map(r -> r[0] == r[1] ? "line " + r[0] : "lines " + r[0] + "-" + r[1]).toList());
    }
}
