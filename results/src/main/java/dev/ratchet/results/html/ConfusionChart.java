package dev.ratchet.results.html;

import dev.ratchet.results.VerifierQuality;

import java.util.List;

/**
 * The verifier's confusion matrix per round as stacked bars (shares of the round's graded
 * candidates): true accept, false reject, false accept, true reject. Hover shows counts and rates.
 */
final class ConfusionChart {
    private ConfusionChart() {}

    private static final String[] NAMES = {"accept, pass (TP)", "reject, pass (FN)", "accept, fail (FP)", "reject, fail (TN)"};
    private static final String[] CLASSES = {"tp", "fn", "fp", "tn"};

    static String render(List<VerifierQuality> byRound) {
        int rounds = byRound.size();
        Svg svg = new Svg(0.5, rounds + 0.5, 0, 1);
        double[] xTicks = new double[rounds];
        String[] labels = new String[rounds];
        for (int i = 0; i < rounds; i++) {
            xTicks[i] = i + 1;
            labels[i] = "round " + (i + 1);
        }
        StringBuilder out = new StringBuilder(Svg.open("confusion", "verifier vs hidden grade, per round"));
        out.append(svg.axes(xTicks, labels, Svg.unitTicks(), "round", "share of graded candidates"));
        double barWidth = Math.min(60, 0.6 * (svg.x(2) - svg.x(1)));
        for (int i = 0; i < rounds; i++) {
            VerifierQuality q = byRound.get(i);
            int[] counts = {q.truePositives(), q.falseNegatives(), q.falsePositives(), q.trueNegatives()};
            double total = q.rounds();
            double bottom = 0;
            for (int j = 0; j < 4 && total > 0; j++) {
                double share = counts[j] / total;
                out.append(Svg.fmt("<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
                                + "<title>round %d %s: %d of %d</title></rect>", CLASSES[j], svg.x(i + 1) - barWidth / 2,
                        svg.y(bottom + share), barWidth, svg.y(bottom) - svg.y(bottom + share), i + 1, NAMES[j],
                        counts[j], q.rounds()));
                bottom += share;
            }
            out.append(Svg.fmt("<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">n=%d</text>",
                    svg.x(i + 1), Svg.SUBTICK_Y, q.rounds()));
        }
        out.append(Svg.legend(new String[] {"TP", "FN", "FP", "TN"}, CLASSES));
        return out.append("</svg>").toString();
    }
}
