package dev.ratchet.results.html;

import java.util.Locale;

/**
 * Shared drawing for the report's inline SVG charts: a plot frame with axes mapping data to
 * pixels, and escaping. Charts are plain strings so the report needs no library and no network.
 * Top to bottom: the title, the legend row, the plot, x tick labels, a second row under them
 * (the confusion chart's {@code n=}), the x axis title; each in its own band so none overlaps.
 */
final class Svg {

    static final int WIDTH = 460;
    static final int HEIGHT = 300;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    /** The plot starts below the title (baseline 18) and the legend row (baseline {@link #LEGEND_Y}). */
    static final int TOP = 46;
    static final int BOTTOM = 58;
    static final int LEGEND_Y = 36;
    /** Baselines below the plot: tick labels, the row under them, the axis title. */
    static final int TICK_Y = HEIGHT - BOTTOM + 14;
    static final int SUBTICK_Y = HEIGHT - BOTTOM + 28;
    static final int LABEL_Y = HEIGHT - 6;

    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    /** Data range of one chart; a degenerate range is widened so nothing divides by zero. */
    Svg(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax > xMin ? xMax : xMin + 1;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
    }

    double x(double v) {
        return LEFT + (v - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    double y(double v) {
        return HEIGHT - BOTTOM - (v - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }

    static String open(String cssClass, String title) {
        return "<svg class=\"chart " + cssClass + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH
                + " " + HEIGHT + "\" role=\"img\" aria-label=\"" + escape(title) + "\">"
                + "<text class=\"title\" x=\"" + LEFT + "\" y=\"18\">" + escape(title) + "</text>";
    }

    /** Axes with y gridlines at yTicks and x ticks at xTicks, plus axis labels. */
    String axes(double[] xTicks, String[] xTickLabels, double[] yTicks, String xLabel, String yLabel) {
        StringBuilder out = new StringBuilder("<g class=\"axes\">");
        for (double t : yTicks) {
            out.append(fmt("<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, WIDTH - RIGHT, y(t), y(t)));
            out.append(fmt("<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 4, y(t) + 4, trim(t)));
        }
        for (int i = 0; i < xTicks.length; i++) {
            out.append(fmt("<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x(xTicks[i]),
                    TICK_Y, escape(xTickLabels[i])));
        }
        out.append(fmt("<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, HEIGHT - BOTTOM));
        out.append(fmt("<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT, LEFT, TOP, HEIGHT - BOTTOM));
        out.append(fmt("<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", (LEFT + WIDTH - RIGHT) / 2,
                LABEL_Y, escape(xLabel)));
        out.append(fmt("<text class=\"label\" transform=\"rotate(-90)\" x=\"%d\" y=\"12\" text-anchor=\"middle\">%s</text>",
                -(TOP + HEIGHT - BOTTOM) / 2, escape(yLabel)));
        return out.append("</g>").toString();
    }

    /** One row between the title and the plot, so no key ever sits on a bar or a line. */
    static String legend(String[] names, String[] classes) {
        StringBuilder out = new StringBuilder("<g class=\"legend\">");
        int x = LEFT;
        for (int i = 0; i < names.length; i++) {
            out.append(fmt("<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"10\" height=\"10\"/>", classes[i], x, LEGEND_Y - 9));
            out.append(fmt("<text x=\"%d\" y=\"%d\">%s</text>", x + 14, LEGEND_Y, escape(names[i])));
            x += 22 + 6 * names[i].length();
        }
        return out.append("</g>").toString();
    }

    /** A chart with nothing to plot: its title and, in the middle of the plot area, why. */
    static String message(String cssClass, String title, String why) {
        return open(cssClass, title) + fmt("<text class=\"message\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                (LEFT + WIDTH - RIGHT) / 2, (TOP + HEIGHT - BOTTOM) / 2, escape(why)) + "</svg>";
    }

    static double[] unitTicks() {
        return new double[] {0, 0.25, 0.5, 0.75, 1};
    }

    static String trim(double v) {
        String s = fmt("%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
