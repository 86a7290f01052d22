package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.YamlSuiteLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A YAML task with its own {@code test_command}: without {@code test_report} the exit code is the grade, and a
 * wrong solution that exits 0 at import passes; with {@code test_report: junit-xml} the command's JUnit report
 * (written into {@code $RATCHET_REPORT_DIR}) is the grade, checked against the reference's tests, and the same
 * wrong solution fails.
 */
class CustomTestReportTest {
    @TempDir Path dir;

    /** The hidden check writes a JUnit report of its two cases, as a suite's own runner would. */
    static final String CHECK = """
            import os, sys
            from solution import add
            cases = [("adds", add(2, 3) == 5), ("adds_negatives", add(-2, -3) == -5)]
            xml = ['<testsuite name="check">']
            for name, ok in cases:
                xml.append('<testcase classname="check" name="%s">%s</testcase>' % (name, '' if ok else '<failure message="wrong"/>'))
            xml.append('</testsuite>')
            with open(os.path.join(os.environ["RATCHET_REPORT_DIR"], "check.xml"), "w") as f:
                f.write("".join(xml))
            sys.exit(0 if all(ok for _, ok in cases) else 1)
            """;

    Task task(String extra) throws Exception {
        return task("[ ! -f check.py ] || python3 check.py", extra);
    }

    Task task(String shell, String extra) throws Exception {
        for (String d : List.of("t/ws", "t/vis", "t/hid", "t/ref")) Files.createDirectories(dir.resolve(d));
        Files.writeString(dir.resolve("t/instructions.md"), "Write add(a, b).");
        Files.writeString(dir.resolve("t/ws/solution.py"), "def add(a, b):\n    raise NotImplementedError\n");
        Files.writeString(dir.resolve("t/ref/solution.py"), "def add(a, b):\n    return a + b\n");
        Files.writeString(dir.resolve("t/hid/check.py"), CHECK);
        Files.writeString(dir.resolve("t/vis/check.py"), CHECK.replace(", (\"adds_negatives\", add(-2, -3) == -5)", ""));
        Path suite = Files.writeString(dir.resolve("suite.yaml"), """
                suite: custom
                tasks:
                  - id: t
                    language: python
                    instructions: t/instructions.md
                    workspace: t/ws/
                    visible_tests: t/vis/
                    hidden_tests: t/hid/
                    reference: t/ref/
                    test_command: ["sh", "-c", "%s"]
                """.formatted(shell) + extra);
        return new YamlSuiteLoader().load(suite).tasks().getFirst();
    }

    static final Candidate WRONG_BUT_EXITS_ZERO = Candidate.ofText(Map.of("solution.py",
            "import os\nos._exit(0)\ndef add(a, b):\n    return a - b\n"), Set.of());
    static final Candidate RIGHT = Candidate.ofText(Map.of("solution.py", "def add(a, b):\n    return b + a\n"), Set.of());

    @Test
    void withoutAReportTheExitCodeIsTheGradeAndAForcedExitPasses() throws Exception {
        Task t = task("");
        assertThat(ResultChannel.reportsOn(t.testCommand())).isFalse();
        Verdict v = new Grader(new LocalSandboxFactory()).grade(t, WRONG_BUT_EXITS_ZERO, "t#hostile");
        assertThat(v.passed()).isTrue();
        assertThat(v.reason()).isEqualTo(Verdict.UNSTRUCTURED);
    }

    @Test
    void withAJunitReportTheReferencesTestsAreTheGrade() throws Exception {
        Task t = task("    test_report: junit-xml\n");
        assertThat(ResultChannel.reportsOn(t.testCommand())).isTrue();
        TaskValidator.Report report = new TaskValidator(new LocalSandboxFactory()).validate(t);
        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.gradedTests()).containsExactlyInAnyOrder("check::adds", "check::adds_negatives");

        Grader grader = new Grader(new LocalSandboxFactory(), new ExpectedTests(Map.of(t.id(), report.gradedTests()), Map.of()));
        Verdict hostile = grader.grade(t, WRONG_BUT_EXITS_ZERO, "t#hostile");
        assertThat(hostile.passed()).isFalse();
        assertThat(hostile.reason()).startsWith(Verdict.MISSING);
        Verdict right = grader.grade(t, RIGHT, "t#right");
        assertThat(right.passed()).as(right.reason() + "\n" + right.run().combinedOutput()).isTrue();
        assertThat(right.reason()).isEmpty();
    }

    @Test
    void aFailedCaseInTheReportFailsEvenWhenTheCommandExitsZero() throws Exception {
        Task t = task("[ ! -f check.py ] || python3 check.py; exit 0", "    test_report: junit-xml\n");
        Verdict v = new Grader(new LocalSandboxFactory()).grade(t, Candidate.ofText(Map.of("solution.py",
                "def add(a, b):\n    return a + b if a > 0 else 0\n"), Set.of()), "t#half");
        assertThat(v.passed()).isFalse();
        assertThat(v.reason()).startsWith(Verdict.TESTS_FAILED).contains("check::adds_negatives");
    }
}
