package dev.ratchet.harness.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.ratchet.tasks.toolchain.Languages;

import java.util.List;

/** Lists the workspace's files (without build output), bounded. */
public final class ListFilesTool implements Tool {
    static final int MAX_ENTRIES = 500;

    @Override
    public ToolSpecification spec() {
        return ToolSpecification.builder()
                .name("list_files")
                .description("List the files of the workspace, or of one directory in it, recursively.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("path", "directory relative to the workspace root; default: the root")
                        .build())
                .build();
    }

    @Override
    public ToolResult run(JsonNode args, ToolContext ctx) {
        String dir = Args.optionalString(args, "path", "");
        List<String> files = ctx.sandbox().listFiles(dir).stream().filter(f -> !Languages.isBuildOutput(f)).toList();
        if (files.isEmpty()) return ToolResult.ok("(no files)");
        StringBuilder out = new StringBuilder();
        files.stream().limit(MAX_ENTRIES).forEach(f -> out.append(f).append('\n'));
        if (files.size() > MAX_ENTRIES) {
            out.append("[cut: ").append(files.size() - MAX_ENTRIES).append(" more files; list a subdirectory]\n");
        }
        return ToolResult.ok(out.toString());
    }
}
