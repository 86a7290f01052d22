package dev.ratchet.results;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One run directory on disk:
 * <pre>
 * runs/&lt;run-id&gt;/run.json                      RunInfo
 * runs/&lt;run-id&gt;/results.jsonl                 one SampleResult per line, append-only
 * runs/&lt;run-id&gt;/traces/&lt;task&gt;/&lt;sample&gt;.jsonl   one TraceEvent per line
 * runs/&lt;run-id&gt;/validation.json               SuiteValidation of the suite, if it had been validated
 * </pre>
 * Task ids are mapped to file names with {@link TaskFileName}. I/O failures surface as
 * {@link UncheckedIOException}; misuse (existing dir, not a run dir) as clear argument errors.
 */
public final class RunStore {

    public static final String RUN_FILE = "run.json";
    public static final String RESULTS_FILE = "results.jsonl";
    public static final String TRACES_DIR = "traces";

    private static final ObjectWriter RESULT_WRITER = Json.MAPPER.writerFor(SampleResult.class);
    private static final ObjectReader RESULT_READER = Json.MAPPER.readerFor(SampleResult.class);
    private static final ObjectReader EVENT_READER = Json.MAPPER.readerFor(TraceEvent.class);

    private final Path dir;
    private final RunInfo info;

    private RunStore(Path dir, RunInfo info) {
        this.dir = dir;
        this.info = info;
    }

    /** Creates {@code runsRoot/<run id>}; refuses to touch a directory that already exists. */
    public static RunStore create(Path runsRoot, RunInfo info) {
        Path dir = runsRoot.resolve(info.runId());
        try {
            Files.createDirectories(runsRoot);
            Files.createDirectory(dir); // atomic: two runs can't claim the same id
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("run directory already exists: " + dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + dir, e);
        }
        try {
            Files.createDirectory(dir.resolve(TRACES_DIR));
            writeDurably(dir.resolve(RUN_FILE), Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(info), StandardOpenOption.CREATE_NEW);
            writeDurably(dir.resolve(RESULTS_FILE), new byte[0], StandardOpenOption.CREATE_NEW);
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot initialise run directory " + dir, e);
        }
        return new RunStore(dir, info);
    }

    /** Opens an existing run directory, e.g. to resume it or to report on it. */
    public static RunStore open(Path runDir) {
        Path runFile = runDir.resolve(RUN_FILE);
        if (!Files.isRegularFile(runFile)) {
            throw new IllegalArgumentException("not a Ratchet run directory (no " + RUN_FILE + "): " + runDir);
        }
        try {
            return new RunStore(runDir, Json.MAPPER.readValue(runFile.toFile(), RunInfo.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runFile, e);
        }
    }

    public static boolean isRunDir(Path dir) {
        return Files.isRegularFile(dir.resolve(RUN_FILE));
    }

    public Path dir() {
        return dir;
    }

    public RunInfo info() {
        return info;
    }

    /**
     * Appends one line and fsyncs it before returning, so {@code kill -9} (or a power cut) loses
     * at most the line being written. A torn line left by an earlier crash is cut off first.
     */
    public synchronized void append(SampleResult result) {
        byte[] line = JsonlFile.line(RESULT_WRITER, result);
        Path file = dir.resolve(RESULTS_FILE);
        try {
            JsonlFile.uninterrupted(() -> {
                try (FileChannel channel = JsonlFile.openForAppend(file)) {
                    JsonlFile.writeFully(channel, line);
                    channel.force(true);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /**
     * Every recorded sample, in file order. A torn last line is skipped; when a (task, sample)
     * appears more than once (an ERROR re-run on resume) the last line wins.
     */
    public List<SampleResult> results() {
        Map<SampleKey, SampleResult> latest = new LinkedHashMap<>();
        for (SampleResult r : JsonlFile.<SampleResult>read(dir.resolve(RESULTS_FILE), RESULT_READER)) {
            SampleKey key = SampleKey.of(r);
            latest.remove(key); // re-insert so the order follows the winning line
            latest.put(key, r);
        }
        return List.copyOf(latest.values());
    }

    /** The suite's validation findings copied into the run directory, if any. */
    public Optional<ValidationFile> validation() {
        return ValidationFile.read(dir.resolve(SuiteValidation.FILE));
    }

    /** Stores the suite's validation findings in the run, so the directory is self-contained. */
    public void saveValidation(SuiteValidation findings) {
        if (!Objects.equals(findings.suiteHash(), info.suiteHash())) {
            throw new IllegalArgumentException("validation of suite " + findings.suiteHash() + " does not belong to run "
                    + info.runId() + " (suite " + info.suiteHash() + ")");
        }
        ValidationFile.write(dir.resolve(SuiteValidation.FILE), findings);
    }

    /** Samples --resume may skip: recorded with an outcome other than ERROR. */
    public Set<SampleKey> finished() {
        return results().stream()
                .filter(r -> r.outcome() != Outcome.ERROR)
                .map(SampleKey::of)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A sink for one sample's trace; re-opening appends. Close it when the sample ends. */
    public JsonlTraceSink traceSink(String task, int sample) {
        Path file = tracePath(task, sample);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        return new JsonlTraceSink(file);
    }

    /** One sample's events in order; empty if it has no trace. A torn last line is skipped. */
    public List<TraceEvent> readTrace(String task, int sample) {
        return JsonlFile.read(tracePath(task, sample), EVENT_READER);
    }

    public Path tracePath(String task, int sample) {
        if (sample < 0) {
            throw new IllegalArgumentException("sample must be >= 0, was " + sample);
        }
        return dir.resolve(TRACES_DIR).resolve(TaskFileName.encode(task)).resolve(sample + ".jsonl");
    }

    /** Task ids (decoded) that have a trace directory, sorted. */
    public List<String> tracedTasks() {
        Path traces = dir.resolve(TRACES_DIR);
        if (!Files.isDirectory(traces)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(traces)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> TaskFileName.decode(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + traces, e);
        }
    }

    /** Sample numbers that have a trace for {@code task}, sorted. */
    public List<Integer> tracedSamples(String task) {
        Path taskDir = dir.resolve(TRACES_DIR).resolve(TaskFileName.encode(task));
        if (!Files.isDirectory(taskDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(taskDir)) {
            List<Integer> samples = new ArrayList<>();
            entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d+\\.jsonl"))
                    .forEach(name -> samples.add(Integer.parseInt(name.substring(0, name.length() - 6))));
            samples.sort(null);
            return List.copyOf(samples);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + taskDir, e);
        }
    }

    private static void writeDurably(Path file, byte[] bytes, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(file, mode, StandardOpenOption.WRITE)) {
            JsonlFile.writeFully(channel, bytes);
            channel.force(true);
        }
    }

    /** Makes the new directory entries durable; not possible on every platform, so best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the files themselves are fsync'd.
        }
    }
}
