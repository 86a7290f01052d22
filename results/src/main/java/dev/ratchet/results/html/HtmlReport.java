package dev.ratchet.results.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ratchet.results.ClusterBootstrap;
import dev.ratchet.results.BranchOrigin;
import dev.ratchet.results.Json;
import dev.ratchet.results.MetricsJson;
import dev.ratchet.results.MetricsTable;
import dev.ratchet.results.Prediction;
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
 * report.html: one page with inline CSS, JS and SVG (works from file:// with no network). Its
 * traces are either {@code report-traces/} beside it, loaded one sample at a time (the default: the
 * page stays small, but it needs that folder next to it), or, with {@link Traces#INLINE}, inside
 * the page as inert JSON, so the one file can be mailed or moved alone. The task table is
 * paginated in the browser, so 10,000 rows stay responsive.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static final String FILE = "report.html";
    /** The folder of trace scripts beside the page, unless they are inlined. */
    public static final String TRACES_DIR = TraceScripts.DIR;

    /** Where the sample traces go: {@code report-traces/} beside the page, or inside it ({@code --single-file}). */
    public enum Traces { BESIDE, INLINE }

    /** What was written: the page, how many traces, and whether they are inside the page. */
    public record Written(Path html, int traces, Traces where) {}

    public static Written write(RunStore store, Path html) {
        return write(store, html, Traces.BESIDE);
    }

    public static Written write(RunStore store, Path html, Traces where) {
        List<SampleResult> results = store.results();
        return write(store, RunMetrics.of(store.info(), results, ClusterBootstrap.DEFAULT, store.validation()), results,
                html, where);
    }

    public static Written write(RunStore store, RunMetrics metrics, List<SampleResult> results, Path html, Traces where) {
        Path dir = html.toAbsolutePath().getParent();
        TraceScripts.Inline inline = where == Traces.INLINE ? TraceScripts.inline(store, results) : TraceScripts.Inline.NONE;
        try {
            Files.createDirectories(dir);
            Files.writeString(html, page(metrics, results, inline), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + html, e);
        }
        int traces = where == Traces.INLINE ? inline.count() : TraceScripts.write(store, results, dir);
        return new Written(html, traces, where);
    }

    static String page(RunMetrics m, List<SampleResult> results) {
        return page(m, results, TraceScripts.Inline.NONE);
    }

    private static String page(RunMetrics m, List<SampleResult> results, TraceScripts.Inline inline) {
        RunInfo info = m.info();
        String title = info == null ? "Ratchet run" : "Ratchet run " + info.runId();
        String subtitle = info == null ? "" : "model " + info.model() + " · suite " + info.suiteName()
                + " · " + info.createdAt() + " · policy " + RunMetrics.policy(info) + " · verifier " + RunMetrics.verifier(info);
        BranchOrigin branch = BranchOrigin.of(info).orElse(null);
        if (branch != null) subtitle += " · " + branch.describe() + " (steps 1–" + branch.fromStep() + " replayed in every sample)";
        String caveat = RunMetrics.verifierCaveat(info);
        return fill(resource("report.html"), Map.of(
                "CSS", resource("report.css"),
                "TITLE", Svg.escape(title),
                "SUBTITLE", Svg.escape(subtitle),
                "CAVEAT", caveat == null ? "" : "<p class=\"caveat\">Verifier " + Svg.escape(RunMetrics.verifier(info)) + ": "
                        + Svg.escape(caveat) + ". Its success and verifier numbers are not a deployable agent's.</p>",
                "CHARTS", charts(m, results),
                "TABLE", Svg.escape(MetricsTable.render(m)),
                "FLAKY", FlakySection.render(m.flaky()) + FlakySection.renderInvalid(m.invalid()),
                "DATA", script(data(m, results, inline != TraceScripts.Inline.NONE)),
                "TRACES", inline.html(),
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
        Prediction p = m.prediction();
        // The bootstrap resamples tasks: over one task every resample is that task, so its interval
        // has zero width and a band would look certain. Wilson (one sample per task) is not affected.
        boolean oneTask = m.tasks() == 1;
        String oneTaskNote = "One task: its intervals resample tasks and so have zero width; no band is drawn,"
                + " which does not make the rates certain.";
        boolean observedBand = !(oneTask && TaskSamples.clustered(TaskSamples.of(results)));
        List<String> successNotes = new ArrayList<>();
        if (!observedBand) successNotes.add(oneTaskNote);
        boolean repair = p.model() == Prediction.Model.REPAIR;
        if (repair) {
            successNotes.add("Repair model (a rejected round is repaired in its conversation): from round-1 accuracy,"
                    + " the measured repair and kept rates per round and the verifier's TPR/FPR; pooled over tasks"
                    + " and per task.");
        } else if (!CurveChart.drawn(new CurveChart.Series("", "", p.mixture(), false))) {
            successNotes.add("Beta mixture not drawn: the spread of difficulty between tasks is not identifiable"
                    + " (it needs two tasks or more and several samples per task, --samples ≥ 2).");
        } else if (p.fit().defined() && Double.isInfinite(p.fit().concentration())) {
            successNotes.add("Beta mixture: no spread between tasks was measured, so it equals uniform p (the lines coincide).");
        }
        // The title names the model; legend keys stay short so five of them fit on one line.
        List<CurveChart.Series> series = new ArrayList<>(List.of(
                new CurveChart.Series("observed", "observed", p.observed(), observedBand),
                new CurveChart.Series(repair ? "pooled rates" : "uniform p", "uniform", p.uniform(), false),
                new CurveChart.Series(repair ? "per task" : "Beta mixture", "mixture", p.mixture(), false)));
        m.resampleModel().ifPresent(r -> {
            series.add(new CurveChart.Series("resample p", "alt-uniform", r.uniform(), false));
            series.add(new CurveChart.Series("resample β", "alt-mixture", r.mixture(), false));
            successNotes.add("resample p / resample β: the resample model (uniform p, Beta mixture), drawn for"
                    + " comparison only (--resample-model): this run repaired, so its rounds were not independent tries.");
        });
        String success = CurveChart.render(new CurveChart.Spec("success@r: observed vs " + p.model().key() + " model",
                "success", "round r", "success@r", series));

        String passTitle = "pass@k and pass^k over samples";
        String passAt;
        List<String> passNotes = new ArrayList<>();
        if (m.passAt().size() < 2) {
            passAt = Svg.message("passk", passTitle, "needs --samples ≥ 2");
            passNotes.add("pass@k and pass^k compare k independent samples of a task; this run has one per task.");
        } else {
            passAt = CurveChart.render(new CurveChart.Spec(passTitle, "passk", "k samples", "rate", List.of(
                    new CurveChart.Series("pass@k", "passat", m.passAt().stream().map(k -> k.rate()).toList(), !oneTask),
                    new CurveChart.Series("pass^k", "passhat", m.passHat().stream().map(k -> k.rate()).toList(), !oneTask))));
            if (oneTask) passNotes.add(oneTaskNote);
        }
        CostChart.Rendered cost = CostChart.render(TaskSamples.of(results));
        return "<div class=\"charts\">" + figure(success, successNotes) + figure(passAt, passNotes)
                + figure(ConfusionChart.render(m.summary().verifierByRound()), List.of())
                + figure(cost.svg(), cost.note().isEmpty() ? List.of() : List.of(cost.note()))
                + budgetCharts(info(m), results) + "</div>";
    }

    /** Success within budget, in tokens or USD and in wall time (docs/metrics.md "Success at equal budget"). */
    private static String budgetCharts(String name, List<SampleResult> results) {
        List<BudgetChart.Series> line = List.of(new BudgetChart.Series(name, TaskSamples.of(results)));
        dev.ratchet.results.CostUnit money = dev.ratchet.results.CostUnit.money(List.of(results));
        String note = "A sample succeeds within a budget when its submission, the loop cut at the last round finished"
                + " within it, passes the hidden tests." + (money == dev.ratchet.results.CostUnit.TOKENS
                ? " No sample has a cost (the model's price is not known), so it is counted in tokens." : "");
        return figure(BudgetChart.render("success within budget (" + money.key() + ")", money, line), List.of(note))
                + figure(BudgetChart.render("success within budget (wall time)", dev.ratchet.results.CostUnit.WALL, line), List.of());
    }

    private static String info(RunMetrics m) {
        return m.info() == null ? "this run" : RunMetrics.policy(m.info()) + " · " + RunMetrics.verifier(m.info());
    }

    /** A chart and the sentences that say what it does not show, under it (never drawn over the data). */
    private static String figure(String svg, List<String> notes) {
        StringBuilder out = new StringBuilder("<figure class=\"chart-box\">").append(svg);
        if (!notes.isEmpty()) {
            out.append("<figcaption>");
            for (String note : notes) out.append("<p class=\"note\">").append(Svg.escape(note)).append("</p>");
            out.append("</figcaption>");
        }
        return out.append("</figure>").toString();
    }

    /**
     * The page's data: the metrics JSON, one compact array per sample for the task table, and
     * whether the traces are in the page ({@code single_file}) or in {@code report-traces/}, and for a branch run where
     * it forked ({@code branch}: the trace viewer marks the end of the replayed steps).
     */
    record Data(MetricsJson metrics, List<List<Object>> rows, boolean singleFile, BranchOrigin branch) {}

    private static Data data(RunMetrics m, List<SampleResult> results, boolean singleFile) {
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
        return new Data(MetricsJson.of(m), rows, singleFile, BranchOrigin.of(m.info()).orElse(null));
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

    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
