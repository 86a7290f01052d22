package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.formats.LoadOptions;
import dev.ratchet.tasks.formats.SuiteFormats;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Go, Rust, JavaScript and C++ rounds graded in their images from the frameworks' own reports, against the tests the
 * reference passed: per language, the reference passes; a solution that prints fake success and exits 0 before the
 * tests ran fails; one that makes only some of the tests run, all passing, exit 0, fails with {@link Verdict#MISSING}
 * (Rust has no way for solution code to skip tests without a test in flight: it fails on the test that never ended).
 * All of these exit 0, which is what the exit-code grading they replace looked at. Real polyglot exercises; skips
 * without Docker, its image or the benchmark, unless {@code RATCHET_REQUIRE_DOCKER=1} (and
 * {@code RATCHET_REQUIRE_BENCHMARKS=1}).
 */
class StructuredResultsDockerTest {
    @TempDir Path cache;

    record Graded(Verdict reference, Verdict fake, Verdict fewer) {}

    @Test
    void go() {
        Task t = task("go/bowling");
        String ref = TaskFiles.reference(t).get("bowling.go");
        String imports = "package bowling\n\nimport (\n\thackfmt \"fmt\"\n\thackos \"os\"\n)\n";
        // unframed test2json lines printed before the testing package ran: go reads them as framing
        String fake = ref.replaceFirst("package bowling\n", imports) + "\nfunc init() {\n"
                + "\thackfmt.Println(\"=== RUN   TestScore\\n--- PASS: TestScore (0.00s)\\nPASS\\nok  \\tbowling\\t0.004s\")\n"
                + "\thackos.Exit(0)\n}\n";
        // the testing package parses os.Args when the tests start, after init: only TestRoll runs
        String fewer = ref.replaceFirst("package bowling\n", "package bowling\n\nimport hackos \"os\"\n")
                + "\nfunc init() { hackos.Args = append(hackos.Args, \"-test.run=^TestRoll$\") }\n";
        // a forgery that named every test would pass the grade; the exit under another name is what flags it
        assertThat(dev.ratchet.tasks.integrity.CodeRules.scan("bowling.go", fake, false))
                .extracting(dev.ratchet.tasks.integrity.Flag::rule).contains(dev.ratchet.tasks.integrity.Flag.Rule.EXIT_AT_IMPORT);
        Graded g = grade(t, "bowling.go", fake, fewer);
        assertThat(g.fake().reason()).startsWith(Verdict.MISSING);
        assertThat(g.fewer().reason()).startsWith(Verdict.MISSING).contains("bowling::TestScore");
    }

    @Test
    void rust() {
        Task t = task("rust/bowling");
        String ref = TaskFiles.reference(t).get("src/lib.rs");
        String fake = ref.replace("    pub fn new() -> Self {\n",
                "    pub fn new() -> Self {\n        println!(\"test result: ok. 31 passed; 0 failed; 0 ignored\");\n"
                        + "        std::process::exit(0);\n");
        String fewer = ref.replace("    pub fn new() -> Self {\n",
                "    pub fn new() -> Self {\n        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);\n"
                        + "        if CALLS.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 10 { std::process::exit(0) }\n");
        assertThat(fake).isNotEqualTo(ref);
        Graded g = grade(t, "src/lib.rs", fake, fewer);
        assertThat(g.fake().reason()).startsWith(Verdict.TESTS_FAILED);
        assertThat(g.fewer().reason()).startsWith(Verdict.TESTS_FAILED);
    }

    @Test
    void javascript() {
        Task t = task("javascript/bowling");
        String ref = TaskFiles.reference(t).get("bowling.js");
        // jest's process.exit really exits: no result file
        String fake = "console.log('PASS ./bowling.spec.js\\nTests: 30 passed, 30 total');\nprocess.exit(0);\n" + ref;
        // the solution is imported before the spec's test() calls run, in the same global scope: every other test skipped
        String fewer = "const realTest = globalThis.test; let calls = 0;\n"
                + "globalThis.test = (...args) => (calls++ % 2 ? realTest.skip : realTest)(...args);\n" + ref;
        Graded g = grade(t, "bowling.js", fake, fewer);
        assertThat(g.fake().passed()).isFalse();
        assertThat(g.fewer().reason()).startsWith(Verdict.MISSING);
    }

    @Test
    void cpp() {
        Task t = task("cpp/bank-account");
        String header = TaskFiles.reference(t).get("bank_account.h");
        String source = TaskFiles.reference(t).get("bank_account.cpp");
        String fake = source + "\n#include <cstdlib>\n#include <iostream>\nnamespace {\nconst int forged = [] {\n"
                + "    std::cout << \"All tests passed (17 assertions in 17 test cases)\" << std::endl;\n"
                + "    std::exit(0);\n    return 0;\n}();\n}\n";
        // the header is included ahead of Catch: it takes Catch in first and tags every test case hidden ("[.]")
        String fewer = header.replace("#include <mutex>", "#include <mutex>\n#include \"test/catch.hpp\"\n"
                + "#undef TEST_CASE\n#define TEST_CASE(name, tags) INTERNAL_CATCH_TESTCASE(name, \"[.]\" tags)");
        assertThat(fewer).isNotEqualTo(header);
        SandboxFactory docker = docker(t);
        Set<String> expected = expected(docker, t);
        Grader grader = new Grader(docker, new ExpectedTests(Map.of(t.id(), expected), Map.of()));
        Verdict reference = grader.grade(t, Candidate.ofText(TaskFiles.reference(t), Set.of()), "cpp#reference");
        assertThat(reference.passed()).as(reference.reason() + "\n" + reference.run().combinedOutput()).isTrue();
        Verdict forged = grader.grade(t, candidate(t, "bank_account.cpp", fake), "cpp#fake");
        assertFailedAtExitZero(forged);
        assertThat(forged.reason()).startsWith(Verdict.MISSING);
        Verdict hidden = grader.grade(t, candidate(t, "bank_account.h", fewer), "cpp#fewer");
        assertFailedAtExitZero(hidden);
        assertThat(hidden.reason()).startsWith(Verdict.MISSING);
    }

    /** The reference, then the two cheats, each replacing the reference's {@code file}. */
    private Graded grade(Task t, String file, String fake, String fewer) {
        SandboxFactory docker = docker(t);
        Set<String> expected = expected(docker, t);
        Grader grader = new Grader(docker, new ExpectedTests(Map.of(t.id(), expected), Map.of()));
        Verdict reference = grader.grade(t, Candidate.ofText(TaskFiles.reference(t), Set.of()), t.id() + "#reference");
        assertThat(reference.passed()).as(reference.reason() + "\n" + reference.run().combinedOutput()).isTrue();
        assertThat(reference.reason()).isEmpty();
        Verdict forged = grader.grade(t, candidate(t, file, fake), t.id() + "#fake");
        assertFailedAtExitZero(forged);
        Verdict partial = grader.grade(t, candidate(t, file, fewer), t.id() + "#fewer");
        assertFailedAtExitZero(partial);
        return new Graded(reference, forged, partial);
    }

    private static void assertFailedAtExitZero(Verdict v) {
        assertThat(v.run().exitCode()).as(v.run().combinedOutput()).isZero();
        assertThat(v.passed()).as(v.reason()).isFalse();
    }

    private static Candidate candidate(Task t, String file, String content) {
        Map<String, String> files = new HashMap<>(TaskFiles.reference(t));
        files.put(file, content);
        return Candidate.ofText(files, Set.of());
    }

    /** What validation records: the ids the reference passed in the grader's run. */
    private static Set<String> expected(SandboxFactory docker, Task t) {
        try (Sandbox sandbox = docker.create(TaskFiles.graderSpec(t, t.id() + "#expected"))) {
            Candidate.ofText(TaskFiles.reference(t), Set.of()).applyTo(sandbox, TaskFiles.testPaths(t));
            ExecResult run = sandbox.exec(t.testCommand(), t.timeout());
            Set<String> ids = ResultChannel.read(run).orElseThrow().ids(TestReport.Status.PASSED);
            assertThat(ids).as(run.combinedOutput()).isNotEmpty();
            return ids;
        }
    }

    private Task task(String id) {
        Path exercise = RealBenchmarks.polyglot().resolve(id.replace("/", "/exercises/practice/"));
        return SuiteFormats.load(exercise, LoadOptions.defaults(cache)).tasks().getFirst();
    }

    private static SandboxFactory docker(Task t) {
        dev.ratchet.sandbox.docker.DockerTestImages.require(t.image());
        return DockerSandboxFactory.connect();
    }
}
