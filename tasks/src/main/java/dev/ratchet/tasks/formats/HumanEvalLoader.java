package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.SuiteFormatException;
import dev.ratchet.tasks.Task;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads HumanEval-style JSONL (TASK-FORMATS.md §3, gzip allowed). Per task: workspace
 * {@code solution.py} = the prompt; visible {@code test_visible.py} = the docstring's examples;
 * hidden {@code test_hidden.py} = {@code test} + {@code check(entry_point)}; reference = prompt +
 * canonical solution. Ids such as {@code HumanEval/12} are kept as they are.
 */
public final class HumanEvalLoader {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The agent completes the function in solution.py; nothing else it writes is graded. */
    static final dev.ratchet.tasks.Editable SOLUTION_ONLY = dev.ratchet.tasks.Editable.only(List.of("solution.py"));

    /** Each test file is a script; Ratchet's runner runs the ones present and reports each as one test. */
    static final List<String> TEST_COMMAND = dev.ratchet.tasks.toolchain.Languages.pythonRunner(
            "scripts", "test_visible.py", "test_hidden.py");

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
        String hash = MaterialisedCache.fileHash(abs);
        Path cache = MaterialisedCache.directory(options.cacheDir(), "humaneval", MaterialisedCache.key(abs.toString(), hash), into -> {
            for (Problem p : problems) {
                Path dir = into.resolve(MaterialisedCache.dirName(p.id()));
                MaterialisedCache.write(dir.resolve("workspace/solution.py"), p.prompt());
                MaterialisedCache.write(dir.resolve("reference/solution.py"), p.prompt() + p.solution());
                MaterialisedCache.write(dir.resolve("hidden/test_hidden.py"), hiddenTest(p));
                java.nio.file.Files.createDirectories(dir.resolve("visible"));
                List<DocstringExamples.Example> examples = DocstringExamples.of(p.prompt(), p.entryPoint());
                if (!examples.isEmpty()) {
                    MaterialisedCache.write(dir.resolve("visible/test_visible.py"), DocstringExamples.testScript(examples));
                }
            }
        });
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

    static String hiddenTest(Problem p) {
        return "from solution import *\nimport solution as _solution\n\n" + p.test()
                + "\n\ncheck(_solution." + p.entryPoint() + ")\nprint(\"hidden tests pass\")\n";
    }

    private static String instructions(Problem p) {
        return "Complete the function `" + p.entryPoint() + "` in solution.py so that it does what its docstring says."
                + " Keep its name and signature.\n\n```python\n" + p.prompt() + "```\n";
    }
}
