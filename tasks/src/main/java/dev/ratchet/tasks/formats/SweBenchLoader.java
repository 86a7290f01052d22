package dev.ratchet.tasks.formats;

import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.SuiteFormatException;
import dev.ratchet.tasks.Task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads SWE-bench-style instances (docs/task-formats.md) from a JSON array or JSONL file. Per instance:
 * workspace = the repository at {@code base_commit}, exported without history; reference = the files
 * {@code patch} changes; hidden = the files {@code test_patch} changes + the list of FAIL_TO_PASS and
 * PASS_TO_PASS tests; visible = the PASS_TO_PASS tests that exist before {@code test_patch} (so the agent
 * can check it broke nothing; the failing tests stay hidden). By default Ratchet's Python runner runs exactly
 * the listed test ids under pytest and reports each one on the result channel, so the grade is per test; a
 * suite's own runner ({@code test_command} in an import file) gets them from {@code .ratchet/run-tests.sh}
 * and is graded by its exit code alone.
 */
public final class SweBenchLoader {

    static final Duration TIMEOUT = Duration.ofSeconds(900);
    static final String IDS = ".ratchet/test-ids.txt";
    /** pytest over the listed ids, inside Ratchet's runner (which owns the result channel). */
    static final List<String> TEST_COMMAND = dev.ratchet.tasks.toolchain.Languages.pythonRunner("pytest-ids", IDS);
    /** A suite's own runner: the ids appended to it, exit code only (Debian images have no {@code python}). */
    static final List<String> CUSTOM_COMMAND = List.of("sh", ".ratchet/run-tests.sh");

    public Suite load(Path file, LoadOptions options) {
        Path abs = file.toAbsolutePath().normalize();
        List<SweBenchInstance> instances = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonRecords.Entry e : JsonRecords.read(abs)) {
            SweBenchInstance i = SweBenchInstance.from(abs, e);
            if (!ids.add(i.id())) throw new SuiteFormatException(abs + ": line " + e.line() + ": task '" + i.id() + "': field 'instance_id': duplicate");
            instances.add(i);
        }
        Path reposDir = options.reposDir().orElse(abs.getParent().resolve("repos"));
        List<Path> repos = instances.stream().map(i -> repository(i, abs, reposDir, options.cacheDir())).toList();
        Optional<List<String>> runner = options.testCommand();
        List<String> command = runner.isPresent() ? CUSTOM_COMMAND : TEST_COMMAND;
        String hash = MaterialisedCache.fileHash(abs);
        String key = MaterialisedCache.key(abs.toString(), hash, repos.toString(),
                runner.map(r -> String.join("\u0001", r)).orElse("ratchet-runner"));
        Path cache = MaterialisedCache.directory(options.cacheDir(), "swebench", key, into -> {
            for (int k = 0; k < instances.size(); k++) {
                materialise(instances.get(k), repos.get(k), into.resolve(MaterialisedCache.dirName(instances.get(k).id())), runner, abs);
            }
        });
        List<Task> tasks = new ArrayList<>();
        for (SweBenchInstance i : instances) {
            Path dir = cache.resolve(MaterialisedCache.dirName(i.id()));
            tasks.add(new Task(i.id(), "python", instructions(i), dir.resolve("workspace"), dir.resolve("visible"),
                    dir.resolve("hidden"), Optional.of(dir.resolve("reference")), command, TIMEOUT,
                    options.image().map(img -> img.replace("{instance_id}", i.id())).orElse("ratchet/python:latest")));
        }
        String name = abs.getFileName().toString().replaceFirst("\\.gz$", "").replaceFirst("\\.jsonl?$", "");
        return new Suite(name, abs.toString(), hash, tasks);
    }

    private static Path repository(SweBenchInstance i, Path file, Path reposDir, Path cacheDir) {
        Path found = i.repoDir(file, reposDir);
        try {
            return GitBundleClone.repository(found, cacheDir);
        } catch (java.io.UncheckedIOException e) {
            // a bundle that is no bundle (or is truncated) is bad input, named like any other field
            throw new SuiteFormatException(file + ": task '" + i.id() + "': field '" + (i.repoPath().isPresent() ? "repo_path" : "repo")
                    + "': " + e.getCause().getMessage());
        }
    }

    private static void materialise(SweBenchInstance i, Path repo, Path dir, Optional<List<String>> runner, Path file) throws IOException {
        String at = file + ": task '" + i.id() + "': ";
        Path ws = Files.createDirectories(dir.resolve("workspace"));
        try {
            GitTreeExport.export(repo, i.baseCommit(), ws);
        } catch (GitTreeExport.NotFound e) {
            throw new SuiteFormatException(at + "field 'base_commit': " + e.getMessage());
        }
        Path reference = Files.createDirectories(dir.resolve("reference"));
        Path hidden = Files.createDirectories(dir.resolve("hidden"));
        Path visible = Files.createDirectories(dir.resolve("visible"));
        Set<String> testFiles;
        try {
            UnifiedDiff.write(UnifiedDiff.apply(ws, i.patch()), reference);
        } catch (UnifiedDiff.PatchException e) {
            throw new SuiteFormatException(at + "field 'patch': does not apply at base_commit: " + e.getMessage());
        }
        try {
            var tests = UnifiedDiff.apply(ws, i.testPatch());
            UnifiedDiff.write(tests, hidden);
            testFiles = tests.keySet();
        } catch (UnifiedDiff.PatchException e) {
            throw new SuiteFormatException(at + "field 'test_patch': does not apply at base_commit: " + e.getMessage());
        }
        if (runner.isPresent()) {
            String script = runScript(runner.get());
            MaterialisedCache.write(hidden.resolve(".ratchet/run-tests.sh"), script);
            MaterialisedCache.write(visible.resolve(".ratchet/run-tests.sh"), script);
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(i.failToPass());
        all.addAll(i.passToPass());
        MaterialisedCache.write(hidden.resolve(IDS), lines(all));
        // pytest ids name their file: keep the ones whose file test_patch doesn't touch (they exist at base)
        List<String> visibleIds = i.passToPass().stream()
                .filter(t -> !t.contains("::") || !testFiles.contains(t.substring(0, t.indexOf("::"))))
                .toList();
        MaterialisedCache.write(visible.resolve(IDS), lines(visibleIds));
    }

    /** Reads the ids one a line (they may hold spaces and brackets); no ids = nothing to run = pass. */
    static String runScript(List<String> runner) {
        return "#!/bin/sh\n# Written by Ratchet: runs the test ids listed in .ratchet/test-ids.txt.\n"
                + "tr '\\n' '\\0' < .ratchet/test-ids.txt | xargs -0 -r " + dev.ratchet.tasks.toolchain.Languages.shellWords(runner) + "\n";
    }

    private static String lines(Iterable<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (String id : ids) if (!id.isBlank()) sb.append(id.replace('\n', ' ')).append('\n');
        return sb.toString();
    }

    private static String instructions(SweBenchInstance i) {
        return "The repository " + i.repo() + " is checked out in the workspace. Resolve this issue by editing"
                + " its source (not its tests):\n\n" + i.problemStatement().strip() + "\n";
    }
}
