package dev.ratchet.results.html;

import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TaskSamples;

import java.util.List;

/**
 * Cost against success, one dot per task: mean cost of its graded samples (x) against its pass
 * rate (y). Shows whether the expensive tasks are the ones that get solved. When no sample has a
 * cost (a model with no known price, the simulated one) every dot would sit at $0, so the x axis
 * is wall time instead and the chart says so. At most {@link #MAX_DOTS} dots keep the page light;
 * the rest are summarised in the title.
 */
final class CostChart {
    private CostChart() {}

    static final int MAX_DOTS = 3000;

    /** The chart and, when it shows time instead of cost, the sentence saying why. */
    record Rendered(String svg, String note) {}

    static Rendered render(List<TaskSamples> tasks) {
        double[] cost = mean(tasks, true);
        boolean priced = max(cost) > 0;
        double[] x = priced ? cost : mean(tasks, false);
        double[] rate = new double[tasks.size()];
        for (int i = 0; i < rate.length; i++) {
            TaskSamples t = tasks.get(i);
            rate[i] = t.samples().stream().filter(s -> s.outcome() == Outcome.PASSED).count() / (double) t.n();
        }
        double top = max(x) > 0 ? max(x) * 1.05 : 1;
        Svg svg = new Svg(0, top, 0, 1);
        double[] xTicks = {0, top / 4, top / 2, 3 * top / 4, top};
        String[] labels = new String[xTicks.length];
        for (int i = 0; i < labels.length; i++) labels[i] = priced ? "$" + Svg.fmt(top < 0.1 ? "%.4f" : "%.2f", xTicks[i]) : seconds(xTicks[i], top);
        int step = Math.max(1, (tasks.size() + MAX_DOTS - 1) / MAX_DOTS);
        String title = (priced ? "cost" : "time") + " vs success, one dot per task"
                + (step > 1 ? " (every " + step + "th of " + tasks.size() + ")" : "");
        StringBuilder out = new StringBuilder(Svg.open(priced ? "cost" : "cost time", title));
        out.append(svg.axes(xTicks, labels, Svg.unitTicks(),
                priced ? "mean cost per sample (USD)" : "mean wall time per sample (s)", "task pass rate"));
        out.append("<g class=\"dots\">");
        for (int i = 0; i < x.length; i += step) {
            String value = priced ? Svg.fmt("$%.4f", x[i]) : Svg.fmt("%.1f s", x[i]);
            out.append(Svg.fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s: %s, %.2f</title></circle>",
                    svg.x(x[i]), svg.y(rate[i]), Svg.escape(tasks.get(i).task()), value, rate[i]));
        }
        String note = priced ? "" : "No sample has a cost (the model's price is not known), so this chart shows wall time"
                + " per sample instead of cost.";
        return new Rendered(out.append("</g></svg>").toString(), note);
    }

    /** Per task, the mean over its graded samples of the cost in USD, or else of the wall time in seconds. */
    private static double[] mean(List<TaskSamples> tasks, boolean cost) {
        double[] out = new double[tasks.size()];
        for (int i = 0; i < out.length; i++) {
            TaskSamples t = tasks.get(i);
            for (SampleResult s : t.samples()) {
                if (s.usage() != null) out[i] += cost ? s.usage().costUsd() : s.usage().wallMs() / 1000.0;
            }
            out[i] /= t.n();
        }
        return out;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) max = Math.max(max, v);
        return max;
    }

    private static String seconds(double v, double top) {
        return Svg.fmt(top < 4 ? "%.1f s" : "%.0f s", v);
    }
}
