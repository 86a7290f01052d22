package dev.ratchet.tasks.grading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's files become a layer only where laying them is the same as writing them: never over or above a
 * test path, never through a symlink or a file of the pristine tree, never outside the workspace; then no layer, and
 * the grader writes them one by one.
 */
class CandidateLayerTest {
    @TempDir Path ws;
    @TempDir Path tests;

    private CandidateLayer layer(String path) {
        return CandidateLayer.of(Candidate.ofText(Map.of(path, "x = 1\n"), Set.of()), List.of(ws, tests),
                Set.of("tests/test_hidden.py", "test_visible.py"));
    }

    @Test
    void plainFilesBecomeALayerAndTheLayerIsRemovedAfterwards() throws Exception {
        Files.createDirectories(ws.resolve("pkg"));
        Files.writeString(ws.resolve("pkg/solution.py"), "pass\n");
        Path dir;
        try (CandidateLayer layer = layer("pkg/solution.py")) {
            dir = layer.dir().orElseThrow();
            assertThat(dir.resolve("pkg/solution.py")).hasContent("x = 1");
        }
        assertThat(dir).doesNotExist();
        try (CandidateLayer layer = layer("new/helper.py")) {
            assertThat(layer.dir()).isPresent();
        }
    }

    @Test
    void nothingThatWritingWouldRefuseOrThatWouldReplaceATestBecomesALayer() throws Exception {
        Files.createSymbolicLink(ws.resolve("out"), Path.of("/tmp"));
        Files.writeString(ws.resolve("file"), "pass\n");
        for (String path : List.of("tests", "test_visible.py", "test_visible.py/x", "../escape.py", "/abs.py", "a//b.py",
                "./a.py", "out/x.py", "out", "file/x.py")) {
            try (CandidateLayer layer = layer(path)) {
                assertThat(layer.dir()).as(path).isEmpty();
            }
        }
    }
}
