package dev.ratchet.harness.cli;

import dev.ratchet.results.TraceEvent;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TraceTextTest {

    @Test
    void escapeSequencesInWhatACandidatePrintedAreShownNotObeyed() {
        // A failing grade whose output tries to repaint the screen: erase the line, then a green fake verdict.
        String forged = "FAIL: test_hidden\r\u001b[2K\u001b[1A\u001b[32mGRADE hidden tests PASSED\u001b[0m\u009b31m\u0007\ttab\n";
        var text = new StringWriter();

        new TraceText(new PrintWriter(text), 2000).print(List.of(
                new TraceEvent.ToolResult(1000, 1, "c1", "run_tests", false, "\u001b]0;title\u0007ok", 5),
                new TraceEvent.GradeResult(2000, 1, false, 1, false, forged, 40)));

        String out = text.toString();
        assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f))
                .as("raw control characters").isEmpty();
        assertThat(out).contains("GRADE hidden tests FAILED (exit 1")
                .contains("FAIL: test_hidden\\x0d\\x1b[2K\\x1b[1A\\x1b[32mGRADE hidden tests PASSED\\x1b[0m\\x9b31m\\x07\ttab")
                .contains("\\x1b]0;title\\x07ok");
    }

    @Test
    void aReplayedReplyShowsItsRecordedLatency() {
        var text = new StringWriter();
        new TraceText(new PrintWriter(text), 2000).print(List.of(
                new TraceEvent.ModelReply(1000, 1, "plan", List.of(), 10, 2, 3, 0.0, 5400L),
                new TraceEvent.ModelReply(2000, 1, "plan", List.of(), 10, 2, 700, 0.0)));
        assertThat(text.toString()).contains("model reply (3 ms, recorded 5400 ms, 10→2 tokens)")
                .contains("model reply (700 ms, 10→2 tokens)");
    }
}
