package dev.ratchet.harness.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code run --max-errors N|P%}: how many samples of a run may end as ERROR before {@code run} exits
 * {@link #EXIT} — a count ({@code 5}) or a share of the run's samples with a result ({@code 10%}). The default,
 * 0, makes any ERROR fail a script or CI job, since an ERROR is a number the run could not measure.
 */
record MaxErrors(String spec, long count, double percent) {
    static final int EXIT = 3;
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})|(\\d{1,3}(?:\\.\\d+)?)%");

    static MaxErrors parse(String spec) {
        Matcher m = FORM.matcher(spec == null ? "" : spec.strip());
        if (!m.matches()) {
            throw new UserError("--max-errors must be a count or a percentage, e.g. 0, 5 or 10%, not '" + spec + "'");
        }
        if (m.group(1) != null) return new MaxErrors(spec.strip(), Long.parseLong(m.group(1)), -1);
        double p = Double.parseDouble(m.group(2));
        if (p > 100) throw new UserError("--max-errors " + spec.strip() + ": a percentage is at most 100%");
        return new MaxErrors(spec.strip(), -1, p);
    }

    /** True when {@code errors} of {@code samples} is more than allowed. */
    boolean exceeded(long errors, long samples) {
        return percent < 0 ? errors > count : errors * 100.0 > percent * samples;
    }
}
