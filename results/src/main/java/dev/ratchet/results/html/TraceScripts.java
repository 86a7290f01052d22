package dev.ratchet.results.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ratchet.results.Json;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TaskFileName;
import dev.ratchet.results.VisibleText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One small script per sample trace, next to the report: {@code report-traces/<task>/<sample>.js}
 * calling {@code ratchetTrace(key, events)}. Chromium blocks fetch()/XHR of local files under
 * file://, but a {@code <script src>} added when a row is opened still loads, so traces stay on
 * disk until needed instead of being inlined into one huge page.
 */
final class TraceScripts {
    private TraceScripts() {}

    static final String DIR = "report-traces";

    /** The key the page and the script agree on; also the script's path below {@link #DIR}. */
    static String key(SampleResult r) {
        return TaskFileName.encode(r.task()) + "/" + r.sample();
    }

    /** Writes a script for every sample with a trace (in parallel: it is file I/O); returns how many. */
    static int write(RunStore store, List<SampleResult> results, Path reportDir) {
        return (int) results.parallelStream().filter(r -> write(store, r, reportDir)).count();
    }

    private static boolean write(RunStore store, SampleResult r, Path reportDir) {
        Path trace = store.tracePath(r.task(), r.sample());
        if (!Files.isRegularFile(trace)) return false;
        Path script = reportDir.resolve(DIR).resolve(key(r) + ".js");
        try {
            Files.createDirectories(script.getParent());
            Files.writeString(script, script(key(r), Files.readAllLines(trace, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write trace script " + script, e);
        }
        return true;
    }

    /** The traces of {@code --single-file}: page markup and how many traces it holds. */
    record Inline(String html, int count) {
        static final Inline NONE = new Inline("", 0);
    }

    /**
     * Every trace as an inert {@code <script type="application/json">} element, parsed only when its
     * row is opened, so a page of many traces still loads fast. JSON has {@code <} only inside strings,
     * where {@code \u003c} means the same, so no trace can close the element.
     */
    static Inline inline(RunStore store, List<SampleResult> results) {
        List<String> parts = results.parallelStream().map(r -> {
            Path trace = store.tracePath(r.task(), r.sample());
            if (!Files.isRegularFile(trace)) return "";
            try {
                return "<script type=\"application/json\" class=\"ratchet-trace\" data-key=\"" + Svg.escape(key(r)) + "\">"
                        + events(Files.readAllLines(trace, StandardCharsets.UTF_8)).replace("<", "\\u003c") + "</script>\n";
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read trace " + trace, e);
            }
        }).toList();
        StringBuilder html = new StringBuilder();
        int count = 0;
        for (String part : parts) {
            if (part.isEmpty()) continue;
            html.append(part);
            count++;
        }
        return new Inline(html.toString(), count);
    }

    static String script(String key, List<String> lines) {
        return "ratchetTrace(" + quote(key) + "," + events(lines) + ");\n";
    }

    /**
     * The trace as a JSON array, which is also a JS expression. Lines are appended whole and fsync'd,
     * so only the last can be torn (a crash mid-write): it alone is parsed, and dropped if incomplete.
     */
    static String events(List<String> lines) {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) last--;
        if (last >= 0 && !isJsonObject(lines.get(last).strip())) last--;
        StringBuilder out = new StringBuilder("[\n");
        boolean first = true;
        for (int i = 0; i <= last; i++) {
            String trimmed = lines.get(i).strip();
            if (trimmed.isEmpty()) continue;
            if (!first) out.append(",\n");
            out.append(visible(trimmed));
            first = false;
        }
        return out.append("]").toString();
    }

    /**
     * The event with every string made {@link VisibleText visible}: the viewer then shows a candidate's escape
     * sequences as {@code \x1b[32m} instead of passing control characters to the page. JSON escapes C0 controls
     * ({@code \u001b}, {@code \r}, {@code \b}, {@code \f}) and leaves DEL and C1 raw; lines with neither are kept
     * as they are, unparsed.
     */
    static String visible(String line) {
        boolean suspect = line.contains("\\u00") || line.contains("\\r") || line.contains("\\b") || line.contains("\\f")
                || line.chars().anyMatch(c -> c >= 0x7f && c <= 0x9f);
        if (!suspect) return line;
        try {
            return Json.MAPPER.writeValueAsString(visible(Json.MAPPER.readTree(line)));
        } catch (JsonProcessingException e) {
            return line; // only the torn last line can fail, and it was dropped already
        }
    }

    private static JsonNode visible(JsonNode node) {
        if (node.isTextual()) return TextNode.valueOf(VisibleText.of(node.textValue()));
        if (node instanceof ObjectNode object) {
            var names = new java.util.ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            for (var name : names) object.set(name, visible(object.get(name)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) array.set(i, visible(array.get(i)));
        }
        return node;
    }

    private static boolean isJsonObject(String line) {
        try {
            return Json.MAPPER.readTree(line).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String quote(String s) {
        try {
            return Json.MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
