package dev.ratchet.tasks.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * Source code with comments dropped and every string literal replaced by a numbered placeholder {@code "#n"}
 * ({@link #literal} gives it back), so the code rules match code only: a docstring or comment mentioning
 * {@code sys.exit} never fires, while a rule that needs a literal (the {@code "__main__"} of a main guard, the
 * {@code "exit"} of {@code process.on}) can still read it. A careful scanner, not a parser: code that does not
 * lex (an unterminated string) is read as far as it goes.
 */
record SourceText(List<Line> lines, List<String> literals) {

    /** A logical line (Python: brackets and backslashes joined) with its first physical line and indent. */
    record Line(int number, int indent, String code) {}

    SourceText {
        lines = List.copyOf(lines);
        literals = List.copyOf(literals);
    }

    String literal(int index) {
        return index >= 0 && index < literals.size() ? literals.get(index) : "";
    }

    /** Python: {@code #} comments, all quote forms (prefixes stay as code), logical lines by bracket depth. */
    static SourceText python(String text) {
        Lexer lx = new Lexer(text);
        int depth = 0;
        int indent = -1;
        int start = 1;
        while (lx.i < lx.n) {
            char c = lx.text.charAt(lx.i);
            if (indent < 0) {
                int col = 0;
                while (lx.i < lx.n && (lx.peek() == ' ' || lx.peek() == '\t')) {
                    col += lx.peek() == '\t' ? 8 - col % 8 : 1;
                    lx.i++;
                }
                if (lx.i >= lx.n) break;
                c = lx.peek();
                if (c == '\n' || c == '\r' || c == '#') {
                    lx.skipToEndOfLine();
                    if (lx.i < lx.n && lx.peek() == '\r') lx.i++;
                    if (lx.i < lx.n && lx.peek() == '\n') lx.newline();
                    continue;
                }
                indent = col;
                start = lx.line;
            }
            if (c == '#') {
                lx.skipToEndOfLine();
            } else if (c == '\\' && lx.i + 1 < lx.n && lx.text.charAt(lx.i + 1) == '\n') {
                lx.i++;
                lx.newline();
                lx.code.append(' ');
            } else if (c == '\n') {
                lx.newline();
                if (depth > 0) {
                    lx.code.append(' ');
                } else {
                    lx.emit(start, indent);
                    indent = -1;
                }
            } else if (c == '"' || c == '\'') {
                boolean triple = lx.text.startsWith(String.valueOf(c).repeat(3), lx.i);
                lx.string(triple ? String.valueOf(c).repeat(3) : String.valueOf(c), !triple);
            } else {
                if (c == '(' || c == '[' || c == '{') depth++;
                if (c == ')' || c == ']' || c == '}') depth = Math.max(0, depth - 1);
                if (c != '\r') lx.code.append(c);
                lx.i++;
            }
        }
        if (indent >= 0) lx.emit(start, indent);
        return new SourceText(lx.lines, lx.literals);
    }

    /** How the brace languages differ in what a quote starts. */
    enum Braces { JAVA, JS, GO, RUST, CPP }

    /** C-family code: {@code //} and {@code /* *}{@code /} comments, strings, char literals, backtick strings. */
    static SourceText braced(String text, Braces lang) {
        Lexer lx = new Lexer(text);
        int start = 1;
        while (lx.i < lx.n) {
            char c = lx.peek();
            if (c == '/' && lx.i + 1 < lx.n && lx.text.charAt(lx.i + 1) == '/') {
                lx.skipToEndOfLine();
            } else if (c == '/' && lx.i + 1 < lx.n && lx.text.charAt(lx.i + 1) == '*') {
                int end = lx.text.indexOf("*/", lx.i + 2);
                end = end < 0 ? lx.n : end + 2;
                for (int j = lx.i; j < end; j++) if (lx.text.charAt(j) == '\n') lx.line++;
                lx.i = end;
                lx.code.append(' ');
            } else if (c == '\n') {
                lx.emit(start, 0);
                lx.newline();
                start = lx.line;
            } else if (c == '"') {
                lx.string("\"", false);
            } else if (c == '`' && (lang == Braces.JS || lang == Braces.GO)) {
                lx.string("`", false);
            } else if (c == '\'' && (lang == Braces.JS || isCharLiteral(text, lx.i, lang))) {
                lx.string("'", false);
            } else {
                if (c != '\r') lx.code.append(c);
                lx.i++;
            }
        }
        lx.emit(start, 0);
        return new SourceText(lx.lines, lx.literals);
    }

    /** Rust's {@code 'a} is a lifetime, not a char: only {@code 'x'} or {@code '\…'} open a literal there. */
    private static boolean isCharLiteral(String text, int at, Braces lang) {
        if (lang != Braces.RUST) return true;
        if (at + 1 < text.length() && text.charAt(at + 1) == '\\') return true;
        int cp = at + 1 < text.length() ? text.codePointAt(at + 1) : -1;
        int after = at + 1 + (cp < 0 ? 0 : Character.charCount(cp));
        return cp >= 0 && after < text.length() && text.charAt(after) == '\'';
    }

    private static final class Lexer {
        final String text;
        final int n;
        int i;
        int line = 1;
        final StringBuilder code = new StringBuilder();
        final List<Line> lines = new ArrayList<>();
        final List<String> literals = new ArrayList<>();

        Lexer(String text) {
            this.text = text;
            this.n = text.length();
        }

        char peek() {
            return text.charAt(i);
        }

        void newline() {
            i++;
            line++;
        }

        /** A comment: up to, not past, the end of the line. */
        void skipToEndOfLine() {
            while (i < n && text.charAt(i) != '\n') i++;
        }

        void emit(int number, int indent) {
            String c = code.toString().strip();
            if (!c.isEmpty()) lines.add(new Line(number, indent, c));
            code.setLength(0);
        }

        /** A literal from {@code i} (at its opening quote) to its closing {@code quote}; backslash escapes. */
        void string(String quote, boolean endsAtNewline) {
            StringBuilder value = new StringBuilder();
            i += quote.length();
            while (i < n && !text.startsWith(quote, i)) {
                char c = text.charAt(i);
                if (c == '\n') {
                    if (endsAtNewline) break; // unterminated: read what there is
                    line++;
                }
                if (c == '\\' && i + 1 < n) {
                    value.append(c).append(text.charAt(i + 1));
                    if (text.charAt(i + 1) == '\n') line++;
                    i += 2;
                    continue;
                }
                value.append(c);
                i++;
            }
            if (i < n && text.startsWith(quote, i)) i += quote.length();
            code.append("\"#").append(literals.size()).append('"');
            literals.add(value.toString());
        }
    }
}
