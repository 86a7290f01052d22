package dev.ratchet.results.html;

import dev.ratchet.results.EqualBudgetTable;
import dev.ratchet.results.ExperimentReport;
import dev.ratchet.results.ExperimentTable;
import dev.ratchet.results.Interval;
import dev.ratchet.results.Prediction;
import dev.ratchet.results.RunMetrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The experiment's report.html (docs/experiments.md): the grid table (observed success@r per cell with its
 * interval and the prediction from the cell's own measurements, each cell linked to its run's report), the
 * equal-budget charts over all cells, and the pairwise comparisons. Inline CSS and SVG: it opens from file://.
 */
public final class ExperimentPage {
    private ExperimentPage() {}

    public static final String FILE = "report.html";

    public static Path write(ExperimentReport r) {
        Path html = r.dir().resolve(FILE);
        try {
            Files.writeString(html, page(r), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + html, e);
        }
        return html;
    }

    static String page(ExperimentReport r) {
        var s = r.experiment().settings();
        String title = "Ratchet experiment " + r.dir().getFileName();
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Svg.escape(title)).append("</title><style>").append(HtmlReport.resource("report.css"))
                .append("table.grid td, table.grid th { padding: 2px 8px; text-align: left; white-space: nowrap; }")
                .append("</style></head><body><header><h1>").append(Svg.escape(title)).append("</h1><p class=\"sub\">")
                .append(Svg.escape("suite " + s.get("suite") + " · model " + s.get("model") + " · " + s.get("rounds")
                        + " rounds · " + s.get("samples") + " samples per task · " + r.cells().size() + " cells"))
                .append("</p></header><main>");
        out.append("<section id=\"grid\"><h2>Grid</h2>").append(grid(r)).append("</section>");
        List<BudgetChart.Series> series = r.started().stream()
                .map(c -> new BudgetChart.Series(c.cell().label(), c.tasks())).toList();
        out.append("<section id=\"budget\"><h2>Success at equal budget</h2><div class=\"charts\">")
                .append(figure(BudgetChart.render("success within budget (" + r.money().unit().key() + "), every cell",
                        r.money().unit(), series)))
                .append(figure(BudgetChart.render("success within budget (wall time), every cell", r.wall().unit(), series)))
                .append("</div><p class=\"note\">A sample succeeds within a budget when its submission, the loop cut at the last"
                        + " round finished within it, passes the hidden tests; success is the mean over tasks"
                        + " (docs/metrics.md, \"Success at equal budget\").</p></section>");
        out.append("<section id=\"numbers\"><h2>All numbers</h2><pre>").append(Svg.escape(ExperimentTable.render(r)))
                .append("</pre></section>");
        return out.append("</main></body></html>").toString();
    }

    private static String figure(String svg) {
        return "<figure class=\"chart-box\">" + svg + "</figure>";
    }

    private static String grid(ExperimentReport r) {
        int rounds = r.started().stream().mapToInt(c -> c.metrics().get().prediction().observed().size()).max().orElse(0);
        StringBuilder out = new StringBuilder("<table class=\"grid\" id=\"grid-table\"><thead><tr><th>cell</th><th>policy</th>"
                + "<th>verifier</th><th>samples</th>");
        for (int k = 1; k <= rounds; k++) out.append("<th>success@").append(k).append("</th>");
        out.append("<th>predicted@K uniform p</th><th>predicted@K mixture</th><th>p, a, b</th>");
        for (int i = 0; i < r.money().budgets().length; i++) {
            out.append("<th>within ").append(Svg.escape(r.money().unit().format(r.money().budgets()[i]))).append(" (")
                    .append(EqualBudgetTable.quantile(r.money().quantiles()[i])).append(")</th>");
        }
        out.append("</tr></thead><tbody>");
        int row = 0;
        for (ExperimentReport.CellResult c : r.cells()) {
            out.append("<tr data-cell=\"").append(Svg.escape(c.cell().run())).append("\"><td>");
            if (c.run().isPresent()) out.append("<a href=\"").append(Svg.escape(c.cell().run())).append("/report.html\">");
            out.append(Svg.escape(c.cell().label())).append(c.run().isPresent() ? "</a>" : "").append("</td><td>")
                    .append(Svg.escape(c.cell().policy())).append("</td><td>").append(Svg.escape(c.cell().verifier()));
            String caveat = c.run().map(run -> RunMetrics.verifierCaveat(run.info())).orElse(null);
            if (caveat != null) out.append(" <span class=\"caveat\" title=\"").append(Svg.escape(caveat)).append("\">(upper bound)</span>");
            out.append("</td>");
            if (c.metrics().isEmpty()) {
                out.append("<td colspan=\"").append(rounds + 4 + r.money().budgets().length).append("\">not started</td></tr>");
                continue;
            }
            Prediction p = c.metrics().get().prediction();
            out.append("<td>").append(c.results().size()).append("</td>");
            for (int k = 1; k <= rounds; k++) out.append(cell(k <= p.observed().size() ? p.observed().get(k - 1) : null));
            out.append(cell(p.uniform().isEmpty() ? null : p.uniform().getLast()))
                    .append(cell(p.mixture().isEmpty() ? null : p.mixture().getLast()))
                    .append("<td>").append(Double.isNaN(p.p()) ? "n/a" : Svg.fmt("%.3f, %.3f, %.3f", p.p(), p.a(), p.b())).append("</td>");
            for (Interval i : r.money().byCell().get(row)) out.append(cell(i));
            out.append("</tr>");
            row++;
        }
        return out.append("</tbody></table>").toString();
    }

    private static String cell(Interval i) {
        return "<td>" + (i == null ? "—" : Svg.escape(i.toString())) + "</td>";
    }
}
