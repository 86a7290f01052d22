package dev.ratchet.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code ratchet tasks validate} found for one suite (identified by its content hash): the
 * cache file {@code <cache>/validation/<hash>.json} and a run directory's {@code validation.json}.
 * {@code repeat} and {@code validatedAt} describe the latest validation that updated the file; each
 * task entry keeps its own {@code runs}, because a file is built up by several validations.
 */
@JsonPropertyOrder({"suite_name", "suite_hash", "repeat", "validated_at", "tasks"})
public record SuiteValidation(String suiteName, String suiteHash, int repeat, String validatedAt,
                              List<TaskValidation> tasks) {

    /** The file name in a run directory. */
    public static final String FILE = "validation.json";

    public SuiteValidation {
        Objects.requireNonNull(suiteHash, "suiteHash");
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /**
     * One task's findings. {@code runs} is how often the reference met the hidden tests (1 without
     * {@code --repeat}); {@code hiddenPasses} how often it passed, only known when runs were repeated.
     * {@code error} is why the task could not be validated (a sandbox fault), or null; such a task is
     * neither valid nor known to be invalid.
     * {@code visibleTests}/{@code gradedTests}: the ids of the tests the reference passed in the verifier's and the
     * grader's runs (null when the test command reports no per-test results, or in files written before them): a
     * later run passes only if it passes all of them.
     */
    @JsonPropertyOrder({"id", "valid", "reference_passed", "runs", "hidden_passes", "flaky", "error", "visible_tests",
            "graded_tests"})
    public record TaskValidation(String id, boolean valid, boolean referencePassed, int runs, Integer hiddenPasses,
                                 boolean flaky, String error, List<String> visibleTests, List<String> gradedTests) {

        public TaskValidation {
            Objects.requireNonNull(id, "id");
            visibleTests = visibleTests == null ? null : List.copyOf(visibleTests);
            gradedTests = gradedTests == null ? null : List.copyOf(gradedTests);
        }

        public TaskValidation(String id, boolean valid, boolean referencePassed, int runs, Integer hiddenPasses,
                              boolean flaky) {
            this(id, valid, referencePassed, runs, hiddenPasses, flaky, null, null, null);
        }

        /** Findings with the ids of the tests the reference passed. */
        public TaskValidation(String id, boolean valid, boolean referencePassed, int runs, Integer hiddenPasses,
                              boolean flaky, List<String> visibleTests, List<String> gradedTests) {
            this(id, valid, referencePassed, runs, hiddenPasses, flaky, null, visibleTests, gradedTests);
        }

        /** A task whose validation ended in a fault: nothing is known about it. */
        public static TaskValidation failed(String id, String error) {
            return new TaskValidation(id, false, false, 0, null, false, Objects.requireNonNull(error, "error"), null, null);
        }

        /** Why the task is invalid, in words; empty when it is valid or could not be validated. */
        @JsonIgnore
        public Optional<String> invalidReason() {
            if (valid || error != null) return Optional.empty();
            return Optional.of(referencePassed ? "the untouched workspace already passes the hidden tests"
                    : "the reference solution fails (or is missing)");
        }

        /** Whether the reference was run repeatedly, i.e. whether {@code flaky} means anything. */
        @JsonIgnore
        public boolean repeated() {
            return runs > 1 && hiddenPasses != null;
        }

        /**
         * This (newer) entry, but keeping the repeated runs of {@code older} when this one has none:
         * a single run cannot show stability, and the tasks are byte-identical (same suite hash), so
         * the earlier evidence still holds. Likewise a validation that ended in a fault keeps the older findings.
         */
        TaskValidation over(TaskValidation older) {
            if (error != null && older.error == null) return older; // a fault says nothing new about the task
            if (repeated() || !older.repeated()) return this;
            return new TaskValidation(id, valid, referencePassed, older.runs, older.hiddenPasses, older.flaky, error,
                    visibleTests, gradedTests);
        }
    }

    /** The tasks among {@code ids} these findings mark invalid, in the order of {@code ids}. */
    public List<TaskValidation> invalidAmong(java.util.Collection<String> ids) {
        return ids.stream().map(this::task).flatMap(Optional::stream).filter(t -> t.invalidReason().isPresent()).toList();
    }

    public Optional<TaskValidation> task(String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Whether any task was run repeatedly (validated with {@code --repeat N}, N > 1). */
    @JsonIgnore
    public boolean repeated() {
        return tasks.stream().anyMatch(TaskValidation::repeated);
    }

    /**
     * This file updated with a newer validation of the same suite: tasks in {@code newer} replace
     * theirs (see {@link TaskValidation#over}), tasks it did not validate are kept as they were.
     */
    public SuiteValidation mergedWith(SuiteValidation newer) {
        if (!suiteHash.equals(newer.suiteHash())) {
            throw new IllegalArgumentException("cannot merge validations of different suites (" + suiteHash
                    + " vs " + newer.suiteHash() + ")");
        }
        Map<String, TaskValidation> byId = new LinkedHashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        newer.tasks().forEach(t -> byId.merge(t.id(), t, (older, fresh) -> fresh.over(older)));
        return new SuiteValidation(newer.suiteName(), suiteHash, newer.repeat(), newer.validatedAt(),
                List.copyOf(byId.values()));
    }
}
