package dev.ratchet.harness.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.ratchet.harness.retrieval.Chunk;
import dev.ratchet.harness.retrieval.RetrievalWorkspaces;
import dev.ratchet.harness.retrieval.SemanticIndex;

import java.util.List;

/** Embedding search (MiniLM, cosine) over function/class-sized chunks, for when the right words are unknown. */
public final class SemanticSearchTool implements Tool {
    static final int DEFAULT_RESULTS = 5;
    static final int MAX_RESULTS = 15;
    static final int PREVIEW_LINES = 4;

    private final RetrievalWorkspaces workspaces;

    public SemanticSearchTool(RetrievalWorkspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public ToolSpecification spec() {
        return ToolSpecification.builder()
                .name("semantic_search")
                .description("Search the workspace by meaning (sentence embeddings over function/class chunks). "
                        + "Describe the behaviour you are looking for in words. Returns path:start-end, a similarity "
                        + "and the first lines of each chunk. The first call indexes the workspace (seconds).")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("query", "what the code does, e.g. 'delay before retrying a request'")
                        .addIntegerProperty("max_results", "how many chunks to return (default " + DEFAULT_RESULTS
                                + ", at most " + MAX_RESULTS + ")")
                        .required("query")
                        .build())
                .build();
    }

    @Override
    public ToolResult run(JsonNode args, ToolContext ctx) {
        String query = Args.string(args, "query");
        if (query.isBlank()) throw new ToolError("query must not be empty");
        int k = RetrievalCall.limit(args, DEFAULT_RESULTS, MAX_RESULTS);
        RetrievalCall call = new RetrievalCall(workspaces, "semantic_search", ctx);
        call.refresh = call.index.refreshSemantic(ctx.sandbox());
        List<SemanticIndex.Hit> hits = call.index.semantic().search(query, k);
        if (hits.isEmpty()) return call.done(query, 0, false, "the workspace has no text to search");
        StringBuilder out = new StringBuilder();
        boolean cut = call.index.semantic().chunks() > k;
        for (SemanticIndex.Hit h : hits) {
            Chunk c = h.chunk();
            out.append(c.location()).append(String.format("  similarity %.3f%n", h.score()));
            String[] lines = c.text().split("\n");
            for (int i = 0; i < Math.min(PREVIEW_LINES, lines.length); i++) {
                out.append(String.format("%7d  %s%n", c.startLine() + i, RetrievalCall.clip(lines[i])));
            }
        }
        if (cut) out.append("[top ").append(k).append(" of ").append(call.index.semantic().chunks())
                .append(" chunks; read one with read_chunk]\n");
        return call.done(query, hits.size(), cut, out.toString());
    }
}
