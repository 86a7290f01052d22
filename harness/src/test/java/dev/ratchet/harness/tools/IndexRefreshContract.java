package dev.ratchet.harness.tools;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.ratchet.harness.Fixtures.MemorySink;
import dev.ratchet.harness.retrieval.MiniLmEmbedder;
import dev.ratchet.harness.retrieval.RetrievalWorkspaces;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.BuiltinSuite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.toolchain.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retrieval index lives as long as the sandbox (issue 16.5): on the needle task's 235-file code base,
 * a search in a later round, or after files changed behind the tools' back (a command, a reset), reads
 * only the files that changed. One subclass per sandbox kind; files read are counted on the real sandbox.
 */
abstract class IndexRefreshContract {
    private static final String HELPER = "shipyard/net/backoff.py";

    @TempDir Path cache;
    final MemorySink sink = new MemorySink();
    Task task;
    CountingSandbox sandbox;
    Toolbox tools;

    abstract SandboxFactory sandboxes();

    @BeforeEach
    void setUp() {
        task = BuiltinSuite.load().task("needle-retry-backoff").orElseThrow();
        sandbox = new CountingSandbox(sandboxes().create(TaskFiles.agentSpec(task, "index-refresh")));
        tools = Toolbox.retrieval(new RetrievalWorkspaces(new MiniLmEmbedder(), cache, Clock.systemUTC()));
    }

    @AfterEach
    void tearDown() {
        if (sandbox != null) sandbox.close();
    }

    /** A round's tools see a context of their own, as in the agent loop. */
    ToolContext round() {
        return new ToolContext(sandbox, task, () -> { throw new AssertionError("no tests here"); }, sink);
    }

    String search(ToolContext ctx, String query) {
        ToolResult r = tools.run(ToolExecutionRequest.builder().id("s").name("search_code")
                .arguments("{\"query\":\"" + query + "\"}").build(), ctx);
        assertThat(r.error()).as(r.output()).isFalse();
        return r.output();
    }

    void shell(String script) {
        assertThat(sandbox.exec(List.of("sh", "-c", script), Duration.ofSeconds(30)).exitCode()).isZero();
    }

    int indexable() {
        return (int) sandbox.listFiles("").stream().filter(p -> !Languages.isBuildOutput(p)).count();
    }

    @Test
    void aLaterRoundReadsOnlyTheFileAnEditChanged() {
        assertThat(search(round(), "retry_schedule")).contains("shipyard/notify/webhooks.py");
        assertThat(sandbox.takeFilesRead()).isEqualTo(indexable()).isGreaterThan(200);

        // changed by a command (a test run, a script), not by a tool the index could be told about
        shell("printf 'def zebra_quokka_delay():\\n    return 1\\n' >> " + HELPER);
        assertThat(search(round(), "zebra_quokka_delay")).startsWith(HELPER + ":");
        assertThat(sandbox.takeFilesRead()).isEqualTo(1);
        assertThat(sink.of(TraceEvent.Retrieval.class).getLast().filesIndexed()).isEqualTo(1);

        assertThat(search(round(), "zebra_quokka_delay")).startsWith(HELPER + ":");
        assertThat(sandbox.takeFilesRead()).isZero();
    }

    @Test
    void withinARoundFilesWrittenOrRemovedByCommandsAreSeen() {
        ToolContext ctx = round();
        search(ctx, "retry_schedule");
        sandbox.takeFilesRead();
        shell("printf 'def walrus_gazebo():\\n    pass\\n' > shipyard/net/extra.py && sed -i 's/def /def renamed_/' " + HELPER);
        assertThat(search(ctx, "walrus_gazebo")).startsWith("shipyard/net/extra.py:");
        assertThat(search(ctx, "renamed_")).contains(HELPER + ":");
        assertThat(sandbox.takeFilesRead()).isEqualTo(2);
        shell("rm shipyard/net/extra.py");
        assertThat(search(ctx, "walrus_gazebo")).startsWith("no matches");
        assertThat(sandbox.takeFilesRead()).isZero();
    }

    @Test
    void aResetBetweenRoundsBringsBackThePristineIndexReadingOnlyWhatItReverted() {
        ToolContext first = round();
        search(first, "retry_schedule");
        tools.run(ToolExecutionRequest.builder().id("e").name("edit_file").arguments("{\"command\":\"str_replace\",\"path\":\""
                + HELPER + "\",\"old_str\":\"def \",\"new_str\":\"def okapi_\"}").build(), first);
        sandbox.writeFile("shipyard/net/scratch.py", "def lemur_sprocket():\n    pass\n");
        assertThat(search(first, "okapi_ lemur_sprocket")).contains(HELPER + ":", "shipyard/net/scratch.py:");
        sandbox.takeFilesRead();

        sandbox.reset(); // RESAMPLE: the next round starts from the pristine workspace
        ToolContext second = round();
        assertThat(search(second, "lemur_sprocket")).startsWith("no matches");
        assertThat(search(second, "okapi_")).startsWith("no matches");
        assertThat(sandbox.takeFilesRead()).isEqualTo(1);
    }
}
