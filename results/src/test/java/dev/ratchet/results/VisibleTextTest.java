package dev.ratchet.results;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTextTest {

    @Test
    void controlCharactersButNewlineAndTabBecomeTheirEscapes() {
        assertThat(VisibleText.of("\u001b[32mGRADE PASSED\u001b[0m")).isEqualTo("\\x1b[32mGRADE PASSED\\x1b[0m");
        assertThat(VisibleText.of("a\r\u0000\u0008\u007f\u0085\u009bb")).isEqualTo("a\\x0d\\x00\\x08\\x7f\\x85\\x9bb");
        assertThat(VisibleText.of("keeps\nlines\tand tabs, ünïcode — 日本 🎉")).isEqualTo("keeps\nlines\tand tabs, ünïcode — 日本 🎉");
        assertThat(VisibleText.of(null)).isNull();
    }
}
