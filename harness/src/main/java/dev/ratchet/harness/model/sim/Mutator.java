package dev.ratchet.harness.model.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes mutants of a reference solution with the same four operators for every language: flipped
 * comparison, off-by-one integer literal, swapped operands, dropped line. Only lines the reference
 * adds to the pristine workspace are mutated (the solution, not the scaffolding), and never inside
 * comments or string literals.
 */
public final class Mutator {
    private Mutator() {}

    private static final Pattern COMPARISON = Pattern.compile(" (<=|>=|==|!=|<|>) ");
    private static final Map<String, String> FLIP = Map.of("<", "<=", "<=", "<", ">", ">=", ">=", ">", "==", "!=", "!=", "==");
    private static final Pattern INTEGER = Pattern.compile("(?<![\\w.])(\\d+)(?![\\w.])");
    private static final Pattern SWAPPABLE = Pattern.compile("([\\w.]+) (-|/|//|%) ([\\w.]+)");
    private static final char MASK = '\u0001';

    /** Every mutant of every reference file, in a fixed order. */
    public static List<Mutant> all(Map<String, String> reference, Map<String, String> pristine) {
        List<Mutant> out = new ArrayList<>();
        reference.forEach((path, content) -> out.addAll(ofFile(path, content, pristine.getOrDefault(path, ""))));
        return out;
    }

    static List<Mutant> ofFile(String path, String content, String pristine) {
        Set<String> scaffold = new HashSet<>();
        pristine.lines().map(String::strip).forEach(scaffold::add);
        String[] lines = content.split("\n", -1);
        List<Mutant> out = new ArrayList<>();
        boolean inDocstring = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            int quotes = count(trimmed, "\"\"\"") + count(trimmed, "'''");
            if (inDocstring || quotes > 0) {
                if (quotes % 2 == 1) inDocstring = !inDocstring;
                continue;
            }
            if (trimmed.isEmpty() || isComment(trimmed) || scaffold.contains(trimmed)) continue;
            String masked = maskStrings(line, path.endsWith(".py"));
            for (String variant : variants(line, masked)) {
                out.add(mutant(path, lines, i, variant, "line"));
            }
            if (droppable(trimmed)) out.add(mutant(path, lines, i, null, "drop"));
        }
        return out;
    }

    private static List<String> variants(String line, String masked) {
        List<String> out = new ArrayList<>();
        Matcher m = COMPARISON.matcher(masked);
        while (m.find()) out.add(splice(line, m.start(1), m.end(1), FLIP.get(m.group(1))));
        m = INTEGER.matcher(masked);
        while (m.find()) {
            long n = Long.parseLong(m.group(1).length() > 18 ? "0" : m.group(1));
            out.add(splice(line, m.start(1), m.end(1), Long.toString(n + 1)));
            if (n > 0) out.add(splice(line, m.start(1), m.end(1), Long.toString(n - 1)));
        }
        m = SWAPPABLE.matcher(masked);
        while (m.find()) {
            if (m.group(1).equals(m.group(3))) continue;
            out.add(splice(line, m.start(), m.end(), m.group(3) + " " + m.group(2) + " " + m.group(1)));
        }
        return out;
    }

    private static Mutant mutant(String path, String[] lines, int index, String replacement, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == index && replacement == null) continue;
            sb.append(i == index ? replacement : lines[i]);
            if (i < lines.length - 1) sb.append('\n');
        }
        String operator = replacement == null ? "drop line" : describe(lines[index], replacement);
        return new Mutant(path, index + 1, kind.equals("drop") ? "drop line" : operator, sb.toString());
    }

    private static String describe(String before, String after) {
        return before.strip() + "  →  " + after.strip();
    }

    private static boolean isComment(String t) {
        return t.startsWith("#") || t.startsWith("//") || t.startsWith("/*") || t.startsWith("*") || t.startsWith("@");
    }

    /** A whole statement whose removal leaves the code well-formed in shape (no block openers or closers). */
    private static boolean droppable(String t) {
        if (t.endsWith("{") || t.startsWith("}") || t.endsWith(":") || t.endsWith(",") || t.endsWith("(")) return false;
        if (t.startsWith("def ") || t.startsWith("class ") || t.startsWith("import ") || t.startsWith("from ")
                || t.startsWith("package ") || t.startsWith("public ") || t.startsWith("private ")) return false;
        return !t.equals(")") && !t.equals("]") && !t.equals("};") && !t.equals(");");
    }

    /** The line with every character inside a string or char literal replaced, so patterns skip them. */
    static String maskStrings(String line, boolean hashComments) {
        char[] c = line.toCharArray();
        char quote = 0;
        for (int i = 0; i < c.length; i++) {
            if (quote == 0) {
                if (c[i] == '"' || c[i] == '\'') quote = c[i];
                else if (hashComments && c[i] == '#') {
                    for (int j = i; j < c.length; j++) c[j] = MASK;
                    break;
                }
            } else if (c[i] == '\\' && i + 1 < c.length) {
                c[i] = MASK;
                c[++i] = MASK;
            } else if (c[i] == quote) {
                quote = 0;
            } else {
                c[i] = MASK;
            }
        }
        String s = new String(c);
        int comment = hashComments ? -1 : s.indexOf("//");
        return comment >= 0 ? s.substring(0, comment) + String.valueOf(MASK).repeat(s.length() - comment) : s;
    }

    private static String splice(String s, int start, int end, String with) {
        return s.substring(0, start) + with + s.substring(end);
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
        return n;
    }
}
