package dev.ratchet.tasks.grading;

import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A candidate as a unified diff against the task's pristine workspace (what a judge reads): one {@code --- a/ +++ b/}
 * section per changed, created or deleted file, in path order, with three lines of context. The same candidate
 * always renders the same text, so two candidates with equal files have equal diffs. Files that are not UTF-8
 * show as one line ({@code Binary file PATH changed}); a file too large to compare line by line is shown as
 * wholly replaced.
 */
public final class CandidateDiff {
    private CandidateDiff() {}

    private static final int CONTEXT = 3;
    /** Above this many line pairs (after the common head and tail), the file is shown as replaced: no quadratic table. */
    private static final long MAX_CELLS = 4_000_000;

    public static String of(Task task, Candidate candidate) {
        Map<String, byte[]> pristine = TaskFiles.readBytes(task.workspace());
        StringBuilder out = new StringBuilder();
        TreeSet<String> paths = new TreeSet<>(candidate.changed().keySet());
        paths.addAll(candidate.deleted());
        for (String path : paths) {
            byte[] before = pristine.get(path);
            byte[] after = candidate.changed().get(path);
            Optional<String> a = before == null ? Optional.of("") : text(before);
            Optional<String> b = after == null ? Optional.of("") : text(after);
            if (before != null && after != null && java.util.Arrays.equals(before, after)) continue; // no change to show
            if (a.isEmpty() || b.isEmpty()) {
                out.append("Binary file ").append(path).append(" changed\n");
                continue;
            }
            out.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
            out.append("+++ ").append(after == null ? "/dev/null" : "b/" + path).append('\n');
            out.append(hunks(lines(a.get()), lines(b.get())));
        }
        return out.toString();
    }

    /** Marks a last line without its newline, so "}" and "}\n" differ, as diff(1) sees them. */
    private static final String NO_EOL = "\u0000";

    private static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (text.endsWith("\n")) lines.removeLast();
        else lines.set(lines.size() - 1, lines.getLast() + NO_EOL);
        return lines;
    }

    private static void line(StringBuilder out, char sign, String line) {
        boolean noEol = line.endsWith(NO_EOL);
        out.append(sign).append(noEol ? line.substring(0, line.length() - 1) : line).append('\n');
        if (noEol) out.append("\\ No newline at end of file\n");
    }

    /** Edit script as 'K' keep, 'D' delete (from a), 'I' insert (from b), then grouped into hunks. */
    private static String hunks(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) tail++;
        List<Character> ops = new ArrayList<>();
        for (int i = 0; i < head; i++) ops.add('K');
        ops.addAll(middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail)));
        for (int i = 0; i < tail; i++) ops.add('K');

        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ops.size()) {
            int firstChange = i;
            while (firstChange < ops.size() && ops.get(firstChange) == 'K') firstChange++;
            if (firstChange == ops.size()) break;
            int start = Math.max(i, firstChange - CONTEXT);
            int end = firstChange;
            // extend while the next change is within 2 × context of the last one
            int keepRun = 0;
            for (int j = firstChange; j < ops.size(); j++) {
                if (ops.get(j) == 'K') {
                    if (++keepRun > 2 * CONTEXT) break;
                } else {
                    keepRun = 0;
                    end = j + 1;
                }
            }
            int stop = Math.min(ops.size(), end + CONTEXT);
            int aLine = 0, bLine = 0;
            for (int j = 0; j < start; j++) {
                if (ops.get(j) != 'I') aLine++;
                if (ops.get(j) != 'D') bLine++;
            }
            StringBuilder body = new StringBuilder();
            int aCount = 0, bCount = 0, ai = aLine, bi = bLine;
            for (int j = start; j < stop; j++) {
                char op = ops.get(j);
                if (op == 'K') {
                    line(body, ' ', a.get(ai++));
                    bi++;
                    aCount++;
                    bCount++;
                } else if (op == 'D') {
                    line(body, '-', a.get(ai++));
                    aCount++;
                } else {
                    line(body, '+', b.get(bi++));
                    bCount++;
                }
            }
            out.append("@@ -").append(aCount == 0 ? aLine : aLine + 1).append(',').append(aCount)
                    .append(" +").append(bCount == 0 ? bLine : bLine + 1).append(',').append(bCount).append(" @@\n")
                    .append(body);
            i = stop;
        }
        return out.toString();
    }

    /** A longest-common-subsequence edit script of the differing middle (deletions before insertions). */
    private static List<Character> middle(List<String> a, List<String> b) {
        List<Character> ops = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(x -> ops.add('D'));
            b.forEach(x -> ops.add('I'));
            return ops;
        }
        int n = a.size(), m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add('K');
                i++;
                j++;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add('D');
                i++;
            } else {
                ops.add('I');
                j++;
            }
        }
        return ops;
    }

    private static Optional<String> text(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
