package dev.ratchet.results.html;

import dev.ratchet.results.Interval;

import java.util.List;

/**
 * A y ∈ [0, 1] line chart over integer x (rounds or k): each series is a polyline, optionally with
 * its 95% interval drawn as a translucent band. Undefined points break the line.
 */
final class CurveChart {
    private CurveChart() {}

    /** {@code cssClass} picks colour and dash from the stylesheet; {@code band}: draw the interval. */
    record Series(String name, String cssClass, List<Interval> points, boolean band) {}

    record Spec(String title, String cssClass, String xLabel, String yLabel, List<Series> series) {}

    static String render(Spec spec) {
        int count = spec.series().stream().mapToInt(s -> s.points().size()).max().orElse(0);
        Svg svg = new Svg(1, Math.max(2, count), 0, 1);
        double[] xTicks = new double[count];
        String[] labels = new String[count];
        for (int i = 0; i < count; i++) {
            xTicks[i] = i + 1;
            labels[i] = String.valueOf(i + 1);
        }
        StringBuilder out = new StringBuilder(Svg.open(spec.cssClass(), spec.title()));
        out.append(svg.axes(xTicks, labels, Svg.unitTicks(), spec.xLabel(), spec.yLabel()));
        for (Series s : spec.series()) {
            if (s.band()) out.append(band(svg, s));
        }
        for (Series s : spec.series()) {
            out.append(line(svg, s));
        }
        // A key for a line that is not drawn would claim a curve the chart does not have.
        List<Series> drawn = spec.series().stream().filter(CurveChart::drawn).toList();
        out.append(Svg.legend(drawn.stream().map(Series::name).toArray(String[]::new),
                drawn.stream().map(s -> "key " + s.cssClass()).toArray(String[]::new)));
        return out.append("</svg>").toString();
    }

    /** Whether the series has a point to draw. */
    static boolean drawn(Series s) {
        return s.points().stream().anyMatch(Interval::defined);
    }

    private static String band(Svg svg, Series s) {
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (int i = 0; i < s.points().size(); i++) {
            Interval p = s.points().get(i);
            if (!p.defined() || Double.isNaN(p.low())) continue;
            upper.append(Svg.fmt("%.1f,%.1f ", svg.x(i + 1), svg.y(p.high())));
            lower.insert(0, Svg.fmt("%.1f,%.1f ", svg.x(i + 1), svg.y(p.low())));
        }
        if (upper.isEmpty()) return "";
        return "<polygon class=\"band " + s.cssClass() + "\" points=\"" + upper + lower + "\"><title>"
                + Svg.escape(s.name()) + " 95% interval</title></polygon>";
    }

    private static String line(Svg svg, Series s) {
        StringBuilder out = new StringBuilder("<g class=\"series " + s.cssClass() + "\">");
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < s.points().size(); i++) {
            Interval p = s.points().get(i);
            if (!p.defined()) {
                pen = false;
                continue;
            }
            path.append(Svg.fmt("%s%.1f,%.1f ", pen ? "L" : "M", svg.x(i + 1), svg.y(p.rate())));
            pen = true;
            out.append(Svg.fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s %d: %s</title></circle>",
                    svg.x(i + 1), svg.y(p.rate()), Svg.escape(s.name()), i + 1, Svg.escape(p.toString())));
        }
        if (!path.isEmpty()) out.append("<path d=\"").append(path.toString().trim()).append("\"/>");
        return out.append("</g>").toString();
    }
}
