package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.sandbox.docker.DockerDaemon;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.grading.TaskValidator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped real-repository set validated in Docker with pytest, as {@code ratchet tasks validate
 * --sandbox docker} does it: each gold patch passes FAIL_TO_PASS + PASS_TO_PASS, the untouched base fails
 * — and, per test id from pytest's {@code -rA} summary, the base fails exactly FAIL_TO_PASS, passes
 * PASS_TO_PASS, and pytest runs the listed ids and nothing else.
 *
 * <p>Image: {@code ratchet/python:latest} (the loader's default), or {@code $RATCHET_SWEBENCH_IMAGE}. Skips
 * without a daemon, the image or pytest in it, unless {@code RATCHET_REQUIRE_DOCKER=1}, where that fails.
 */
class SweBenchDockerValidateTest {
    @TempDir Path cache;
    @TempDir Path empty;

    String image;
    SandboxFactory docker;

    /** In the test rather than a @BeforeAll, so a skip is reported as one, with its reason. */
    void requireDockerWithPytest() {
        image = Optional.ofNullable(System.getenv("RATCHET_SWEBENCH_IMAGE")).filter(s -> !s.isBlank()).orElse("ratchet/python:latest");
        Optional<String> problem = DockerDaemon.unavailableReason().map(r -> "docker: " + r)
                .or(() -> DockerDaemon.missingImages(List.of(image)).stream().findFirst()
                        .map(i -> "docker: image " + i + " missing (run ./ratchet images build)"));
        if (problem.isEmpty()) {
            docker = DockerSandboxFactory.connect();
            ExecResult r = exec(new SandboxSpec(List.of(empty), Map.of(), image, "swebench#pytest"),
                    List.of("python3", "-m", "pytest", "--version"));
            if (!r.succeeded()) problem = Optional.of("docker: image " + image + " has no pytest (python3 -m pytest: " + r.combinedOutput().strip() + ")");
        }
        dev.ratchet.sandbox.docker.DockerTestImages.skipOrFail(problem);
    }

    @Test
    void everyInstanceValidatesAndTheBaseFailsExactlyFailToPass() {
        requireDockerWithPytest();
        Suite s = ParseInstances.load(cache, image);
        List<JsonNode> records = ParseInstances.records();
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < records.size(); k++) {
            Task t = s.tasks().get(k);
            TaskValidator.Report report = new TaskValidator(docker).validate(t);
            if (!report.passed()) problems.add(report.toString());

            List<String> failToPass = ParseInstances.strings(records.get(k), "FAIL_TO_PASS");
            List<String> passToPass = ParseInstances.strings(records.get(k), "PASS_TO_PASS");
            Map<String, String> base = outcomes(exec(TaskFiles.graderSpec(t, t.id() + "#base"), t.testCommand()));
            Map<String, String> expected = new HashMap<>();
            failToPass.forEach(id -> expected.put(id, "FAILED"));
            passToPass.forEach(id -> expected.put(id, "PASSED"));
            // The same ids run with the gold patch; the validator saw that run pass, so each of them passed.
            if (!base.equals(expected)) problems.add(t.id() + ": at base + test_patch, pytest reported " + differences(expected, base));
        }
        assertThat(problems).isEmpty();
        assertThat(s.tasks()).hasSize(9);
    }

    /** pytest {@code -rA} summary lines: {@code PASSED id}, {@code FAILED id - message}, {@code ERROR id - ...}. */
    static Map<String, String> outcomes(ExecResult r) {
        Map<String, String> out = new HashMap<>();
        for (String line : r.stdout().split("\n")) {
            int sp = line.indexOf(' ');
            if (sp < 0) continue;
            String status = line.substring(0, sp);
            if (!List.of("PASSED", "FAILED", "ERROR", "SKIPPED", "XFAIL", "XPASS").contains(status)) continue;
            String id = line.substring(sp + 1);
            if (!status.equals("PASSED")) id = id.split(" - ", 2)[0];
            out.put(id.strip(), status.equals("ERROR") ? "FAILED" : status);
        }
        return out;
    }

    private static String differences(Map<String, String> expected, Map<String, String> got) {
        List<String> d = new ArrayList<>();
        var ids = new HashSet<>(expected.keySet());
        ids.addAll(got.keySet());
        for (String id : ids) {
            if (!java.util.Objects.equals(expected.get(id), got.get(id))) {
                d.add(id + ": " + got.getOrDefault(id, "not run") + " (expected " + expected.getOrDefault(id, "not run") + ")");
            }
        }
        return d.size() + " unexpected: " + String.join("; ", d.subList(0, Math.min(5, d.size())));
    }

    private ExecResult exec(SandboxSpec spec, List<String> command) {
        try (Sandbox sandbox = docker.create(spec)) {
            return sandbox.exec(command, Duration.ofSeconds(300));
        }
    }
}
