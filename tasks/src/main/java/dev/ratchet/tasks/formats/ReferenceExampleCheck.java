package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides which docstring examples of a HumanEval task become visible tests: Python's own parser
 * judges call and value ({@code humaneval_examples.py}, {@code ast}), and the reference solution must
 * return the value. It runs once per task, when the loader materialises the suite into its cache,
 * in a local sandbox (python3 on this machine, killed at {@link #TIMEOUT}), because the visible tests
 * are part of what a task is: fixed before any run, covered by the suite hash, the same in every
 * sandbox kind, and printable by {@code tasks list} without running anything. Checking in the
 * sandbox at run time instead would make a task's visible tests depend on the run. Without python3
 * here nothing can be checked, and the task gets no visible tests (its {@link ExampleSelection}
 * says why); the hidden grade does not depend on any of this.
 */
final class ReferenceExampleCheck {
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final String SCRIPT = "humaneval_examples.py";
    private static final String INPUT = "humaneval_examples.in.json";

    private final SandboxFactory sandboxes;
    private final String script;

    ReferenceExampleCheck(SandboxFactory sandboxes) {
        this.sandboxes = sandboxes;
        this.script = scriptText();
    }

    /**
     * {@code humaneval_examples.py} with the visible tests' own comparison ({@link DocstringExamples#SAME}) in it, so
     * an example is kept by exactly the rule it is later tested with; also part of the suite cache's key.
     */
    static String scriptText() {
        try (InputStream in = ReferenceExampleCheck.class.getResourceAsStream(SCRIPT)) {
            if (in == null) throw new IllegalStateException(SCRIPT + " missing from the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains("\n# SAME\n")) throw new IllegalStateException(SCRIPT + " has no '# SAME' line");
            return text.replace("\n# SAME\n", "\n" + DocstringExamples.SAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code reference}: the directory holding the reference {@code solution.py}. */
    ExampleSelection select(String taskId, String entryPoint, Path reference, List<DocstringExamples.Example> examples) {
        if (examples.isEmpty()) return new ExampleSelection(null, List.of(), List.of());
        ObjectNode in = JsonRecords.JSON.createObjectNode().put("entry_point", entryPoint);
        ArrayNode list = in.putArray("examples");
        for (DocstringExamples.Example e : examples) {
            list.addObject().put("line", e.line()).put("style", e.style().name().toLowerCase(java.util.Locale.ROOT))
                    .put("text", e.text()).put("call", e.call()).put("expected", e.expected());
        }
        ExecResult run;
        try (Sandbox sandbox = sandboxes.create(new SandboxSpec(List.of(reference), Map.of(), "", taskId + "#examples"))) {
            sandbox.writeFile(SCRIPT, script);
            sandbox.writeFile(INPUT, in.toString());
            run = sandbox.exec(List.of("python3", "-I", SCRIPT, INPUT), TIMEOUT);
        } catch (SandboxException e) {
            return unchecked(examples, "the examples could not be checked: " + e.getMessage());
        }
        if (run.exitCode() == 127) return unchecked(examples, "python3 not found on this machine, so no example could be checked");
        if (!run.succeeded()) {
            return unchecked(examples, "the example check failed (exit " + run.exitCode() + (run.timedOut() ? ", timed out" : "")
                    + "): " + lastLine(run.stderr()));
        }
        List<ExampleSelection.Kept> kept = new ArrayList<>();
        List<ExampleSelection.Dropped> dropped = new ArrayList<>();
        try {
            for (JsonNode row : JsonRecords.JSON.readTree(run.stdout())) {
                int line = row.get("line").asInt();
                if (row.get("reason").isNull()) {
                    kept.add(new ExampleSelection.Kept(line, row.get("call").asText(), row.get("expected").asText()));
                } else {
                    dropped.add(new ExampleSelection.Dropped(line, row.get("text").asText(), row.get("reason").asText()));
                }
            }
        } catch (IOException | NullPointerException e) {
            return unchecked(examples, "the example check printed no result: " + lastLine(run.stdout()));
        }
        return new ExampleSelection(null, kept, dropped);
    }

    /** Whether python3 is on this machine's PATH: the cache keeps checked and unchecked selections apart. */
    static boolean pythonOnPath() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(Path.of(dir, "python3"))) return true;
        }
        return false;
    }

    private static ExampleSelection unchecked(List<DocstringExamples.Example> examples, String why) {
        return new ExampleSelection(why, List.of(),
                examples.stream().map(e -> new ExampleSelection.Dropped(e.line(), e.text(), "not checked")).toList());
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }
}
