package dev.ratchet.results;

/**
 * Text from a sandbox (test output, tool results, a model's reply) made safe to show a person: every control
 * character but newline and tab becomes its escape ({@code ESC} the four characters {@code \x1b}), so that
 * what a candidate printed cannot move the cursor, recolour the terminal or paint a fake green
 * "GRADE … PASSED" over the real verdict. Covers C0, DEL and C1 (a lone {@code \x9b} is a CSI on some
 * terminals); a carriage return is escaped too, or it could overwrite the start of a line.
 */
public final class VisibleText {
    private VisibleText() {}

    public static String of(String s) {
        if (s == null) return null;
        int i = 0;
        while (i < s.length() && !isHidden(s.charAt(i))) i++;
        if (i == s.length()) return s;
        var out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isHidden(c)) {
                out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for a character a terminal would act on instead of print (newline and tab excepted). */
    public static boolean isHidden(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
    }
}
