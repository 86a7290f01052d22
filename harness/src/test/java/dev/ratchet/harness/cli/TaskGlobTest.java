package dev.ratchet.harness.cli;

import dev.ratchet.tasks.Task;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskGlobTest {
    private static Task task(String id) {
        Path p = Path.of("/nonexistent");
        return new Task(id, "rust", "", p, p, p, Optional.empty(), List.of("true"), Duration.ofSeconds(1), "img");
    }

    private static final List<Task> ALL = List.of(task("rust/poker"), task("rust/robot-name"), task("go/poker"), task("py-add"));

    private static List<String> ids(String glob) {
        return TaskGlob.select(ALL, glob).stream().map(Task::id).toList();
    }

    @Test
    void aSlashInTheGlobMatchesTheIdAsWritten() {
        assertThat(ids("rust/*")).containsExactly("rust/poker", "rust/robot-name");
        assertThat(ids("rust/{poker,robot-name}")).containsExactly("rust/poker", "rust/robot-name");
        assertThat(ids("*/poker")).containsExactly("rust/poker", "go/poker");
    }

    @Test
    void anUnderscoreStandsForTheSlashAsInFileNames() {
        assertThat(ids("rust_*")).containsExactly("rust/poker", "rust/robot-name");
        assertThat(ids("*poker")).containsExactly("rust/poker", "go/poker");
    }

    @Test
    void aGlobThatMatchesNothingIsAUserError() {
        assertThatThrownBy(() -> TaskGlob.select(ALL, "java/*")).isInstanceOf(UserError.class)
                .hasMessageContaining("matches no task");
    }
}
