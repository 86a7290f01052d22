package dev.ratchet.tasks.formats;

import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.CandidateDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diff a judge reads ({@link CandidateDiff}) on a real polyglot exercise (Java's bowling, which carries a binary
 * jar): applied back with the SWE-bench patcher to the pristine workspace, it gives the candidate's files exactly.
 * In this package for the patcher, which is package-private.
 */
class CandidateDiffTest {
    static final String SOLUTION = "src/main/java/BowlingGame.java";
    @TempDir Path cache;

    Task bowling() {
        Path dir = RealBenchmarks.polyglot().resolve("java/exercises/practice/bowling");
        return SuiteFormats.load(dir, LoadOptions.defaults(cache)).tasks().getFirst();
    }

    @Test
    void theDiffAppliesBackToTheCandidatesFiles() throws Exception {
        Task t = bowling();
        String pristine = Files.readString(t.workspace().resolve(SOLUTION));
        // an edit in the middle, one at the end, and a file of its own
        String edited = pristine.replaceFirst("\\{", "{\n    private int rolls = 0; // added") + "\n// the end\n";
        String extra = "class Frame {\n    int pins;\n}\n";
        Candidate c = Candidate.ofText(Map.of(SOLUTION, edited, "src/main/java/Frame.java", extra), Set.of());

        String diff = CandidateDiff.of(t, c);
        assertThat(diff).contains("--- a/" + SOLUTION + "\n+++ b/" + SOLUTION + "\n@@ -",
                "+    private int rolls = 0; // added", "--- /dev/null\n+++ b/src/main/java/Frame.java\n@@ -0,0 +1,3 @@\n+class Frame {");
        Map<String, Optional<String>> applied = UnifiedDiff.apply(t.workspace(), diff);
        assertThat(applied).containsEntry(SOLUTION, Optional.of(edited)).containsEntry("src/main/java/Frame.java", Optional.of(extra));
        assertThat(CandidateDiff.of(t, c)).as("the same candidate, the same text").isEqualTo(diff);

        // a last line without its newline, on either side, is marked as diff(1) marks it and applies back exactly
        for (String noEol : new String[] {pristine.stripTrailing() + "\n// no newline", pristine.stripTrailing()}) {
            Candidate d = Candidate.ofText(Map.of(SOLUTION, noEol), Set.of());
            String text = CandidateDiff.of(t, d);
            if (!noEol.equals(pristine)) assertThat(text).contains("\\ No newline at end of file");
            assertThat(UnifiedDiff.apply(t.workspace(), text).getOrDefault(SOLUTION, Optional.of(pristine))).contains(noEol);
        }
    }

    @Test
    void deletionsBinariesAndUnchangedFilesAreSaidPlainly() throws Exception {
        Task t = bowling();
        byte[] pristine = Files.readAllBytes(t.workspace().resolve(SOLUTION));
        Candidate c = new Candidate(Map.of(SOLUTION, pristine, "lib/blob.bin", new byte[] {(byte) 0xff, 0, (byte) 0xfe}), Set.of());
        assertThat(CandidateDiff.of(t, c)).isEqualTo("Binary file lib/blob.bin changed\n"); // the unchanged file shows nothing

        Candidate deleted = new Candidate(Map.of(), Set.of(SOLUTION));
        String diff = CandidateDiff.of(t, deleted);
        assertThat(diff).startsWith("--- a/" + SOLUTION + "\n+++ /dev/null\n@@ -1,");
        assertThat(UnifiedDiff.apply(t.workspace(), diff)).containsEntry(SOLUTION, Optional.empty());
        assertThat(CandidateDiff.of(t, new Candidate(Map.of(), Set.of()))).isEmpty();
        assertThat(new String(pristine, StandardCharsets.UTF_8)).isNotEmpty();
    }
}
