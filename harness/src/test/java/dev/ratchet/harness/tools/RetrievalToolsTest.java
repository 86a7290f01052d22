package dev.ratchet.harness.tools;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.ratchet.harness.Fixtures;
import dev.ratchet.harness.Fixtures.MemorySink;
import dev.ratchet.harness.retrieval.EmbeddingCache;
import dev.ratchet.harness.retrieval.MiniLmEmbedder;
import dev.ratchet.harness.retrieval.RetrievalWorkspaces;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The retrieval tools through the Toolbox, on a real local sandbox. */
class RetrievalToolsTest {
    @TempDir
    Path tmp;

    Sandbox sandbox;
    MemorySink sink = new MemorySink();
    ToolContext ctx;
    Toolbox tools;

    @BeforeEach
    void setUp() throws IOException {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Map<String, String> files = Map.of(
                "pkg/backoff.py", "def backoff_delay(attempt):\n    return 0.5 * 2 ** attempt\n",
                "pkg/webhooks.py", "from pkg.backoff import backoff_delay\n\n\ndef retry_schedule(n):\n"
                        + "    return [backoff_delay(i) for i in range(1, n + 1)]\n",
                "big.txt", IntStream.rangeClosed(1, 500).mapToObj(i -> "needle " + i).collect(Collectors.joining("\n", "", "\n")));
        for (var f : files.entrySet()) {
            Files.createDirectories(ws.resolve(f.getKey()).getParent());
            Files.writeString(ws.resolve(f.getKey()), f.getValue());
        }
        sandbox = Fixtures.localSandboxes().create(new SandboxSpec(List.of(ws), Map.of(), null, "retrieval-test"));
        ctx = new ToolContext(sandbox, Fixtures.calc(), () -> { throw new AssertionError("no tests here"); }, sink);
        tools = Toolbox.retrieval(new RetrievalWorkspaces(new MiniLmEmbedder(), tmp.resolve("cache"), Clock.systemUTC()));
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    ToolResult call(String tool, String json) {
        return tools.run(ToolExecutionRequest.builder().id("c").name(tool).arguments(json).build(), ctx);
    }

    @Test
    void searchCodeListsLocationsScoresAndSnippetsAndSaysWhenCut() {
        ToolResult r = call("search_code", "{\"query\":\"backoff_delay\"}");
        assertThat(r.error()).isFalse();
        assertThat(r.output()).startsWith("pkg/backoff.py:1-2  score").contains("def backoff_delay(attempt):");
        ToolResult one = call("search_code", "{\"query\":\"needle backoff\",\"max_results\":1}");
        assertThat(one.output().lines().filter(l -> l.matches("\\S+:\\d+-\\d+ .*"))).hasSize(1);
        assertThat(one.output()).contains("[cut at 1 results");
        assertThat(call("search_code", "{\"query\":\"zzz_nothing\"}").output()).startsWith("no matches");
        assertThat(call("search_code", "{\"query\":\"  \"}").error()).isTrue();
    }

    @Test
    void searchSeesEditsMadeThroughEditFileAndNewFiles() {
        assertThat(call("search_code", "{\"query\":\"frobnicate_widget\"}").output()).startsWith("no matches");
        assertThat(call("edit_file", "{\"command\":\"str_replace\",\"path\":\"pkg/backoff.py\","
                + "\"old_str\":\"def backoff_delay\",\"new_str\":\"def frobnicate_widget\"}").error()).isFalse();
        assertThat(call("search_code", "{\"query\":\"frobnicate_widget\"}").output()).startsWith("pkg/backoff.py:1-2");
        sandbox.writeFile("pkg/new_module.py", "def brand_new_function():\n    pass\n"); // not through edit_file
        assertThat(call("search_code", "{\"query\":\"brand_new_function\"}").output()).startsWith("pkg/new_module.py:1-2");
    }

    @Test
    void readChunkIsBoundedAndNotesLinesAlreadySeen() {
        ToolResult big = call("read_chunk", "{\"path\":\"big.txt\",\"start_line\":1,\"end_line\":400}");
        assertThat(big.output()).startsWith("big.txt:1-" + ReadChunkTool.MAX_LINES + " (of 500 lines)")
                .contains("[cut at " + ReadChunkTool.MAX_LINES + " lines; ask for start_line " + (ReadChunkTool.MAX_LINES + 1));
        ToolResult again = call("read_chunk", "{\"path\":\"big.txt\",\"start_line\":140,\"end_line\":160}");
        assertThat(again.output()).contains("[note: you already read lines 140-150 of big.txt earlier");
        assertThat(call("read_chunk", "{\"path\":\"pkg/backoff.py\",\"start_line\":1}").output()).doesNotContain("[note");
        call("edit_file", "{\"command\":\"insert\",\"path\":\"pkg/backoff.py\",\"insert_line\":0,\"new_str\":\"# changed\"}");
        assertThat(call("read_chunk", "{\"path\":\"pkg/backoff.py\",\"start_line\":1}").output())
                .doesNotContain("[note").contains("# changed");
        assertThat(call("read_chunk", "{\"path\":\"big.txt\",\"start_line\":501}").error()).isTrue();
        assertThat(call("read_chunk", "{\"path\":\"../etc/passwd\",\"start_line\":1}").error()).isTrue();
    }

    @Test
    void grepIsBoundedAndRejectsBadPatterns() {
        ToolResult r = call("grep", "{\"pattern\":\"needle \\\\d+\"}");
        assertThat(r.output().lines().filter(l -> l.startsWith("big.txt:"))).hasSize(GrepTool.MAX_MATCHES);
        assertThat(r.output()).contains("[cut at " + GrepTool.MAX_MATCHES + " matches");
        assertThat(call("grep", "{\"pattern\":\"BACKOFF_DELAY\\\\(i\",\"ignore_case\":true,\"path\":\"pkg/\"}").output())
                .isEqualTo("pkg/webhooks.py:5:     return [backoff_delay(i) for i in range(1, n + 1)]\n");
        ToolResult bad = call("grep", "{\"pattern\":\"(unclosed\"}");
        assertThat(bad.error()).isTrue();
        assertThat(bad.output()).startsWith("invalid regular expression");
    }

    @Test
    void everyRetrievalCallIsATraceEvent() {
        call("search_code", "{\"query\":\"backoff_delay\"}");
        call("read_chunk", "{\"path\":\"pkg/backoff.py\",\"start_line\":1}");
        call("grep", "{\"pattern\":\"def \"}");
        List<TraceEvent.Retrieval> events = sink.of(TraceEvent.Retrieval.class);
        assertThat(events).extracting(TraceEvent.Retrieval::tool).containsExactly("search_code", "read_chunk", "grep");
        assertThat(events.getFirst().filesIndexed()).isEqualTo(3);
        assertThat(events.get(1).filesIndexed()).isZero(); // same round, nothing changed: nothing re-read
        assertThat(events).allSatisfy(e -> assertThat(e.bytes()).isPositive());
    }

    @Test
    void semanticSearchFindsByMeaningAndEmbedsOnlyOnce() {
        ToolResult r = call("semantic_search", "{\"query\":\"exponential wait time before retrying\",\"max_results\":2}");
        // both code chunks rank above the 13 chunks of unrelated text
        assertThat(r.output()).contains("pkg/backoff.py:1-2  similarity", "pkg/webhooks.py:4-5  similarity")
                .doesNotContain("big.txt").contains("[top 2 of");
        call("semantic_search", "{\"query\":\"schedule of retries\"}");
        List<TraceEvent.Retrieval> events = sink.of(TraceEvent.Retrieval.class);
        assertThat(events.getFirst().chunksEmbedded()).isPositive();
        assertThat(events.get(1).chunksEmbedded()).isZero();
    }

    @Test
    void theRetrievalToolSetKeepsTheStandardTools() {
        assertThat(tools.specs()).extracting(s -> s.name()).containsExactly("list_files", "view_file", "edit_file",
                "run_tests", "submit", "search_code", "semantic_search", "read_chunk", "grep");
    }
}
