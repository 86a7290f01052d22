package dev.ratchet.tasks.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedDiffTest {
    @TempDir Path dir;

    String roundTrip(String before, String after) throws Exception {
        Files.writeString(dir.resolve("f.txt"), before);
        String patch = WorkspaceDiff.between(Map.of("f.txt", before), Map.of("f.txt", after));
        return UnifiedDiff.apply(dir, patch).get("f.txt").orElseThrow();
    }

    @Test
    void diffsMadeByWorkspaceDiffApplyBack() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 40; i++) big.append("line ").append(i).append('\n');
        String changed = big.toString().replace("line 3\n", "line three\n").replace("line 30\n", "").concat("end\n");
        assertThat(roundTrip(big.toString(), changed)).isEqualTo(changed);
        assertThat(roundTrip("a\nb", "a\nc")).isEqualTo("a\nc");
        assertThat(roundTrip("a\nb\n", "a\nb")).isEqualTo("a\nb");
        assertThat(roundTrip("a\nb", "a\nb\n")).isEqualTo("a\nb\n");
        assertThat(roundTrip("-- a\n--- b\n", "-- a\n--- c\n")).isEqualTo("-- a\n--- c\n");
    }

    @Test
    void hunksAreFoundWhenTheFileMovedOn() throws Exception {
        String patch = WorkspaceDiff.between(Map.of("f.txt", "x\ny\nz\n"), Map.of("f.txt", "x\nY\nz\n"));
        Files.writeString(dir.resolve("f.txt"), "new first line\nanother\nx\ny\nz\n");
        assertThat(UnifiedDiff.apply(dir, patch)).containsEntry("f.txt", Optional.of("new first line\nanother\nx\nY\nz\n"));
    }

    @Test
    void aHunkWhoseContextIsGoneFails() throws Exception {
        String patch = WorkspaceDiff.between(Map.of("f.txt", "x\ny\nz\n"), Map.of("f.txt", "x\nY\nz\n"));
        Files.writeString(dir.resolve("f.txt"), "something else\n");
        assertThatThrownBy(() -> UnifiedDiff.apply(dir, patch)).isInstanceOf(UnifiedDiff.PatchException.class)
                .hasMessageContaining("does not apply to f.txt");
    }
}
