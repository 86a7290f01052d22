package dev.ratchet.results.html;

import dev.ratchet.results.CostUnit;
import dev.ratchet.results.TaskSamples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code compare --html}: both runs' success-within-budget curves on one chart per unit, and compare's text. */
public final class ComparisonPage {
    private ComparisonPage() {}

    /** One run of the two: its name on the chart and its graded samples by task. */
    public record Side(String name, List<TaskSamples> tasks) {}

    public static void write(Path html, Side a, Side b, CostUnit money, String text) {
        List<BudgetChart.Series> series = List.of(new BudgetChart.Series("A " + a.name(), a.tasks()),
                new BudgetChart.Series("B " + b.name(), b.tasks()));
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ratchet compare</title><style>"
                + HtmlReport.resource("report.css") + "</style></head><body><header><h1>Ratchet compare</h1><p class=\"sub\">A = "
                + Svg.escape(a.name()) + " · B = " + Svg.escape(b.name()) + "</p></header><main><section id=\"budget\"><div class=\"charts\">"
                + "<figure class=\"chart-box\">" + BudgetChart.render("success within budget (" + money.key() + ")", money, series) + "</figure>"
                + "<figure class=\"chart-box\">" + BudgetChart.render("success within budget (wall time)", CostUnit.WALL, series) + "</figure>"
                + "</div></section><section id=\"numbers\"><pre>" + Svg.escape(text) + "</pre></section></main></body></html>";
        try {
            Path dir = html.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            Files.writeString(html, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + html, e);
        }
    }
}
