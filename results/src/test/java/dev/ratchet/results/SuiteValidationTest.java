package dev.ratchet.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.results.SuiteValidation.TaskValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteValidationTest {
    @TempDir Path dir;

    static final String HASH = "sha256:0123456789abcdef";

    static SuiteValidation validation(int repeat, String when, TaskValidation... tasks) {
        return new SuiteValidation("demo", HASH, repeat, when, List.of(tasks));
    }

    static TaskValidation repeated(String id, int runs, int passes) {
        return new TaskValidation(id, true, true, runs, passes, passes != 0 && passes != runs);
    }

    static TaskValidation once(String id, boolean valid) {
        return new TaskValidation(id, valid, valid, 1, null, false);
    }

    @Test
    void aFaultIsNeitherValidNorInvalidAndNeverOverwritesOlderFindings() throws Exception {
        TaskValidation fault = TaskValidation.failed("a", "sandbox: its container went away");
        assertThat(fault.invalidReason()).isEmpty();
        assertThat(once("b", false).invalidReason()).contains("the reference solution fails (or is missing)");
        assertThat(new TaskValidation("c", false, true, 1, null, false).invalidReason())
                .contains("the untouched workspace already passes the hidden tests");

        SuiteValidation old = validation(1, "2026-01-01T00:00:00Z", once("a", false), once("b", true));
        SuiteValidation merged = old.mergedWith(validation(1, "2026-01-02T00:00:00Z", fault, TaskValidation.failed("d", "sandbox: x")));
        assertThat(merged.task("a").orElseThrow()).isEqualTo(once("a", false));
        assertThat(merged.task("d").orElseThrow().error()).isEqualTo("sandbox: x");
        assertThat(merged.invalidAmong(List.of("d", "b", "a"))).extracting(TaskValidation::id).containsExactly("a");
        assertThat(merged.mergedWith(validation(1, "2026-01-03T00:00:00Z", once("d", true))).task("d").orElseThrow())
                .isEqualTo(once("d", true));

        Path file = ValidationFile.write(dir.resolve("v.json"), merged).path();
        JsonNode json = Json.MAPPER.readTree(file.toFile());
        assertThat(json.get("tasks").get(0).has("error")).as("no key when there was no fault").isFalse();
        assertThat(ValidationFile.read(file).orElseThrow().content()).isEqualTo(merged);
    }

    @Test
    void aNewerValidationReplacesItsTasksAndKeepsTheOthers() {
        SuiteValidation old = validation(5, "2026-01-01T00:00:00Z", repeated("a", 5, 3), repeated("b", 5, 5));
        SuiteValidation merged = old.mergedWith(validation(4, "2026-01-02T00:00:00Z", repeated("b", 4, 2), repeated("c", 4, 4)));

        assertThat(merged.tasks()).extracting(TaskValidation::id).containsExactly("a", "b", "c");
        assertThat(merged.task("a").orElseThrow()).isEqualTo(repeated("a", 5, 3));
        assertThat(merged.task("b").orElseThrow()).isEqualTo(repeated("b", 4, 2));
        assertThat(merged.repeat()).isEqualTo(4);
        assertThat(merged.validatedAt()).isEqualTo("2026-01-02T00:00:00Z");
    }

    @Test
    void aSingleRunDoesNotEraseEarlierEvidenceOfFlakiness() {
        SuiteValidation old = validation(5, "2026-01-01T00:00:00Z", repeated("a", 5, 3));
        TaskValidation a = old.mergedWith(validation(1, "2026-01-02T00:00:00Z", once("a", false))).task("a").orElseThrow();

        assertThat(a.valid()).as("the newer check wins").isFalse();
        assertThat(a.runs()).isEqualTo(5);
        assertThat(a.hiddenPasses()).isEqualTo(3);
        assertThat(a.flaky()).isTrue();
    }

    @Test
    void validationsOfDifferentSuitesDoNotMerge() {
        SuiteValidation other = new SuiteValidation("demo", "sha256:ffff", 1, "t", List.of());
        assertThatThrownBy(() -> validation(1, "t").mergedWith(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different suites");
    }

    @Test
    void fileIsSnakeCaseJsonWrittenWithoutLeftovers() throws Exception {
        Path file = dir.resolve("nested/x.json");
        ValidationFile.write(file, validation(5, "2026-01-01T00:00:00Z", repeated("a", 5, 3), once("b", true)));

        JsonNode json = Json.MAPPER.readTree(file.toFile());
        assertThat(json.get("suite_name").asText()).isEqualTo("demo");
        assertThat(json.get("suite_hash").asText()).isEqualTo(HASH);
        assertThat(json.get("repeat").asInt()).isEqualTo(5);
        assertThat(json.get("validated_at").asText()).isEqualTo("2026-01-01T00:00:00Z");
        JsonNode a = json.get("tasks").get(0);
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("reference_passed").asBoolean()).isTrue();
        assertThat(a.get("runs").asInt()).isEqualTo(5);
        assertThat(a.get("hidden_passes").asInt()).isEqualTo(3);
        assertThat(a.get("flaky").asBoolean()).isTrue();
        assertThat(json.get("tasks").get(1).has("hidden_passes")).as("unknown without --repeat").isFalse();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(ValidationFile.read(file).orElseThrow().content()).isEqualTo(
                validation(5, "2026-01-01T00:00:00Z", repeated("a", 5, 3), once("b", true)));
    }

    @Test
    void updateMergesIntoWhatIsOnDisk() {
        Path file = ValidationFile.inCache(dir, HASH);
        ValidationFile.update(file, validation(5, "2026-01-01T00:00:00Z", repeated("a", 5, 3), repeated("b", 5, 5)));
        ValidationFile.update(file, validation(1, "2026-01-02T00:00:00Z", once("b", false)));

        SuiteValidation onDisk = ValidationFile.read(file).orElseThrow().content();
        assertThat(onDisk.task("a").orElseThrow()).isEqualTo(repeated("a", 5, 3));
        assertThat(onDisk.task("b").orElseThrow().valid()).isFalse();
        assertThat(onDisk.task("b").orElseThrow().runs()).isEqualTo(5);
    }

    @Test
    void cacheFileIsNamedByTheHashAndNeverLeavesTheCache() {
        assertThat(ValidationFile.inCache(dir, HASH)).isEqualTo(dir.resolve("validation/0123456789abcdef.json"));
        assertThatThrownBy(() -> ValidationFile.inCache(dir, "sha256:../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunUsesItsOwnCopyElseTheCacheElseNothing() {
        Path cache = dir.resolve("cache");
        RunStore run = RunStore.create(dir.resolve("runs"), new RunInfo("r1", "2026-01-01T00:00:00Z", null, "m",
                "demo", HASH, "0", null));
        assertThat(ValidationFile.forRun(run, cache)).isEmpty();

        ValidationFile.write(ValidationFile.inCache(cache, HASH), validation(3, "cached", repeated("a", 3, 1)));
        assertThat(ValidationFile.forRun(run, cache).orElseThrow().content().validatedAt()).isEqualTo("cached");

        run.saveValidation(validation(3, "own", repeated("a", 3, 3)));
        assertThat(ValidationFile.forRun(run, cache).orElseThrow().path()).isEqualTo(run.dir().resolve("validation.json"));
    }

    @Test
    void aCopyWithoutRepeatedRunsGivesWayToACacheFileWithThem() {
        Path cache = dir.resolve("cache");
        RunStore run = RunStore.create(dir.resolve("runs"), new RunInfo("r1", "2026-01-01T00:00:00Z", null, "m",
                "demo", HASH, "0", null));
        run.saveValidation(validation(1, "own", once("a", true)));
        assertThat(ValidationFile.forRun(run, cache).orElseThrow().content().validatedAt()).isEqualTo("own");

        ValidationFile.write(ValidationFile.inCache(cache, HASH), validation(3, "cached", repeated("a", 3, 1)));
        assertThat(ValidationFile.forRun(run, cache).orElseThrow().content().validatedAt()).isEqualTo("cached");
    }

    @Test
    void aRunRefusesTheFindingsOfAnotherSuite() {
        RunStore run = RunStore.create(dir, new RunInfo("r1", "2026-01-01T00:00:00Z", null, "m", "demo", "sha256:ffff",
                "0", null));
        assertThatThrownBy(() -> run.saveValidation(validation(1, "t")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
    }
}
