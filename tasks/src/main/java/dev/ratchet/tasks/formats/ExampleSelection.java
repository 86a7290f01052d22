package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ratchet.tasks.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which docstring examples of a HumanEval task became its visible tests and which were dropped, and
 * why: written as {@code examples.json} beside the task's {@code visible/} directory when the loader
 * materialises the suite, read by {@code tasks list} and {@code tasks validate}. {@code unchecked} is
 * why no example could be checked against the reference (then there are no visible tests), or null.
 */
@JsonPropertyOrder({"unchecked", "kept", "dropped"})
public record ExampleSelection(String unchecked, List<Kept> kept, List<Dropped> dropped) {

    static final String FILE = "examples.json";

    /** An example the reference passes: {@code expected} is a Python literal. */
    public record Kept(int line, String call, String expected) {}

    /** An example left out: where it is in the prompt, as written, and why. */
    public record Dropped(int line, String text, String reason) {}

    public ExampleSelection {
        kept = List.copyOf(kept == null ? List.of() : kept);
        dropped = List.copyOf(dropped == null ? List.of() : dropped);
    }

    /** Whether the task has no visible tests at all. */
    @JsonIgnore
    public boolean noVisibleTests() {
        return kept.isEmpty();
    }

    /** The selection of a task a loader made one for (HumanEval), else empty. */
    public static Optional<ExampleSelection> of(Task task) {
        Path parent = task.visibleTests().getParent();
        Path file = parent == null ? null : parent.resolve(FILE);
        if (file == null || !Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JsonRecords.JSON.readValue(file.toFile(), ExampleSelection.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    void writeTo(Path taskDir) throws IOException {
        MaterialisedCache.write(taskDir.resolve(FILE),
                JsonRecords.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    }
}
