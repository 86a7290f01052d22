package dev.ratchet.harness.model.provider;

import dev.langchain4j.data.message.AiMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextActionsTest {
    @Test
    void oneWellFormedBlockIsOneToolCall() {
        AiMessage m = TextActions.parse("ok\n```action\n{\"tool\": \"view_file\", \"args\": {\"path\": \"a.py\"}}\n```", "id-1");
        assertThat(m.toolExecutionRequests()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("id-1");
            assertThat(c.name()).isEqualTo("view_file");
            assertThat(c.arguments()).isEqualTo("{\"path\":\"a.py\"}");
        });
    }

    @Test
    void noBlockIsPlainText() {
        assertThat(TextActions.parse("I am done.", "x").hasToolExecutionRequests()).isFalse();
    }

    @Test
    void malformedBlocksBecomeCallsTheToolboxRejects() {
        assertThat(TextActions.parse("```action\n{\"args\": {}}\n```", "x").toolExecutionRequests().getFirst().name())
                .startsWith("(malformed action");
        assertThat(TextActions.parse("```action\nview_file a.py\n```", "x").toolExecutionRequests().getFirst().name())
                .startsWith("(malformed action");
        assertThat(TextActions.parse("```action\n{\"tool\": \"edit_file\", \"args\": {\"path\": }\n```", "x")
                .toolExecutionRequests().getFirst()).satisfies(c -> {
                    assertThat(c.name()).isEqualTo("edit_file");
                    assertThat(c.arguments()).contains("\"path\": }");
                });
    }
}
