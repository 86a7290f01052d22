package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.tasks.toolchain.Languages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frameworks' reports as Ratchet's test commands send them, read from output captured in the sandbox images
 * ({@code ratchet/<language>:latest}) on real polyglot exercises: go/bowling ({@code go test -json}, Go 1.27),
 * rust/bowling (libtest {@code --format json}, Rust 1.97), javascript/grep (jest 29 {@code --json}, with the
 * {@code xit} cases Aider leaves skipped), cpp/bank-account (Catch2 2.13.6's JUnit reporter). "pass" is the
 * reference, "stub" the untouched exercise, "fail" the reference with one bug.
 */
class ReportFormatTest {
    static final String NONCE = "0123456789abcdef0123456789abcdef";
    static final List<String> GO = Languages.defaults("go").orElseThrow().testCommand();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ReportFormatTest.class.getResourceAsStream("reports/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** A run's stdout as the reporting shell writes it: header, the report under the nonce, end record. */
    static ExecResult channel(int exit, String kind, byte[] report) {
        String out = "RATCHET-TESTS " + NONCE + "\n" + NONCE + " " + kind + " " + Base64.getEncoder().encodeToString(report)
                + "\n" + NONCE + " {\"end\":true,\"tampered\":[]}\n";
        return new ExecResult(exit, out, "", false, false, Duration.ofMillis(5));
    }

    static TestReport read(String kind, byte[] report) {
        TestReport r = ResultChannel.read(channel(0, kind, report)).orElseThrow();
        assertThat(r.complete()).isTrue();
        return r;
    }

    @Test
    void goTestJsonGivesEveryTestAndSubtestAndTheTextGoWouldHavePrinted() throws IOException {
        TestReport r = read("go-test-json", fixture("go-test-bowling-pass.json"));
        assertThat(r.ids(TestReport.Status.PASSED)).hasSize(33)
                .contains("bowling::TestRoll", "bowling::TestScore", "bowling::TestRoll/rolls_cannot_score_negative_points");
        assertThat(r.ids(TestReport.Status.FAILED)).isEmpty();
        ExecResult shown = ResultChannel.withoutChannel(channel(0, "go-test-json", fixture("go-test-bowling-pass.json")));
        assertThat(shown.stdout()).contains("=== RUN   TestRoll", "--- PASS: TestRoll", "ok  \tbowling").doesNotContain(NONCE);
    }

    @Test
    void goTestJsonFailuresFailTheSubtestAndItsParent() throws IOException {
        TestReport r = read("go-test-json", fixture("go-test-bowling-fail.json"));
        assertThat(r.ids(TestReport.Status.FAILED)).containsExactlyInAnyOrder("bowling::TestRoll",
                "bowling::TestRoll/rolls_cannot_score_negative_points", "bowling::(package)");
        assertThat(r.ids(TestReport.Status.PASSED)).hasSize(31);
    }

    @Test
    void aGoBuildFailureIsAFailureWithTheCompilerErrorsShown() throws IOException {
        TestReport r = read("go-test-json", fixture("go-test-bowling-stub.json"));
        assertThat(r.ids(TestReport.Status.PASSED)).isEmpty();
        assertThat(r.ids(TestReport.Status.FAILED)).contains("bowling [bowling.test]::(build)", "bowling::(package)");
        Verdict v = Verdict.judge(GO, channel(1, "go-test-json", fixture("go-test-bowling-stub.json")), Optional.empty());
        assertThat(v.passed()).isFalse();
        assertThat(v.reason()).startsWith(Verdict.TESTS_FAILED);
        assertThat(v.run().stdout()).contains("./bowling.go:5:17: undefined: Game");
    }

    @Test
    void aGoTestThatStartedAndNeverEndedFailed() throws IOException {
        // the stream cut where the binary would have died: after TestScore's first subtest started
        String all = new String(fixture("go-test-bowling-pass.json"), StandardCharsets.UTF_8);
        String cut = all.substring(0, all.indexOf("\"Action\":\"run\",\"Package\":\"bowling\",\"Test\":\"TestScore/"));
        cut = cut.substring(0, cut.lastIndexOf('\n') + 1);
        TestReport r = read("go-test-json", cut.getBytes(StandardCharsets.UTF_8));
        assertThat(r.ids(TestReport.Status.FAILED)).containsExactly("bowling::TestScore");
    }

    @Test
    void libtestJsonGivesEveryTestIncludingTheIgnoredOnesExercismMarks() throws IOException {
        TestReport r = read("libtest-json", fixture("libtest-bowling-pass.json"));
        assertThat(r.ids(TestReport.Status.PASSED)).hasSize(31)
                .contains("all_strikes_is_a_perfect_score_of_300", "a_roll_is_err_if_the_game_is_done");
        assertThat(r.ids(TestReport.Status.FAILED)).isEmpty();
    }

    @Test
    void libtestFailuresKeepThePanicMessageAndShowIt() throws IOException {
        TestReport r = read("libtest-json", fixture("libtest-bowling-stub.json"));
        assertThat(r.ids(TestReport.Status.FAILED)).hasSize(31);
        assertThat(r.cases().getFirst().detail()).contains("not yet implemented");
        String shown = ResultChannel.withoutChannel(channel(101, "libtest-json", fixture("libtest-bowling-stub.json"))).stdout();
        assertThat(shown).contains("---- all_strikes_is_a_perfect_score_of_300 ----", "not yet implemented",
                "test result: failed. 0 passed; 31 failed");
    }

    @Test
    void passingDocTestsAreTheSolutionsOwnExamplesNotExpectedTests() throws IOException {
        String docOk = "{ \"type\": \"test\", \"event\": \"started\", \"name\": \"src/lib.rs - Game::roll (line 12)\" }\n"
                + "{ \"type\": \"test\", \"name\": \"src/lib.rs - Game::roll (line 12)\", \"event\": \"ok\" }\n";
        String docFailed = "{ \"type\": \"test\", \"name\": \"src/lib.rs - Game::score (line 30)\", \"event\": \"failed\", \"stdout\": \"x\" }\n";
        byte[] report = (new String(fixture("libtest-bowling-pass.json"), StandardCharsets.UTF_8) + docOk + docFailed)
                .getBytes(StandardCharsets.UTF_8);
        TestReport r = read("libtest-json", report);
        assertThat(r.ids(TestReport.Status.PASSED)).hasSize(31).noneMatch(id -> id.contains("src/lib.rs"));
        assertThat(r.ids(TestReport.Status.FAILED)).containsExactly("src/lib.rs - Game::score (line 30)");
    }

    @Test
    void jestIdsAreFileAndTitlesAndTheSkippedCasesAreNotPassed() throws IOException {
        TestReport r = read("jest-json", fixture("jest-grep-pass.json"));
        assertThat(r.ids(TestReport.Status.PASSED)).containsExactlyInAnyOrder(
                "grep.spec.js::grep exercise > Test grepping a single file > One file, one match, no flags",
                "grep.spec.js::grep exercise > Test grepping multiples files at once > Multiple files, one match, print file names flag");
        assertThat(r.ids(TestReport.Status.SKIPPED)).hasSize(23);
        TestReport stub = read("jest-json", fixture("jest-grep-stub.json"));
        assertThat(stub.ids(TestReport.Status.FAILED)).hasSize(2);
        assertThat(stub.ids(TestReport.Status.PASSED)).isEmpty();
    }

    @Test
    void aJestSuiteThatCannotRunFailsAsTheSuite() throws IOException {
        // the shape jest gives a test file that fails to load: failed, no assertion results, testExecError set
        String pass = new String(fixture("jest-grep-pass.json"), StandardCharsets.UTF_8);
        String broken = pass.replaceFirst("\"assertionResults\":\\[.*?\\],\"endTime\"", "\"assertionResults\":[],\"endTime\"")
                .replace("\"status\":\"focused\",\"summary\"", "\"status\":\"failed\",\"testExecError\":{\"message\":\"SyntaxError\"},\"summary\"");
        TestReport r = read("jest-json", broken.getBytes(StandardCharsets.UTF_8));
        assertThat(r.ids(TestReport.Status.FAILED)).containsExactly("grep.spec.js::(suite)");
    }

    @Test
    void catchJunitGivesEveryTestCaseAndShowsTheFailures() throws IOException {
        TestReport r = read("catch-xml", fixture("catch-bank-account-pass.xml"));
        assertThat(r.ids(TestReport.Status.PASSED)).hasSize(17).contains("bank-account.global::Single deposit");
        String failing = new String(fixture("catch-bank-account-pass.xml"), StandardCharsets.UTF_8).replace(
                "name=\"Single deposit\" time=\"0.000018\" status=\"run\"/>",
                "name=\"Single deposit\" time=\"0.000018\" status=\"run\"><failure message=\"100 == 101\" type=\"REQUIRE\">"
                        + "FAILED:\n  REQUIRE( 100 == account.balance() )\nwith expansion:\n  100 == 101\n"
                        + "bank_account_test.cpp:20</failure></testcase>");
        ExecResult run = channel(1, "catch-xml", failing.getBytes(StandardCharsets.UTF_8));
        assertThat(ResultChannel.read(run).orElseThrow().ids(TestReport.Status.FAILED))
                .containsExactly("bank-account.global::Single deposit");
        assertThat(ResultChannel.withoutChannel(run).stdout())
                .contains("FAILED: Single deposit", "with expansion:", "17 test cases, 1 failed");
    }

    @Test
    void ctestIdsAreTheTestNamesWhateverTheyHold() throws IOException {
        // the shape ctest --output-junit writes (cmake 3.31 in the cpp image); names may hold "::" (gtest_discover_tests)
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="(empty)" tests="2" failures="1" disabled="0" skipped="0" hostname="" time="0">
                	<testcase name="Adder::adds" classname="Adder::adds" time="0.008" status="run"><properties/><system-out></system-out></testcase>
                	<testcase name="subs" classname="subs" time="0.011" status="fail"><failure message="Failed"/><properties/><system-out>boom
                </system-out></testcase>
                </testsuite>""";
        TestReport r = read("ctest-xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.ids(TestReport.Status.PASSED)).containsExactly("Adder::adds");
        assertThat(r.ids(TestReport.Status.FAILED)).containsExactly("subs");
    }

    @Test
    void theExpectedTestsDecide() throws IOException {
        byte[] pass = fixture("go-test-bowling-pass.json");
        Set<String> expected = new TreeSet<>(read("go-test-json", pass).ids(TestReport.Status.PASSED));
        assertThat(Verdict.judge(GO, channel(0, "go-test-json", pass), Optional.of(expected)).passed()).isTrue();
        expected.add("bowling::TestRoll/a_case_that_did_not_run");
        Verdict missing = Verdict.judge(GO, channel(0, "go-test-json", pass), Optional.of(expected));
        assertThat(missing.passed()).isFalse();
        assertThat(missing.reason()).isEqualTo(Verdict.MISSING + ": bowling::TestRoll/a_case_that_did_not_run");
    }

    @Test
    void aReportPrintedOutsideTheChannelCountsForNothing() throws IOException {
        // what candidate code could print itself: the real passing stream, but on stdout, not under the nonce
        String out = "RATCHET-TESTS " + NONCE + "\n" + new String(fixture("go-test-bowling-pass.json"), StandardCharsets.UTF_8)
                + NONCE + " {\"end\":true,\"tampered\":[]}\n";
        Verdict v = Verdict.judge(GO, new ExecResult(0, out, "", false, false, Duration.ZERO), Optional.empty());
        assertThat(v.passed()).isFalse();
        assertThat(v.reason()).isEqualTo(Verdict.NO_TESTS);
    }
}
