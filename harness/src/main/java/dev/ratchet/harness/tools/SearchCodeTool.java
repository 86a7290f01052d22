package dev.ratchet.harness.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.ratchet.harness.retrieval.CodeAnalyzer;
import dev.ratchet.harness.retrieval.KeywordIndex;
import dev.ratchet.harness.retrieval.RetrievalWorkspaces;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** BM25 keyword search over the workspace's chunks: {@code path:start-end}, score, and the best-matching lines. */
public final class SearchCodeTool implements Tool {
    static final int DEFAULT_RESULTS = 8;
    static final int MAX_RESULTS = 20;

    private final RetrievalWorkspaces workspaces;
    private final CodeAnalyzer analyzer = new CodeAnalyzer();

    public SearchCodeTool(RetrievalWorkspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public ToolSpecification spec() {
        return ToolSpecification.builder()
                .name("search_code")
                .description("Keyword (BM25) search over the workspace's code. Identifiers match whole and by their "
                        + "camelCase/snake_case parts. Returns up to max_results chunks as path:start-end with a score "
                        + "and the best-matching lines; read one with read_chunk.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("query", "identifiers and words to look for, e.g. 'parse_retry_after header'")
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
        RetrievalCall call = new RetrievalCall(workspaces, "search_code", ctx);
        call.refresh = call.index.refresh(ctx.sandbox());
        List<KeywordIndex.Hit> hits = call.index.keywords().search(query, k + 1);
        boolean cut = hits.size() > k;
        if (cut) hits = hits.subList(0, k);
        if (hits.isEmpty()) return call.done(query, 0, false, "no matches for '" + query + "'");
        Set<String> terms = new HashSet<>(analyzer.terms(query));
        StringBuilder out = new StringBuilder();
        for (KeywordIndex.Hit h : hits) {
            out.append(h.path()).append(':').append(h.startLine()).append('-').append(h.endLine())
                    .append(String.format("  score %.2f%n", h.score()));
            snippet(call.index.content(h.path()), h, terms, out);
        }
        if (cut) out.append("[cut at ").append(k).append(" results; refine the query or raise max_results]\n");
        return call.done(query, hits.size(), cut, out.toString());
    }

    /** The chunk line sharing most terms with the query, with one line either side. */
    private void snippet(String content, KeywordIndex.Hit h, Set<String> terms, StringBuilder out) {
        if (content == null) return;
        String[] lines = content.split("\n", -1);
        int best = h.startLine();
        int bestScore = -1;
        for (int i = h.startLine(); i <= Math.min(h.endLine(), lines.length); i++) {
            int score = 0;
            for (String t : analyzer.terms(lines[i - 1])) if (terms.contains(t)) score++;
            if (score > bestScore) { best = i; bestScore = score; }
        }
        for (int i = Math.max(h.startLine(), best - 1); i <= Math.min(Math.min(h.endLine(), lines.length), best + 1); i++) {
            out.append(String.format("%7d  %s%n", i, RetrievalCall.clip(lines[i - 1])));
        }
    }
}
