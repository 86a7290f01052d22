package dev.ratchet.harness.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.ratchet.harness.retrieval.RetrievalWorkspaces;
import dev.ratchet.sandbox.WorkspaceEscapeException;
import dev.ratchet.sandbox.WorkspacePathException;
import dev.ratchet.tasks.integrity.ToolCallFlags;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tools offered to the model, by name. Dispatches a tool call and turns every mistake the model
 * can fix (malformed JSON, unknown tool, bad argument, bad path) into an error result for the model. The path a
 * call names is where reward-hacking flags look: {@code .git/}, and paths refused for leading out of the
 * workspace ({@link ToolCallFlags}).
 */
public final class Toolbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Tool> tools = new LinkedHashMap<>();

    public Toolbox(List<Tool> tools) {
        tools.forEach(t -> this.tools.put(t.name(), t));
    }

    /** The skeleton's tool set: files, edits, visible tests, submit. */
    public static Toolbox standard() {
        return new Toolbox(List.of(new ListFilesTool(), new ViewFileTool(), new EditFileTool(),
                new RunTestsTool(), new SubmitTool()));
    }

    /** The standard set plus model-driven retrieval: search_code, semantic_search, read_chunk, grep (docs/retrieval.md). */
    public static Toolbox retrieval(RetrievalWorkspaces workspaces) {
        return new Toolbox(List.of(new ListFilesTool(), new ViewFileTool(), new EditFileTool(),
                new RunTestsTool(), new SubmitTool(), new SearchCodeTool(workspaces),
                new SemanticSearchTool(workspaces), new ReadChunkTool(workspaces), new GrepTool(workspaces)));
    }

    /** A tool set by name: {@code standard} or {@code retrieval}. */
    public static Toolbox named(String name, java.nio.file.Path cache) {
        return switch (name) {
            case "standard" -> standard();
            case "retrieval" -> retrieval(RetrievalWorkspaces.defaults(cache.resolve("embeddings")));
            default -> throw new IllegalArgumentException("unknown tool set '" + name + "' (known: standard, retrieval)");
        };
    }

    public List<ToolSpecification> specs() {
        return tools.values().stream().map(Tool::spec).toList();
    }

    public ToolResult run(ToolExecutionRequest call, ToolContext ctx) {
        Tool tool = tools.get(call.name());
        if (tool == null) {
            return ToolResult.error("unknown tool '" + call.name() + "'; available: " + String.join(", ", tools.keySet()));
        }
        JsonNode args;
        try {
            String raw = call.arguments() == null || call.arguments().isBlank() ? "{}" : call.arguments();
            args = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            return ToolResult.error("arguments are not valid JSON: " + e.getOriginalMessage());
        }
        if (args == null || !args.isObject()) {
            return ToolResult.error("arguments must be a JSON object");
        }
        String path = args.path("path").isTextual() ? args.path("path").asText() : null;
        ToolCallFlags.requested(call.name(), path).ifPresent(ctx::raise);
        try {
            return tool.run(args, ctx);
        } catch (WorkspacePathException e) {
            ToolCallFlags.refused(call.name(), path, e.getMessage(), e instanceof WorkspaceEscapeException,
                    workspace(ctx)).ifPresent(ctx::raise);
            return ToolResult.error(e.getMessage());
        } catch (ToolError e) {
            return ToolResult.error(e.getMessage());
        }
    }

    /** The workspace's files, to tell a confused absolute path from an escape; none if they can't be listed. */
    private static List<String> workspace(ToolContext ctx) {
        try {
            return ctx.sandbox().listFiles("");
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
