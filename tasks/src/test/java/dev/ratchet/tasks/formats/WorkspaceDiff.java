package dev.ratchet.tasks.formats;

import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;

/**
 * Test fixture: a change to the pristine workspace as a git-style unified diff, the shape of SWE-bench's
 * {@code patch}/{@code test_patch}: applies with {@code git apply} / {@code patch -p1} at the base commit.
 * (Only tests need to write diffs; Ratchet itself only applies them, see {@link UnifiedDiff}.)
 */
final class WorkspaceDiff {
    private WorkspaceDiff() {}

    /** The candidate's files (path → content, {@code null} = deleted) against the task's pristine workspace. */
    static String of(Task task, Map<String, String> candidateFiles) {
        Map<String, String> pristine = TaskFiles.pristineOf(task, candidateFiles.keySet());
        Map<String, String> before = new java.util.HashMap<>();
        pristine.forEach((p, c) -> {
            if (java.nio.file.Files.isRegularFile(task.workspace().resolve(p))) before.put(p, c);
        });
        return between(before, candidateFiles);
    }

    /** A diff from {@code before} to {@code after}; a path missing (or {@code null}) on one side is added/deleted. */
    static String between(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter fmt = new DiffFormatter(out)) {
            fmt.setContext(3);
            DiffAlgorithm algorithm = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);
            for (String path : paths) {
                String a = before.get(path);
                String b = after.get(path);
                if (a == null && b == null || a != null && a.equals(b)) continue;
                RawText ta = new RawText(bytes(a));
                RawText tb = new RawText(bytes(b));
                EditList edits = algorithm.diff(RawTextComparator.DEFAULT, ta, tb);
                StringBuilder header = new StringBuilder("diff --git a/" + path + " b/" + path + "\n");
                if (a == null) header.append("new file mode 100644\n");
                if (b == null) header.append("deleted file mode 100644\n");
                header.append("--- ").append(a == null ? "/dev/null" : "a/" + path).append('\n');
                header.append("+++ ").append(b == null ? "/dev/null" : "b/" + path).append('\n');
                out.write(header.toString().getBytes(StandardCharsets.UTF_8));
                fmt.format(edits, ta, tb);
            }
            fmt.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
