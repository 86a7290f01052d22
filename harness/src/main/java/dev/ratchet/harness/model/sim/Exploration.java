package dev.ratchet.harness.model.sim;

import dev.ratchet.tasks.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the simulated model looks up before editing (explore=1): an identifier named in the
 * instructions (the first `backticked` one), else the first function a visible test calls; and the
 * lines of the target file around the first line the reference changes.
 */
record Exploration(String query, int startLine, int endLine) {
    static final int CONTEXT = 20;
    static final int LINES = 60;
    private static final Pattern BACKTICKED = Pattern.compile("`([A-Za-z_][A-Za-z0-9_.]*)\\(?\\)?`");
    private static final Pattern CALL = Pattern.compile("\\b([a-z_][A-Za-z0-9_]{3,})\\(");
    private static final java.util.Set<String> TEST_WORDS = java.util.Set.of("assertEqual", "assertTrue",
            "assertFalse", "assertRaises", "assertIn", "assertIsNone", "main", "setUp", "self", "print", "range", "len");

    static Exploration of(Task task, TaskAnswers answers, String target) {
        String[] pristine = answers.pristine().get(target).split("\n", -1);
        String[] reference = answers.reference().get(target).split("\n", -1);
        int first = 0;
        while (first < pristine.length && first < reference.length && pristine[first].equals(reference[first])) first++;
        int start = Math.max(1, first + 1 - CONTEXT);
        int total = pristine.length > 0 && pristine[pristine.length - 1].isEmpty() ? pristine.length - 1 : pristine.length;
        start = Math.min(start, Math.max(1, total));
        return new Exploration(query(task), start, Math.max(start, Math.min(total, start + LINES - 1)));
    }

    static String query(Task task) {
        Matcher m = BACKTICKED.matcher(task.instructions());
        while (m.find()) {
            String id = m.group(1);
            if (id.contains("_") || !id.equals(id.toLowerCase()) || m.group(0).contains("(")) return id;
        }
        String fromTests = firstCalledFunction(task.visibleTests());
        if (fromTests != null) return fromTests;
        m = BACKTICKED.matcher(task.instructions());
        return m.find() ? m.group(1) : task.id();
    }

    private static String firstCalledFunction(Path tests) {
        if (tests == null || !Files.isDirectory(tests)) return null;
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Matcher m = CALL.matcher(Files.readString(f));
                while (m.find()) {
                    String name = m.group(1);
                    if (!TEST_WORDS.contains(name) && !name.startsWith("test") && !name.startsWith("assert")) return name;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read visible tests " + tests, e);
        }
        return null;
    }
}
