package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.tasks.SuiteFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code files} object of an exercise's {@code .meta/config.json}; paths relative to the exercise.
 * {@code editor} files are read-only support files the solution uses (Java exception classes, Go test cases).
 */
record ExercismConfig(List<String> solution, List<String> test, List<String> example, List<String> editor) {

    static ExercismConfig read(Path configFile, String taskId) {
        String at = configFile + ": task '" + taskId + "': ";
        JsonNode root;
        try {
            root = JsonRecords.JSON.readTree(Files.readString(configFile));
        } catch (JsonProcessingException e) {
            throw new SuiteFormatException(at + "bad JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SuiteFormatException(at + "cannot read: " + e.getMessage(), e);
        }
        JsonNode files = root == null ? null : root.get("files");
        if (files == null || !files.isObject()) throw new SuiteFormatException(at + "field 'files': missing");
        List<String> solution = list(files, "solution", at);
        List<String> test = list(files, "test", at);
        if (solution.isEmpty()) throw new SuiteFormatException(at + "field 'files.solution': missing or empty");
        if (test.isEmpty()) throw new SuiteFormatException(at + "field 'files.test': missing or empty");
        return new ExercismConfig(solution, test, list(files, "example", at), list(files, "editor", at));
    }

    private static List<String> list(JsonNode files, String field, String at) {
        JsonNode v = files.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new SuiteFormatException(at + "field 'files." + field + "': expected a list of paths");
        List<String> out = new ArrayList<>();
        for (JsonNode p : v) {
            String s = p.asText();
            if (!p.isTextual() || s.isBlank() || s.startsWith("/") || s.contains("..")) {
                throw new SuiteFormatException(at + "field 'files." + field + "': bad path " + p);
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Where each example file goes in the reference, one file per target: the solution file with the same
     * name (Java's {@code .meta/src/reference/java/X.java} for {@code src/main/java/X.java}), else the only
     * solution file with the same extension ({@code .meta/example.py}), else next to the solution files under
     * its own name (Java's helper classes, e.g. bowling's {@code Frame.java}). Throws when two would meet.
     */
    Map<String, String> exampleTargets(String at) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String ex : example) {
            String target = solution.stream().filter(s -> name(s).equals(name(ex))).findFirst().orElse(null);
            if (target == null) {
                List<String> sameExt = solution.stream().filter(s -> ext(s).equals(ext(ex))).toList();
                boolean nameMatched = example.stream().anyMatch(e -> !e.equals(ex) && sameExt.stream().anyMatch(s -> name(s).equals(name(e))));
                if (sameExt.size() == 1 && !nameMatched && !taken.contains(sameExt.getFirst())) {
                    target = sameExt.getFirst();
                } else {
                    String besides = (sameExt.isEmpty() ? solution : sameExt).getFirst();
                    target = dir(besides) + name(ex);
                }
            }
            if (!taken.add(target)) {
                throw new SuiteFormatException(at + "field 'files.example': " + ex + " and another example both map onto " + target);
            }
            out.put(ex, target);
        }
        return out;
    }

    private static String dir(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String ext(String path) {
        String n = name(path);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot);
    }
}
