package dev.ratchet.tasks;

import dev.ratchet.tasks.toolchain.Languages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Ratchet's own YAML suite format (docs/task-formats.md). Every problem is reported as a
 * {@link SuiteFormatException} naming the file, the task and the field.
 */
public final class YamlSuiteLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TASK_FIELDS = Set.of("id", "language", "instructions", "workspace",
            "visible_tests", "hidden_tests", "reference", "test_command", "test_report", "timeout_seconds", "image", "editable");
    private static final Set<String> SUITE_FIELDS = Set.of("suite", "tasks");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public Suite load(Path suiteFile) {
        String file = suiteFile.toString();
        if (!Files.isRegularFile(suiteFile)) {
            throw new SuiteFormatException(file + ": suite file not found");
        }
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(suiteFile));
        } catch (JsonProcessingException e) {
            throw new SuiteFormatException(file + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new SuiteFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new SuiteFormatException(file + ": expected a mapping with 'suite' and 'tasks'");
        }
        rejectUnknown(root, SUITE_FIELDS, file + ": ");
        String name = text(root, "suite", file + ": ").orElseThrow(
                () -> new SuiteFormatException(file + ": field 'suite': missing (the suite's name)"));
        JsonNode tasksNode = root.get("tasks");
        if (tasksNode == null || !tasksNode.isArray() || tasksNode.isEmpty()) {
            throw new SuiteFormatException(file + ": field 'tasks': expected a non-empty list of tasks");
        }
        Path dir = suiteFile.toAbsolutePath().getParent();
        List<Task> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < tasksNode.size(); i++) {
            Task task = readTask(tasksNode.get(i), i, dir, file);
            if (!ids.add(task.id())) {
                throw new SuiteFormatException(file + ": task '" + task.id() + "': field 'id': duplicate id");
            }
            tasks.add(task);
        }
        return new Suite(name, file, SuiteHash.of(dir), tasks);
    }

    private Task readTask(JsonNode node, int index, Path dir, String file) {
        String where = file + ": task #" + (index + 1) + ": ";
        if (node == null || !node.isObject()) {
            throw new SuiteFormatException(where + "expected a mapping of task fields");
        }
        String id = text(node, "id", where).orElseThrow(
                () -> new SuiteFormatException(where + "field 'id': missing"));
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._/:-]*")) {
            throw new SuiteFormatException(where + "field 'id': '" + id
                    + "' may only hold letters, digits and . _ / : -");
        }
        String at = file + ": task '" + id + "': ";
        rejectUnknown(node, TASK_FIELDS, at);
        String language = required(node, "language", at);
        Optional<Languages.Defaults> defaults = Languages.defaults(language);
        Path instructionsFile = existing(dir, required(node, "instructions", at), "instructions", at, false);
        Path workspace = existing(dir, required(node, "workspace", at), "workspace", at, true);
        Path visible = existing(dir, required(node, "visible_tests", at), "visible_tests", at, true);
        Path hidden = existing(dir, required(node, "hidden_tests", at), "hidden_tests", at, true);
        Optional<Path> reference = text(node, "reference", at)
                .map(p -> existing(dir, p, "reference", at, true));
        List<String> command = testCommand(node, at)
                .map(argv -> testReport(node, at).map(f -> Languages.reportingInto(argv, f)).orElse(argv))
                .or(() -> {
                    if (node.hasNonNull("test_report")) {
                        throw new SuiteFormatException(at + "field 'test_report': needs a 'test_command' (the language's default command reports per test already)");
                    }
                    return defaults.map(Languages.Defaults::testCommand);
                })
                .orElseThrow(() -> new SuiteFormatException(at + "field 'test_command': missing, and language '"
                        + language + "' has no default (known: " + Languages.known() + ")"));
        String image = text(node, "image", at)
                .or(() -> defaults.map(Languages.Defaults::image))
                .orElse("ratchet/base:latest");
        Duration timeout = timeout(node, at);
        String instructions;
        try {
            instructions = Files.readString(instructionsFile);
        } catch (IOException e) {
            throw new SuiteFormatException(at + "field 'instructions': cannot read " + instructionsFile, e);
        }
        return new Task(id, language, instructions, workspace, visible, hidden, reference, command, timeout, image,
                editable(node, at));
    }

    private static Duration timeout(JsonNode node, String at) {
        JsonNode t = node.get("timeout_seconds");
        if (t == null || t.isNull()) return DEFAULT_TIMEOUT;
        if (!t.canConvertToInt() || t.asInt() <= 0 || !t.isNumber()) {
            throw new SuiteFormatException(at + "field 'timeout_seconds': expected a positive whole number, got " + t);
        }
        return Duration.ofSeconds(t.asInt());
    }

    /** {@code editable}: globs of the files the agent may change; default every file but the protected ones. */
    private static Editable editable(JsonNode node, String at) {
        JsonNode e = node.get("editable");
        if (e == null || e.isNull()) return Editable.ANY;
        if (!e.isArray() || e.isEmpty()) {
            throw new SuiteFormatException(at + "field 'editable': expected a non-empty list of globs, e.g. [\"*.py\"]");
        }
        List<String> globs = new ArrayList<>();
        for (JsonNode g : e) {
            if (!g.isTextual()) throw new SuiteFormatException(at + "field 'editable': every element must be a string, got " + g);
            globs.add(g.asText());
        }
        try {
            return new Editable(globs, List.of());
        } catch (IllegalArgumentException bad) {
            throw new SuiteFormatException(at + "field 'editable': " + bad.getMessage());
        }
    }

    /** {@code test_report}: the kind of report the custom test command writes into {@code $RATCHET_REPORT_DIR}. */
    private static Optional<dev.ratchet.tasks.grading.ReportFormat> testReport(JsonNode node, String at) {
        Optional<String> kind = text(node, "test_report", at);
        if (kind.isEmpty()) return Optional.empty();
        return Optional.of(dev.ratchet.tasks.grading.ReportFormat.ofKind(kind.get()).orElseThrow(() -> new SuiteFormatException(
                at + "field 'test_report': unknown report '" + kind.get() + "' (known: " + java.util.Arrays.stream(
                        dev.ratchet.tasks.grading.ReportFormat.values()).map(dev.ratchet.tasks.grading.ReportFormat::kind).toList() + ")")));
    }

    private static Optional<List<String>> testCommand(JsonNode node, String at) {
        JsonNode c = node.get("test_command");
        if (c == null || c.isNull()) return Optional.empty();
        if (!c.isArray() || c.isEmpty()) {
            throw new SuiteFormatException(at + "field 'test_command': expected a non-empty list of strings (argv)");
        }
        List<String> argv = new ArrayList<>();
        for (JsonNode a : c) {
            if (!a.isTextual()) {
                throw new SuiteFormatException(at + "field 'test_command': every element must be a string, got " + a);
            }
            argv.add(a.asText());
        }
        return Optional.of(argv);
    }

    private static Path existing(Path dir, String relative, String field, String at, boolean directory) {
        Path p = dir.resolve(relative).normalize();
        if (!p.startsWith(dir)) {
            throw new SuiteFormatException(at + "field '" + field + "': '" + relative + "' points outside the suite directory");
        }
        boolean ok = directory ? Files.isDirectory(p) : Files.isRegularFile(p);
        if (!ok) {
            throw new SuiteFormatException(at + "field '" + field + "': " + (directory ? "directory" : "file")
                    + " not found: " + relative);
        }
        return p;
    }

    private static String required(JsonNode node, String field, String at) {
        return text(node, field, at).orElseThrow(() -> new SuiteFormatException(at + "field '" + field + "': missing"));
    }

    private static Optional<String> text(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return Optional.empty();
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new SuiteFormatException(at + "field '" + field + "': expected a non-empty string, got " + v);
        }
        return Optional.of(v.asText());
    }

    private static void rejectUnknown(JsonNode node, Set<String> allowed, String at) {
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new SuiteFormatException(at + "unknown field '" + f + "' (known: "
                        + allowed.stream().sorted().toList() + ")");
            }
        });
    }
}
