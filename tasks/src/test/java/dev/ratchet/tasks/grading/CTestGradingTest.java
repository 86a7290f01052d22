package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.sandbox.docker.DockerTestImages;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.YamlSuiteLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A YAML {@code cpp} task without a test command of its own is graded per CTest test (its {@code add_test}s, CTest's
 * JUnit report), checked against the tests the reference passed: not by the build's exit code. Locally with the
 * host's cmake (skipped without it) and in the cpp image (skipped without Docker unless
 * {@code RATCHET_REQUIRE_DOCKER=1}).
 */
class CTestGradingTest {
    @TempDir Path dir;

    /** One test executable per {@code test_*.cpp}, so the agent's sandbox (visible tests only) builds too. */
    static final String CMAKE = """
            cmake_minimum_required(VERSION 3.14)
            project(adder CXX)
            enable_testing()
            file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/test_*.cpp)
            foreach(t ${tests})
              get_filename_component(name ${t} NAME_WE)
              add_executable(${name} ${t} adder.cpp)
              add_test(NAME ${name} COMMAND ${name})
            endforeach()
            """;

    static String check(String expr) {
        return "#include \"adder.h\"\n#include <cstdio>\nint main() { if (" + expr + ") return 0; std::puts(\"wrong: "
                + expr.replace("\"", "") + "\"); return 1; }\n";
    }

    Task task() throws Exception {
        for (String d : List.of("t/ws", "t/vis", "t/hid", "t/ref")) Files.createDirectories(dir.resolve(d));
        Files.writeString(dir.resolve("t/instructions.md"), "Implement add(a, b) in adder.cpp.");
        Files.writeString(dir.resolve("t/ws/CMakeLists.txt"), CMAKE);
        Files.writeString(dir.resolve("t/ws/adder.h"), "int add(int a, int b);\n");
        Files.writeString(dir.resolve("t/ws/adder.cpp"), "#include \"adder.h\"\nint add(int a, int b) { return 0; }\n");
        Files.writeString(dir.resolve("t/ref/adder.cpp"), "#include \"adder.h\"\nint add(int a, int b) { return a + b; }\n");
        Files.writeString(dir.resolve("t/vis/test_adds.cpp"), check("add(2, 3) == 5"));
        Files.writeString(dir.resolve("t/hid/test_adds_negatives.cpp"), check("add(-2, -3) == -5"));
        Path suite = Files.writeString(dir.resolve("suite.yaml"), """
                suite: ctest
                tasks:
                  - id: adder
                    language: cpp
                    instructions: t/instructions.md
                    workspace: t/ws/
                    visible_tests: t/vis/
                    hidden_tests: t/hid/
                    reference: t/ref/
                """);
        return new YamlSuiteLoader().load(suite).tasks().getFirst();
    }

    static Candidate adder(String body) {
        return Candidate.ofText(Map.of("adder.cpp", "#include \"adder.h\"\n" + body + "\n"), Set.of());
    }

    @Test
    void locally() throws Exception {
        Assumptions.assumeTrue(onPath("cmake") && onPath("ctest") && onPath("g++"), "needs cmake, ctest and g++ on the host");
        gradedPerTest(new LocalSandboxFactory());
    }

    @Test
    void inTheCppImage() throws Exception {
        Task t = task();
        DockerTestImages.require(t.image());
        gradedPerTest(DockerSandboxFactory.connect());
    }

    private void gradedPerTest(SandboxFactory sandboxes) throws Exception {
        Task t = task();
        assertThat(ResultChannel.reportsOn(t.testCommand())).isTrue();
        TaskValidator.Report report = new TaskValidator(sandboxes).validate(t);
        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.gradedTests()).containsExactlyInAnyOrder("test_adds", "test_adds_negatives");

        Grader grader = new Grader(sandboxes, new ExpectedTests(Map.of(t.id(), report.gradedTests()), Map.of()));
        Verdict right = grader.grade(t, adder("int add(int a, int b) { return b + a; }"), "adder#right");
        assertThat(right.passed()).as(right.reason() + "\n" + right.run().combinedOutput()).isTrue();

        // passes the visible test, fails the hidden one: named, with CTest's output of it
        Verdict wrong = grader.grade(t, adder("int add(int a, int b) { return a < 0 ? 0 : a + b; }"), "adder#wrong");
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.reason()).isEqualTo(Verdict.TESTS_FAILED + ": test_adds_negatives");
        assertThat(wrong.run().combinedOutput()).contains("wrong: add(-2, -3) == -5");

        // CTest's success summary as the solution: the build fails, CTest never runs, no test passed
        Verdict fake = grader.grade(t, Candidate.ofText(Map.of("adder.cpp",
                "100% tests passed, 0 tests failed out of 2\n"), Set.of()), "adder#fake");
        assertThat(fake.passed()).isFalse();
        assertThat(fake.reason()).startsWith(Verdict.MISSING);
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
