package dev.ratchet.tasks.grading;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tests a task's runs must report, learned when the task was validated (the ids its reference passed):
 * {@code graded} for the grader's run (visible and hidden tests), {@code visible} for the verifier's. A task
 * missing here was never validated; its runs are then held to the weaker rule in {@link Verdict#judge}.
 */
public record ExpectedTests(Map<String, Set<String>> graded, Map<String, Set<String>> visible) {

    public static final ExpectedTests UNKNOWN = new ExpectedTests(Map.of(), Map.of());

    public ExpectedTests {
        graded = Map.copyOf(graded);
        visible = Map.copyOf(visible);
    }

    public Optional<Set<String>> graded(String taskId) {
        return Optional.ofNullable(graded.get(taskId));
    }

    public Optional<Set<String>> visible(String taskId) {
        return Optional.ofNullable(visible.get(taskId));
    }
}
