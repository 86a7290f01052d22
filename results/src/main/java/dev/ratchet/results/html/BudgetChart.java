package dev.ratchet.results.html;

import dev.ratchet.results.BudgetCurve;
import dev.ratchet.results.CostUnit;
import dev.ratchet.results.TaskSamples;

import java.util.List;

/**
 * Success against what was spent (docs/metrics.md "Success at equal budget"): one step line per run, over a
 * shared budget axis, so runs are compared at equal cost rather than equal rounds. Lines are coloured from a
 * fixed palette in order, so an experiment's cells keep their colours across its charts; the key is a list under
 * the chart.
 */
public final class BudgetChart {
    private BudgetChart() {}

    /** A curve beyond this many steps is drawn at this many evenly spaced budgets: the page stays light. */
    static final int MAX_STEPS = 400;

    static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
            "#7f7f7f", "#bcbd22", "#17becf"};

    /** One run's line: its name in the legend and its graded samples by task. */
    public record Series(String name, List<TaskSamples> tasks) {}

    public static String render(String title, CostUnit unit, List<Series> series) {
        String css = "budget budget-" + unit.key();
        List<List<BudgetCurve.Step>> curves = series.stream().map(s -> BudgetCurve.curve(s.tasks(), unit)).toList();
        double top = curves.stream().flatMap(List::stream).mapToDouble(BudgetCurve.Step::budget).max().orElse(0);
        if (series.isEmpty() || top <= 0) return Svg.message(css, title, "nothing was spent: no curve to draw");
        top *= 1.05;
        Svg svg = new Svg(0, top, 0, 1);
        double[] xTicks = {0, top / 4, top / 2, 3 * top / 4, top};
        String[] labels = new String[xTicks.length];
        for (int i = 0; i < labels.length; i++) labels[i] = tick(unit, xTicks[i]);
        StringBuilder out = new StringBuilder(Svg.open(css, title));
        out.append(svg.axes(xTicks, labels, Svg.unitTicks(), unit.axis(), "success within budget"));
        for (int i = 0; i < series.size(); i++) {
            out.append(line(svg, unit, series.get(i).name(), curves.get(i), top, PALETTE[i % PALETTE.length]));
        }
        out.append("</svg>");
        // The key is HTML under the chart: an experiment's cell names are too long for one row inside it.
        out.append("<ul class=\"budget-legend\">");
        for (int i = 0; i < series.size(); i++) {
            out.append(Svg.fmt("<li><span class=\"swatch\" style=\"background:%s\"></span>%s</li>", PALETTE[i % PALETTE.length],
                    Svg.escape(series.get(i).name())));
        }
        return out.append("</ul>").toString();
    }

    private static String line(Svg svg, CostUnit unit, String name, List<BudgetCurve.Step> curve, double top, String colour) {
        List<BudgetCurve.Step> steps = curve;
        if (steps.size() > MAX_STEPS) {
            steps = new java.util.ArrayList<>();
            for (int i = 0; i <= MAX_STEPS; i++) {
                double b = top * i / MAX_STEPS;
                steps.add(new BudgetCurve.Step(b, BudgetCurve.at(curve, b)));
            }
        }
        StringBuilder path = new StringBuilder();
        double previous = 0;
        for (int i = 0; i < steps.size(); i++) {
            BudgetCurve.Step s = steps.get(i);
            if (i == 0) path.append(Svg.fmt("M%.1f,%.1f ", svg.x(s.budget()), svg.y(s.success())));
            else path.append(Svg.fmt("L%.1f,%.1f L%.1f,%.1f ", svg.x(s.budget()), svg.y(previous), svg.x(s.budget()), svg.y(s.success())));
            previous = s.success();
        }
        path.append(Svg.fmt("L%.1f,%.1f", svg.x(top), svg.y(previous)));
        BudgetCurve.Step last = curve.getLast();
        return Svg.fmt("<g class=\"budget-line\" data-name=\"%s\"><path d=\"%s\" fill=\"none\" stroke-width=\"2\" stroke=\"%s\"><title>%s: %.3f within %s</title></path></g>",
                Svg.escape(name), path, colour, Svg.escape(name), last.success(), Svg.escape(unit.format(last.budget())));
    }

    private static String tick(CostUnit unit, double v) {
        return switch (unit) {
            case TOKENS -> v >= 10_000 ? Svg.fmt("%.0fk", v / 1000) : v >= 1000 ? Svg.fmt("%.1fk", v / 1000) : Svg.fmt("%.0f", v);
            case USD -> Svg.fmt(v < 0.1 ? "$%.4f" : "$%.2f", v);
            case WALL -> Svg.fmt(v < 4 ? "%.1f s" : "%.0f s", v);
        };
    }
}
