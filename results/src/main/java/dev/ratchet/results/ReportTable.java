package dev.ratchet.results;

import java.util.Locale;

/**
 * The run summary as plain text for a terminal, within 80 columns. Every rate is printed with
 * its interval and denominator; ERROR samples are reported on their own line, never as failures. Flagged
 * samples (reward-hacking flags) are counted in the headline; they keep their grade.
 */
public final class ReportTable {
    private ReportTable() {}

    public static String render(RunSummary s) {
        StringBuilder out = new StringBuilder();
        line(out, "%d %s: %d passed, %d failed, %d %s, %d flagged", s.samples(), s.samples() == 1 ? "sample" : "samples",
                s.passed(), s.failed(), s.errors(), s.errors() == 1 ? "error" : "errors", s.flagged());
        out.append('\n');
        line(out, "round  success@r  rate [95%% CI] n");
        for (int r = 1; r <= s.maxRounds(); r++) {
            line(out, "%5d  %s", r, s.successAt(r));
        }
        out.append('\n');
        line(out, "verifier vs hidden tests, all %d graded %s", s.verifier().rounds(),
                s.verifier().rounds() == 1 ? "round" : "rounds");
        line(out, "  TPR  P(accept | hidden pass)  %s", s.verifier().tpr());
        line(out, "  FPR  P(accept | hidden fail)  %s", s.verifier().fpr());
        line(out, "  PPV  P(hidden pass | accept)  %s", s.verifier().ppv());
        out.append('\n');
        if (s.errors() == 0) {
            line(out, "errors: 0");
        } else {
            line(out, "errors: %d (excluded from every rate; --resume re-runs them)", s.errors());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
