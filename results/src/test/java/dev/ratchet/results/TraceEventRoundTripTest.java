package dev.ratchet.results;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every TraceEvent subtype survives a trip through a trace file. The subtype list comes from the
 * sealed interface itself, so adding an event without an example here fails the build.
 */
class TraceEventRoundTripTest {

    @TempDir
    Path root;

    static Map<Class<?>, TraceEvent> examples() {
        var call = new TraceEvent.ToolCallRequest("c1", "edit", "{\"path\":\"a.py\",\"text\":\"x\\n\"");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("max_rounds", 3);
        config.put("policy", "repair");
        config.put("nested", Map.of("tags", List.of("a", "b")));
        JsonNode args = Json.MAPPER.createObjectNode().put("path", "src/a.py").put("line", 12);
        List<TraceEvent> events = List.of(
                new TraceEvent.RunStarted(1L, "20261123-132404-ab12", config),
                new TraceEvent.TaskStarted(2L, "HumanEval/12", 4),
                new TraceEvent.RoundStarted(3L, 2, "resample", true),
                new TraceEvent.Plan(4L, 1, "1. read\n2. fix \"quotes\" and ünïcode"),
                new TraceEvent.ModelRequest(5L, 1, List.of(
                        new TraceEvent.Message("system", "be brief", null, null),
                        new TraceEvent.Message("assistant", null, List.of(call), null),
                        new TraceEvent.Message("tool", "ok", null, "c1")), List.of("view", "edit", "submit")),
                new TraceEvent.ModelReply(6L, 1, "done", List.of(call), 1234, 56, 789L, 0.0042, 5400L),
                new TraceEvent.ToolCall(7L, 1, "c1", "edit", args),
                new TraceEvent.ToolResult(8L, 1, "c1", "edit", true, "no such file", 12L),
                new TraceEvent.VerifyResult(9L, 1, false, 1, false, "1 failed", 2500L, true),
                new TraceEvent.GradeResult(10L, 1, true, 0, true, "", 4100L),
                new TraceEvent.RoundFinished(11L, 1, "step_cap", false, true),
                new TraceEvent.TaskFinished(12L, "HumanEval/12", 4, Outcome.ERROR, 0, "sandbox died", 99L),
                new TraceEvent.Error(13L, 2, "transient", "429 rate limited"),
                new TraceEvent.SandboxAction(14L, "reset", "grader", "docker", 321L),
                new TraceEvent.Retrieval(15L, "search_code", "parse_retry_after", 7, 2048, true, 35L, 231, 0, 41L),
                new TraceEvent.Flagged(16L, 2, "exit_at_import", "calc.py", "os._exit(0) at line 3"));
        return events.stream().collect(Collectors.toMap(Object::getClass, e -> e, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void everyPermittedSubtypeHasAnExample() {
        assertThat(examples().keySet())
                .containsExactlyInAnyOrder(TraceEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyPermittedSubtypeIsRegisteredForJson() {
        List<Class<?>> registered = Arrays.stream(TraceEvent.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::value)
                .collect(Collectors.toList());
        assertThat(registered).containsExactlyInAnyOrder(TraceEvent.class.getPermittedSubclasses());
    }

    @Test
    void everySubtypeRoundTripsThroughATraceFile() throws Exception {
        RunStore store = RunStore.create(root, RunStoreTest.info("r1"));
        List<TraceEvent> events = List.copyOf(examples().values());
        try (JsonlTraceSink sink = store.traceSink("HumanEval/12", 4)) {
            events.forEach(sink::emit);
        }
        assertThat(store.readTrace("HumanEval/12", 4)).containsExactlyElementsOf(events);
        assertThat(Files.readAllLines(store.tracePath("HumanEval/12", 4))).hasSize(events.size());
    }

    @Test
    void eachLineCarriesItsSnakeCaseEventTag() throws Exception {
        Map<Class<?>, String> names = Arrays.stream(TraceEvent.class.getAnnotation(JsonSubTypes.class).value())
                .collect(Collectors.toMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));
        for (TraceEvent event : examples().values()) {
            JsonNode node = Json.MAPPER.readTree(Json.MAPPER.writerFor(TraceEvent.class).writeValueAsString(event));
            assertThat(node.get("event").asText()).isEqualTo(names.get(event.getClass()));
            assertThat(node.get("event").asText()).matches("[a-z_]+");
            assertThat(node.has("ts")).isTrue();
        }
    }
}
