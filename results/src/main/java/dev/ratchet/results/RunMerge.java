package dev.ratchet.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Combines the run directories of shards ({@code --shard i/n}) into one run. The parts must have run
 * the same suite (hash) with the same model and settings, apart from the shard, and must not share a
 * (task, sample). The parts' validation findings (all of the same suite) are merged oldest first,
 * so the merged run keeps them too.
 */
public final class RunMerge {
    private RunMerge() {}

    public static RunStore merge(List<RunStore> parts, Path runsRoot, String runId) {
        if (parts.size() < 2) throw new IllegalArgumentException("merge needs at least two run directories");
        RunInfo first = parts.getFirst().info();
        for (RunStore p : parts.subList(1, parts.size())) requireCompatible(first, p);
        Map<String, Object> config = new LinkedHashMap<>(first.config());
        config.put("shard", "1/1");
        config.put("merged_from", parts.stream().map(p -> p.info().runId()).toList());
        RunStore out = RunStore.create(runsRoot, new RunInfo(runId, first.createdAt(), config, first.model(),
                first.suiteName(), first.suiteHash(), first.ratchetVersion(), first.gitCommit()));
        Map<SampleKey, String> owner = new HashMap<>();
        for (RunStore p : parts) {
            for (SampleResult r : p.results()) {
                String prev = owner.putIfAbsent(SampleKey.of(r), p.info().runId());
                if (prev != null) {
                    throw new IllegalArgumentException("task " + r.task() + " sample " + r.sample() + " is in both "
                            + prev + " and " + p.info().runId());
                }
                out.append(r);
            }
            copyTraces(p.dir().resolve(RunStore.TRACES_DIR), out.dir().resolve(RunStore.TRACES_DIR));
        }
        parts.stream().flatMap(p -> p.validation().stream()).map(ValidationFile::content)
                .sorted(Comparator.comparing(SuiteValidation::validatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .reduce(SuiteValidation::mergedWith)
                .ifPresent(out::saveValidation);
        return out;
    }

    private static void requireCompatible(RunInfo a, RunStore part) {
        RunInfo b = part.info();
        if (!Objects.equals(a.suiteHash(), b.suiteHash())) {
            throw new IllegalArgumentException(b.runId() + " ran a different suite (" + b.suiteHash() + " vs " + a.suiteHash() + ")");
        }
        if (!Objects.equals(a.model(), b.model())) {
            throw new IllegalArgumentException(b.runId() + " ran a different model (" + b.model() + " vs " + a.model() + ")");
        }
        Map<String, Object> ca = new HashMap<>(a.config()), cb = new HashMap<>(b.config());
        ca.remove("shard");
        cb.remove("shard");
        if (!ca.equals(cb)) {
            throw new IllegalArgumentException(b.runId() + " ran with different settings: " + cb + " vs " + ca);
        }
    }

    private static void copyTraces(Path from, Path to) {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path src : walk.toList()) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) Files.createDirectories(dst);
                else Files.copy(src, dst);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException("two parts have a trace at " + e.getFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy traces from " + from, e);
        }
    }
}
