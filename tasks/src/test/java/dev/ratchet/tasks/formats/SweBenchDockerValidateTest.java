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
import dev.ratchet.tasks.grading.ResultChannel;
import dev.ratchet.tasks.grading.TaskValidator;
import dev.ratchet.tasks.grading.TestReport;
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
 * — and, per test id as Ratchet's runner reports it (the report the grade reads), the base fails exactly
 * FAIL_TO_PASS, passes PASS_TO_PASS, and pytest runs the listed ids and nothing else.
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

    /**
     * Graded by pytest's exit code, as before, the base's wrong answer passed when its module registered
     * {@code atexit(os._exit, 0)}. Graded per test id against the reference run's ids it fails, with the reason.
     */
    @Test
    void aWrongAnswerThatForcesExitZeroFailsThePerTestGrade() throws Exception {
        requireDockerWithPytest();
        Suite s = ParseInstances.load(cache, image);
        Task t = s.tasks().getFirst();
        TaskValidator.Report report = new TaskValidator(docker).validate(t);
        assertThat(report.passed()).as(report.toString()).isTrue();
        var expected = new dev.ratchet.tasks.grading.ExpectedTests(Map.of(t.id(), report.gradedTests()), Map.of());
        String base = java.nio.file.Files.readString(t.workspace().resolve("parse.py"));
        var hostile = dev.ratchet.tasks.grading.Candidate.ofText(
                Map.of("parse.py", base + "\nimport atexit as _a, os as _o\n_a.register(_o._exit, 0)\n"), java.util.Set.of());
        var verdict = new dev.ratchet.tasks.grading.Grader(docker, expected).grade(t, hostile, t.id() + "#hostile");
        assertThat(verdict.passed()).as(verdict.reason()).isFalse();
        assertThat(verdict.reason()).startsWith(dev.ratchet.tasks.grading.Verdict.TESTS_FAILED);
        assertThat(verdict.run().exitCode()).isNotZero();
    }

    /** Per test id, as Ratchet's runner reported it on the result channel (the grade reads the same report). */
    static Map<String, String> outcomes(ExecResult r) {
        TestReport report = ResultChannel.read(r).orElseThrow(() -> new AssertionError("no result channel: " + r.combinedOutput()));
        assertThat(report.complete()).as("report complete").isTrue();
        Map<String, String> out = new HashMap<>();
        for (TestReport.Case c : report.cases()) out.put(c.id(), c.status().name());
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
