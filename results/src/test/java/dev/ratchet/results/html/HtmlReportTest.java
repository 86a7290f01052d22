package dev.ratchet.results.html;

import dev.ratchet.results.Json;

import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TaskFileName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void pageHasTheChartsTheTableAndOneTraceScriptPerSample() throws Exception {
        RunStore store = SyntheticRun.create(dir, "run-1", 6, 3);
        Path html = store.dir().resolve(HtmlReport.FILE);
        HtmlReport.Written written = HtmlReport.write(store, html);
        String page = Files.readString(html);

        assertThat(written.traces()).isEqualTo(18);
        assertThat(count(page, "<svg class=\"chart ")).isEqualTo(6);
        assertThat(page).contains("chart success").contains("chart passk").contains("chart confusion")
                .contains("chart cost").contains("chart budget budget-usd").contains("chart budget budget-wall").contains("class=\"band observed\"")
                .contains("series uniform").contains("series mixture")
                .contains("<table id=\"table\">").contains("ratchetTrace").contains("report-traces/");
        // No network: nothing is fetched from anywhere.
        assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://", "https://");
        // Task ids are data, never markup; no placeholder is left unfilled.
        assertThat(page).doesNotContain("<b>&").contains("py/odd name &lt;b&gt;&amp;").doesNotContain("{{");

        try (Stream<Path> files = Files.walk(store.dir().resolve(TraceScripts.DIR))) {
            assertThat(files.filter(p -> p.toString().endsWith(".js")).count()).isEqualTo(18);
        }
        for (SampleResult r : store.results()) {
            Path script = store.dir().resolve(TraceScripts.DIR).resolve(TaskFileName.encode(r.task()))
                    .resolve(r.sample() + ".js");
            String js = Files.readString(script);
            assertThat(js).startsWith("ratchetTrace(\"" + TraceScripts.key(r) + "\",[")
                    .contains("\"event\":\"task_finished\"").endsWith("]);\n");
        }
    }

    @Test
    void traceScriptIsLoadableJavascriptEvenWithATornLastLine() {
        String js = TraceScripts.script("t/0", java.util.List.of("{\"event\":\"plan\",\"ts\":1,\"text\":\"a\\u2028b\"}",
                "{\"event\":\"plan\",\"ts\":2", ""));
        assertThat(js).isEqualTo("ratchetTrace(\"t/0\",[\n{\"event\":\"plan\",\"ts\":1,\"text\":\"a\\u2028b\"}]);\n");
    }

    @Test
    void controlCharactersInATraceReachTheViewerEscaped() throws Exception {
        String grade = Json.MAPPER.writeValueAsString(new dev.ratchet.results.TraceEvent.GradeResult(2, 1, false, 1, false,
                "FAIL\r\u001b[2K\u001b[32mGRADE PASSED\u001b[0m\u009b\n", 3));
        String plain = "{\"event\":\"plan\",\"ts\":1,\"text\":\"no controls\\n here\"}";

        String js = TraceScripts.script("t/0", java.util.List.of(plain, grade));

        assertThat(js).doesNotContain("\\u001b", "\\r", "\u001b", "\u009b")
                .contains("FAIL\\\\x0d\\\\x1b[2K\\\\x1b[32mGRADE PASSED\\\\x1b[0m\\\\x9b\\n")
                .contains(plain); // lines without control characters are kept as they are
        var events = Json.MAPPER.readTree(js.substring(js.indexOf('['), js.lastIndexOf(']') + 1));
        assertThat(events.get(1).get("output").asText()).isEqualTo("FAIL\\x0d\\x1b[2K\\x1b[32mGRADE PASSED\\x1b[0m\\x9b\n");
        assertThat(events.get(1).get("passed").asBoolean()).isFalse();
    }

    @Test
    void scriptBreakoutInTracesOrTaskIdsIsEscapedInThePage() throws Exception {
        RunStore store = SyntheticRun.create(dir, "run-2", 2, 1);
        String page = Files.readString(HtmlReport.write(store, store.dir().resolve(HtmlReport.FILE)).html());
        Matcher data = Pattern.compile("<script id=\"ratchet-data\" type=\"application/json\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        assertThat(data.find()).isTrue();
        assertThat(data.group(1)).doesNotContain("<").contains("\"rows\"");
    }

    @Test
    void singleFilePageHoldsEveryTraceAsInertJsonAndWritesNoFolder() throws Exception {
        RunStore store = SyntheticRun.create(dir, "run-one-file", 6, 3);
        HtmlReport.Written written = HtmlReport.write(store, store.dir().resolve(HtmlReport.FILE), HtmlReport.Traces.INLINE);
        String page = Files.readString(written.html());

        assertThat(written.traces()).isEqualTo(18);
        assertThat(written.where()).isEqualTo(HtmlReport.Traces.INLINE);
        assertThat(store.dir().resolve(TraceScripts.DIR)).doesNotExist();
        assertThat(page).contains("\"single_file\":true");
        Matcher inline = Pattern.compile("<script type=\"application/json\" class=\"ratchet-trace\" data-key=\"([^\"]*)\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        int found = 0;
        int hostile = 0;
        while (inline.find()) {
            found++;
            // The traces hold "</script><script>alert(1)</script>": escaped, so this element ends only where it should.
            assertThat(inline.group(2)).doesNotContain("<");
            var events = Json.MAPPER.readTree(inline.group(2));
            assertThat(events.isArray()).isTrue();
            assertThat(events.get(0).get("event").asText()).isEqualTo("task_started");
            assertThat(events.get(events.size() - 1).get("event").asText()).isEqualTo("task_finished");
            if (events.toString().contains("Fix add() in </script><script>alert(1)</script>")) hostile++;
        }
        assertThat(found).isEqualTo(18);
        assertThat(hostile).as("traces with the breakout text, read back intact").isPositive();
        assertThat(page).contains("data-key=\"" + Svg.escape(TaskFileName.encode("py/odd name <b>&")) + "/0\"");

        // The default page says where its traces are instead.
        String beside = Files.readString(HtmlReport.write(store, store.dir().resolve(HtmlReport.FILE)).html());
        assertThat(beside).contains("\"single_file\":false").doesNotContain("class=\"ratchet-trace\"");
    }

    @Test
    void templateIsFilledInOnePass() {
        assertThat(HtmlReport.fill("a{{X}}b{{Y}}c{{Z}}", Map.of("X", "{{Y}}", "Y", "2")))
                .isEqualTo("a{{Y}}b2c{{Z}}");
    }

    @Test
    void tenThousandRowReportIsWritten() throws Exception {
        RunStore store = SyntheticRun.create(dir, "run-big", 2_500, 4);
        HtmlReport.Written written = HtmlReport.write(store, store.dir().resolve(HtmlReport.FILE));
        assertThat(written.traces()).isEqualTo(10_000);
        String page = Files.readString(written.html());
        assertThat(count(page, "\"task-2499\"")).isEqualTo(4);
        // The table is paginated in the browser, so the page itself holds no table rows.
        assertThat(page).doesNotContain("<tr data-key");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
