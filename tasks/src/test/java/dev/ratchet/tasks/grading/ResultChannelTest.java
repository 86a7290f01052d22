package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.tasks.toolchain.Languages;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ResultChannelTest {
    static final String NONCE = "0123456789abcdef0123456789abcdef";
    static final List<String> PYTHON = Languages.pythonRunner("unittest", "test*.py");

    static ExecResult run(int exit, String stdout) {
        return new ExecResult(exit, stdout, "Ran 2 tests\n", false, false, Duration.ofMillis(5));
    }

    static String line(String id, String status) {
        return NONCE + " {\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"detail\":\"\"}\n";
    }

    static final String END = NONCE + " {\"end\":true,\"tampered\":[]}\n";

    @Test
    void onlyLinesUnderTheRunnersNonceCount() {
        String forged = "ffffffffffffffffffffffffffffffff {\"id\":\"t.py::T::test_b\",\"status\":\"passed\"}\n"
                + "{\"id\":\"t.py::T::test_b\",\"status\":\"passed\"}\n";
        ExecResult r = run(1, "RATCHET-TESTS " + NONCE + "\n" + forged + line("t.py::T::test_a", "passed")
                + line("t.py::T::test_b", "failed") + END);
        TestReport report = ResultChannel.read(r).orElseThrow();
        assertThat(report.complete()).isTrue();
        assertThat(report.ids(TestReport.Status.PASSED)).containsExactly("t.py::T::test_a");
        assertThat(report.ids(TestReport.Status.FAILED)).containsExactly("t.py::T::test_b");
        assertThat(ResultChannel.withoutChannel(r).stdout()).doesNotContain(NONCE).contains("ffff");
    }

    @Test
    void aRunWithoutTheEndRecordIsIncompleteAndFails() {
        ExecResult r = run(0, "RATCHET-TESTS " + NONCE + "\n" + line("t.py::T::test_a", "passed"));
        assertThat(ResultChannel.read(r).orElseThrow().complete()).isFalse();
        assertThat(Verdict.judge(PYTHON, r, Optional.empty()).reason()).startsWith(Verdict.INCOMPLETE);
    }

    @Test
    void exitZeroWithoutResultsNeverPasses() {
        Verdict v = Verdict.judge(PYTHON, run(0, "OK\n"), Optional.empty());
        assertThat(v.passed()).isFalse();
        assertThat(v.reason()).startsWith(Verdict.NO_RESULTS);
    }

    @Test
    void everyExpectedTestMustHaveRunAndPassed() {
        ExecResult r = run(0, "RATCHET-TESTS " + NONCE + "\n" + line("t.py::T::test_a", "passed")
                + line("t.py::T::test_b", "skipped") + END);
        assertThat(Verdict.judge(PYTHON, r, Optional.of(Set.of("t.py::T::test_a"))).passed()).isTrue();
        Verdict missing = Verdict.judge(PYTHON, r, Optional.of(Set.of("t.py::T::test_a", "t.py::T::test_b", "t.py::T::test_c")));
        assertThat(missing.passed()).isFalse();
        assertThat(missing.reason()).isEqualTo(Verdict.MISSING + ": t.py::T::test_b, t.py::T::test_c");
        Verdict unknown = Verdict.judge(PYTHON, r, Optional.empty());
        assertThat(unknown.passed()).isTrue();
        assertThat(unknown.reason()).isEqualTo(Verdict.UNKNOWN_EXPECTED);
    }

    @Test
    void allPassingButANonZeroExitFails() {
        ExecResult r = run(3, "RATCHET-TESTS " + NONCE + "\n" + line("t.py::T::test_a", "passed") + END);
        assertThat(Verdict.judge(PYTHON, r, Optional.empty()).reason()).startsWith(Verdict.EXIT);
    }

    @Test
    void junitXmlReportsAreRead() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="JUnit Jupiter" tests="3">
                  <testcase name="adds()" classname="CartTest"/>
                  <testcase name="removes()" classname="CartTest"><failure message="expected 1 but was 2"/></testcase>
                  <testcase name="later()" classname="CartTest"><skipped/></testcase>
                </testsuite>
                """;
        String b64 = Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
        ExecResult r = run(1, "RATCHET-TESTS " + NONCE + "\n" + NONCE + " junit-xml " + b64 + "\n" + END);
        TestReport report = ResultChannel.read(r).orElseThrow();
        assertThat(report.ids(TestReport.Status.PASSED)).containsExactly("CartTest::adds()");
        assertThat(report.ids(TestReport.Status.FAILED)).containsExactly("CartTest::removes()");
        assertThat(report.ids(TestReport.Status.SKIPPED)).containsExactly("CartTest::later()");
    }

    @Test
    void commandsThatReportNothingAreJudgedByExitCodeAndSaySo() {
        Verdict v = Verdict.judge(List.of("sh", "run.sh"), run(0, "ok"), Optional.empty());
        assertThat(v.passed()).isTrue();
        assertThat(v.reason()).isEqualTo(Verdict.UNSTRUCTURED);
    }
}
