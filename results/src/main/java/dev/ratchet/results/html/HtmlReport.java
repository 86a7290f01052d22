package dev.ratchet.results.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ratchet.results.ClusterBootstrap;
import dev.ratchet.results.Json;
import dev.ratchet.results.MetricsJson;
import dev.ratchet.results.MetricsTable;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.RunInfo;
import dev.ratchet.results.RunMetrics;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TaskSamples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * report.html: one self-contained page (inline CSS, JS and SVG; works from file:// with no
 * network) plus {@code report-traces/} beside it, loaded one sample at a time. The task table is
 * paginated in the browser, so 10,000 rows stay responsive.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static final String FILE = "report.html";

    /** What was written: the page and how many trace scripts. */
    public record Written(Path html, int traces) {}

    public static Written write(RunStore store, Path html) {
        List<SampleResult> results = store.results();
        return write(store, RunMetrics.of(store.info(), results, ClusterBootstrap.DEFAULT, store.validation()), results, html);
    }

    public static Written write(RunStore store, RunMetrics metrics, List<SampleResult> results, Path html) {
        Path dir = html.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Files.writeString(html, page(metrics, results), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + html, e);
        }
        return new Written(html, TraceScripts.write(store, results, dir));
    }

    static String page(RunMetrics m, List<SampleResult> results) {
        RunInfo info = m.info();
        String title = info == null ? "Ratchet run" : "Ratchet run " + info.runId();
        String subtitle = info == null ? "" : "model " + info.model() + " · suite " + info.suiteName()
                + " · " + info.createdAt() + " · policy " + RunMetrics.policy(info);
        return fill(resource("report.html"), Map.of(
                "CSS", resource("report.css"),
                "TITLE", Svg.escape(title),
                "SUBTITLE", Svg.escape(subtitle),
                "CHARTS", charts(m, results),
                "TABLE", Svg.escape(MetricsTable.render(m)),
                "FLAKY", FlakySection.render(m.flaky()) + FlakySection.renderInvalid(m.invalid()),
                "DATA", script(data(m, results)),
                "JS", resource("report.js")));
    }

    /** One pass over the template, so a placeholder-like string inside the data is left alone. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + (1 << 16));
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (close < 0) {
                return out.append(template, at, template.length()).toString();
            }
            String name = template.substring(open + 2, close);
            String value = values.get(name);
            out.append(template, at, open).append(value == null ? template.substring(open, close + 2) : value);
            at = close + 2;
        }
    }

    private static String charts(RunMetrics m, List<SampleResult> results) {
        var p = m.prediction();
        String success = CurveChart.render(new CurveChart.Spec("success@r: observed vs predicted", "success",
                "round r", "success@r", List.of(
                new CurveChart.Series("observed", "observed", p.observed(), true),
                new CurveChart.Series("uniform p", "uniform", p.uniform(), false),
                new CurveChart.Series("Beta mixture", "mixture", p.mixture(), false))));
        String passAt = CurveChart.render(new CurveChart.Spec("pass@k and pass^k over samples", "passk",
                "k samples", "rate", List.of(
                new CurveChart.Series("pass@k", "passat", m.passAt().stream().map(k -> k.rate()).toList(), true),
                new CurveChart.Series("pass^k", "passhat", m.passHat().stream().map(k -> k.rate()).toList(), true))));
        return "<div class=\"charts\">" + success + passAt + ConfusionChart.render(m.summary().verifierByRound())
                + CostChart.render(TaskSamples.of(results)) + "</div>";
    }

    /** The page's data: the metrics JSON and one compact array per sample for the task table. */
    record Data(MetricsJson metrics, List<List<Object>> rows) {}

    private static Data data(RunMetrics m, List<SampleResult> results) {
        List<List<Object>> rows = new ArrayList<>(results.size());
        for (SampleResult r : results) {
            StringBuilder rounds = new StringBuilder();
            for (RoundResult round : r.rounds()) {
                rounds.append(round.visiblePassed() ? '+' : '-').append(round.hiddenPassed() ? '+' : '-').append(' ');
            }
            SampleResult.Usage u = r.usage() == null ? SampleResult.Usage.NONE : r.usage();
            List<Object> row = new ArrayList<>(13);
            row.add(r.task());
            row.add(r.sample());
            row.add(r.outcome().name());
            row.add(rounds.toString().trim());
            row.add(r.submittedRound());
            row.add(u.tokensIn());
            row.add(u.tokensOut());
            row.add(u.costUsd());
            row.add(u.wallMs());
            row.add(u.modelMs());
            row.add(u.testMs());
            row.add(TraceScripts.key(r));
            row.add(r.reason());
            rows.add(row);
        }
        return new Data(MetricsJson.of(m), rows);
    }

    /** JSON safe inside a script element: no "</script>" or "<!--" can appear. */
    private static String script(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value).replace("<", "\\u003c")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize report data", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
