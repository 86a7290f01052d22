package dev.ratchet.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.ratchet.results.Samples.error;
import static dev.ratchet.results.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunStoreTest {

    @TempDir
    Path root;

    static RunInfo info(String runId) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("max_rounds", 3);
        config.put("policy", "repair");
        config.put("samples", 5);
        return new RunInfo(runId, "2026-11-23T13:24:04Z", config, "sim:p=0.6", "humaneval-mini",
                "sha256:abc", "0.1.0-SNAPSHOT", "054856a");
    }

    @Test
    void createWritesTheLayoutAndOpenReadsItBack() {
        RunStore created = RunStore.create(root, info("r1"));
        assertThat(created.dir()).isEqualTo(root.resolve("r1"));
        assertThat(created.dir().resolve("run.json")).isRegularFile();
        assertThat(created.dir().resolve("results.jsonl")).isRegularFile();
        assertThat(created.dir().resolve("traces")).isDirectory();

        RunStore opened = RunStore.open(root.resolve("r1"));
        assertThat(opened.info()).isEqualTo(info("r1"));
        assertThat(opened.info().config()).containsKeys("max_rounds", "policy", "samples");
        assertThat(opened.info().createdInstant()).isEqualTo(Instant.parse("2026-11-23T13:24:04Z"));
        assertThat(RunStore.isRunDir(opened.dir())).isTrue();
    }

    @Test
    void aSampleStoppedByAnInterruptStillRecordsItsResultAndTraceEnd() {
        RunStore store = RunStore.create(root, info("r1"));
        JsonlTraceSink sink = store.traceSink("t", 0);
        sink.emit(new TraceEvent.TaskStarted(1, "t", 0));
        Thread.currentThread().interrupt(); // what Ctrl-C (shutdownNow) does to a sample's thread
        try {
            sink.emit(new TraceEvent.Error(2, 1, "fatal", "interrupted"));
            store.append(error("t", 0));
            sink.close();
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        }
        assertThat(store.results()).extracting(SampleResult::outcome).containsExactly(Outcome.ERROR);
        assertThat(store.readTrace("t", 0)).hasSize(2);
    }

    @Test
    void runJsonIsSnakeCase() throws Exception {
        RunStore store = RunStore.create(root, info("r1"));
        String json = Files.readString(store.dir().resolve("run.json"));
        assertThat(json).contains("\"run_id\"", "\"created_at\"", "\"suite_hash\"", "\"ratchet_version\"",
                "\"git_commit\"", "\"max_rounds\"");
    }

    @Test
    void createRefusesAnExistingDirectory() {
        RunStore.create(root, info("r1"));
        assertThatThrownBy(() -> RunStore.create(root, info("r1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void openRefusesADirectoryThatIsNotARun() throws Exception {
        Files.createDirectories(root.resolve("stuff"));
        assertThatThrownBy(() -> RunStore.open(root.resolve("stuff")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Ratchet run directory");
        assertThatThrownBy(() -> RunStore.open(root.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runIdsMustBeOneSafePathSegment() {
        assertThatThrownBy(() -> info("../escape")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> info("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> info("..")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedRunIdsHaveTheDocumentedShape() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T13:24:04Z"), ZoneOffset.UTC);
        assertThat(RunId.generate(clock, new Random(1))).matches("20261123-132404-[0-9a-f]{4}");
        assertThat(RunId.generate()).matches("\\d{8}-\\d{6}-[0-9a-f]{4}");
        info(RunId.generate()); // a generated id is a valid run id
    }

    @Test
    void resultsRoundTripInOrder() {
        RunStore store = RunStore.create(root, info("r1"));
        SampleResult a = sample("HumanEval/0", 0, Outcome.PASSED, "--", "++");
        SampleResult b = new SampleResult("HumanEval/1", 0, Outcome.FAILED, List.of(new RoundResult(1, true, false)),
                1, "budget", new SampleResult.Usage(1200, 340, 0.0123, 5000, 3000, 1500));
        SampleResult c = error("HumanEval/2", 0);
        store.append(a);
        store.append(b);
        store.append(c);

        assertThat(RunStore.open(store.dir()).results()).containsExactly(a, b, c);
        assertThat(store.finished()).containsExactlyInAnyOrder(new SampleKey("HumanEval/0", 0),
                new SampleKey("HumanEval/1", 0));
    }

    @Test
    void appendWritesCompleteLinesThatAnotherReaderSeesImmediately() throws Exception {
        RunStore store = RunStore.create(root, info("r1"));
        store.append(sample("t", 0, Outcome.PASSED, "++"));
        List<String> lines = Files.readAllLines(store.dir().resolve("results.jsonl"));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("{\"task\":\"t\"").contains("\"submitted_round\":1");
        assertThat(Files.readString(store.dir().resolve("results.jsonl"))).endsWith("\n");
    }

    @Test
    void tornLastLineIsSkippedAndCutOffByTheNextAppend() throws Exception {
        RunStore store = RunStore.create(root, info("r1"));
        SampleResult a = sample("t", 0, Outcome.PASSED, "++");
        store.append(a);
        Path file = store.dir().resolve("results.jsonl");
        Files.writeString(file, "{\"task\":\"t\",\"sample\":1,\"outc", StandardOpenOption.APPEND);

        assertThat(store.results()).containsExactly(a);

        SampleResult b = sample("t", 1, Outcome.FAILED, "--");
        store.append(b);
        assertThat(store.results()).containsExactly(a, b);
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void aCompleteButUnterminatedLastLineIsTreatedAsTorn() throws Exception {
        // The line's '\n' is its commit mark: without it a later append would cut it off, so a
        // reader must not report it either (resume would skip a sample whose record then vanishes).
        RunStore store = RunStore.create(root, info("r1"));
        byte[] line = Json.MAPPER.writeValueAsBytes(sample("t", 0, Outcome.PASSED, "++"));
        Files.write(store.dir().resolve("results.jsonl"), line, StandardOpenOption.APPEND);
        assertThat(store.results()).isEmpty();
    }

    @Test
    void corruptLineInTheMiddleIsAnErrorThatSaysWhere() throws Exception {
        RunStore store = RunStore.create(root, info("r1"));
        store.append(sample("t", 0, Outcome.PASSED, "++"));
        Files.writeString(store.dir().resolve("results.jsonl"), "not json\n", StandardOpenOption.APPEND);
        store.append(sample("t", 1, Outcome.PASSED, "++"));
        assertThatThrownBy(store::results)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("results.jsonl line 2");
    }

    @Test
    void duplicateSampleKeepsTheLastLine() {
        RunStore store = RunStore.create(root, info("r1"));
        SampleResult other = sample("u", 0, Outcome.PASSED, "++");
        SampleResult rerun = sample("t", 0, Outcome.FAILED, "--", "--");
        store.append(error("t", 0, "--"));
        store.append(other);
        store.append(rerun);
        assertThat(store.results()).containsExactly(other, rerun);
    }

    @Test
    void unsafeTaskIdsMapToFilesInsideTheTraceDirectoryAndBack() throws Exception {
        RunStore store = RunStore.create(root, info("r1"));
        List<String> ids = List.of("HumanEval/12", "repo:module:test", "../../etc/passwd", ".", "..",
                ".hidden", "a b\tc", "100%", "%41", "tâche/ü", "C:\\x", "con");
        for (String id : ids) {
            try (JsonlTraceSink sink = store.traceSink(id, 3)) {
                sink.emit(new TraceEvent.TaskStarted(1, id, 3));
            }
            Path file = store.tracePath(id, 3);
            assertThat(file.normalize()).startsWith(store.dir().resolve("traces"));
            assertThat(file.getParent().getParent()).isEqualTo(store.dir().resolve("traces"));
            assertThat(file.getParent().getFileName().toString())
                    .matches("[A-Za-z0-9_%-][A-Za-z0-9._%-]*");
            assertThat(store.readTrace(id, 3)).containsExactly(new TraceEvent.TaskStarted(1, id, 3));
        }
        assertThat(store.tracedTasks()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(store.tracedSamples("HumanEval/12")).containsExactly(3);
    }

    @Test
    void taskFileNamesAreReversibleAndDistinct() {
        List<String> ids = List.of("a/b", "a%2Fb", "a_b", "a:b", "A/b", "ü", ".a", "a.");
        for (String id : ids) {
            assertThat(TaskFileName.decode(TaskFileName.encode(id))).isEqualTo(id);
        }
        assertThat(ids.stream().map(TaskFileName::encode).distinct()).hasSize(ids.size());
        assertThat(TaskFileName.encode("HumanEval/12")).isEqualTo("HumanEval%2F12");
        assertThatThrownBy(() -> TaskFileName.encode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaskFileName.decode("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaskFileName.decode("a%2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void traceSinkReopensByAppendingAndWritesEachEventAsItHappens() throws Exception {
        RunStore store = RunStore.create(root, info("r1"));
        TraceEvent first = new TraceEvent.RoundStarted(1, 1, "repair", true);
        TraceEvent second = new TraceEvent.RoundStarted(2, 2, "repair", false);
        try (JsonlTraceSink sink = store.traceSink("t", 0)) {
            sink.emit(first);
            // Visible to a separate reader before close: nothing is held in a buffer.
            assertThat(store.readTrace("t", 0)).containsExactly(first);
        }
        try (JsonlTraceSink sink = store.traceSink("t", 0)) {
            sink.emit(second);
        }
        assertThat(store.readTrace("t", 0)).containsExactly(first, second);
        assertThat(store.readTrace("t", 1)).isEmpty();
        assertThat(Files.readString(store.tracePath("t", 0), StandardCharsets.UTF_8))
                .startsWith("{\"event\":\"round_started\"");
    }

    @Test
    void traceToleratesATornLastLine() throws Exception {
        RunStore store = RunStore.create(root, info("r1"));
        TraceEvent first = new TraceEvent.Plan(1, 1, "plan");
        try (JsonlTraceSink sink = store.traceSink("t", 0)) {
            sink.emit(first);
        }
        Files.writeString(store.tracePath("t", 0), "{\"event\":\"pl", StandardOpenOption.APPEND);
        assertThat(store.readTrace("t", 0)).containsExactly(first);
        TraceEvent second = new TraceEvent.Plan(2, 2, "again");
        try (JsonlTraceSink sink = store.traceSink("t", 0)) {
            sink.emit(second);
        }
        assertThat(store.readTrace("t", 0)).containsExactly(first, second);
    }

    @Test
    void closedSinkRefusesEvents() {
        RunStore store = RunStore.create(root, info("r1"));
        JsonlTraceSink sink = store.traceSink("t", 0);
        sink.close();
        assertThatThrownBy(() -> sink.emit(new TraceEvent.Plan(1, 1, "x")))
                .isInstanceOf(IllegalStateException.class);
    }
}
