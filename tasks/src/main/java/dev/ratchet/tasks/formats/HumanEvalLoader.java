package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.SuiteHash;
import dev.ratchet.tasks.SuiteFormatException;
import dev.ratchet.tasks.Task;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads HumanEval-style JSONL (docs/task-formats.md, gzip allowed). Per task: workspace
 * {@code solution.py} = the prompt; reference = prompt + canonical solution; hidden
 * {@code test_hidden.py} = the solution, then the dataset's {@code test}, then
 * {@code check(entry_point)}, as one program, which is how OpenAI's human-eval harness grades
 * (execution.py: prompt + completion + test + check) and nothing more; visible
 * {@code test_visible.py} = the docstring examples that are clean Python and that the reference
 * passes ({@link ReferenceExampleCheck}; the choice is recorded in {@link ExampleSelection}). Ids such
 * as {@code HumanEval/12} are kept as they are.
 */
public final class HumanEvalLoader {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The agent completes the function in solution.py; nothing else it writes is graded. */
    static final dev.ratchet.tasks.Editable SOLUTION_ONLY = dev.ratchet.tasks.Editable.only(List.of("solution.py"));

    /**
     * Ratchet's runner, one script as one test: the grader's sandbox holds both test files and runs only the hidden
     * one, so the grade is the official check alone; the agent's sandbox has only the visible one (or none).
     */
    static final List<String> TEST_COMMAND = dev.ratchet.tasks.toolchain.Languages.pythonRunner(
            "first-script", "test_hidden.py", "test_visible.py");
    /** Part of the cache key, with the example check's script: bump when what this loader writes changes. */
    private static final String LAYOUT = "humaneval-3";

    record Problem(String id, String prompt, String entryPoint, String solution, String test) {}

    public Suite load(Path file, LoadOptions options) {
        Path abs = file.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonRecords.Entry e : JsonRecords.read(abs)) {
            Problem p = problem(abs, e);
            if (!ids.add(p.id())) throw new SuiteFormatException(abs + ": line " + e.line() + ": task '" + p.id() + "': field 'task_id': duplicate");
            problems.add(p);
        }
        String fileHash = MaterialisedCache.fileHash(abs);
        Path cache = MaterialisedCache.directory(options.cacheDir(), "humaneval", MaterialisedCache.key(abs.toString(), fileHash, LAYOUT, ReferenceExampleCheck.scriptText(),
                        ReferenceExampleCheck.pythonOnPath() ? "checked" : "unchecked"),
                into -> materialise(problems, into));
        // The materialised tasks, not only the file: the visible tests depend on the example check.
        String hash = SuiteHash.of(cache);
        List<Task> tasks = new ArrayList<>();
        for (Problem p : problems) {
            Path dir = cache.resolve(MaterialisedCache.dirName(p.id()));
            tasks.add(new Task(p.id(), "python", instructions(p), dir.resolve("workspace"), dir.resolve("visible"),
                    dir.resolve("hidden"), Optional.of(dir.resolve("reference")),
                    options.testCommand().orElse(TEST_COMMAND), TIMEOUT, options.image().orElse("ratchet/python:latest"),
                    SOLUTION_ONLY));
        }
        String name = abs.getFileName().toString().replaceFirst("\\.gz$", "").replaceFirst("\\.jsonl?$", "");
        return new Suite(name, abs.toString(), hash, tasks);
    }

    private static void materialise(List<Problem> problems, Path into) throws java.io.IOException {
        for (Problem p : problems) {
            Path dir = into.resolve(MaterialisedCache.dirName(p.id()));
            MaterialisedCache.write(dir.resolve("workspace/solution.py"), p.prompt());
            MaterialisedCache.write(dir.resolve("reference/solution.py"), p.prompt() + p.solution());
            MaterialisedCache.write(dir.resolve("hidden/test_hidden.py"), hiddenTest(p));
            java.nio.file.Files.createDirectories(dir.resolve("visible"));
        }
        ReferenceExampleCheck check = new ReferenceExampleCheck(new LocalSandboxFactory());
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ExampleSelection>> selections = new ArrayList<>();
            for (Problem p : problems) {
                Path dir = into.resolve(MaterialisedCache.dirName(p.id()));
                selections.add(pool.submit(() -> check.select(p.id(), p.entryPoint(), dir.resolve("reference"),
                        DocstringExamples.of(p.prompt(), p.entryPoint()))));
            }
            for (int i = 0; i < problems.size(); i++) {
                Path dir = into.resolve(MaterialisedCache.dirName(problems.get(i).id()));
                ExampleSelection selection = selections.get(i).get();
                selection.writeTo(dir);
                if (!selection.kept().isEmpty()) {
                    MaterialisedCache.write(dir.resolve("visible/test_visible.py"), DocstringExamples.testScript(selection.kept()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while checking docstring examples");
        } catch (ExecutionException e) {
            throw new java.io.IOException("cannot check docstring examples: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Problem problem(Path file, JsonRecords.Entry e) {
        JsonNode n = e.node();
        String where = file + ": line " + e.line() + ": ";
        String id = JsonRecords.string(n, "task_id", where);
        String at = file + ": line " + e.line() + ": task '" + id + "': ";
        String entry = JsonRecords.string(n, "entry_point", at);
        if (!entry.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new SuiteFormatException(at + "field 'entry_point': not a Python name: " + entry);
        return new Problem(id, JsonRecords.string(n, "prompt", at), entry,
                JsonRecords.string(n, "canonical_solution", at), JsonRecords.string(n, "test", at));
    }

    /** One program, as the official harness builds it: the solution, the test, {@code check(entry_point)}. */
    static String hiddenTest(Problem p) {
        return "# The solution, the dataset's test and check(entry_point), as one program (human-eval's execution.py).\n"
                + "exec(compile(open(\"solution.py\", encoding=\"utf-8\").read(), \"solution.py\", \"exec\"))\n\n"
                + p.test() + "\n\ncheck(" + p.entryPoint() + ")\nprint(\"hidden tests pass\")\n";
    }

    private static String instructions(Problem p) {
        return "Complete the function `" + p.entryPoint() + "` in solution.py so that it does what its docstring says."
                + " Keep its name and signature.\n\n```python\n" + p.prompt() + "```\n";
    }
}
