package dev.ratchet.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.results.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @TempDir Path tmp;

    static String fixtureSuite() throws Exception {
        return Path.of(MainTest.class.getResource("/fixture/suite.yaml").toURI()).toString();
    }

    static void assertOneLineError(CliRunner.Result r, String expected) {
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("ratchet: ").contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownModelIsOneClearLine() throws Exception {
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--model", "gpt-17", "--runs-dir", tmp.toString()),
                "unknown model 'gpt-17'");
    }

    @Test
    void missingSuiteIsOneClearLine() {
        assertOneLineError(CliRunner.run("run", "--suite", tmp.resolve("nope.yaml").toString()), "suite not found");
        assertOneLineError(CliRunner.run("tasks", "list", tmp.toString()), "has no suite.yaml");
    }

    @Test
    void malformedSuiteNamesFileTaskAndField() throws Exception {
        Path suite = tmp.resolve("suite.yaml");
        Files.writeString(suite, "suite: broken\ntasks:\n  - id: t1\n    language: python\n    instructions: nowhere.md\n");
        assertOneLineError(CliRunner.run("tasks", "list", suite.toString()), "task 't1': field 'instructions': file not found");
        Files.writeString(suite, "suite: broken\ntasks: [\n");
        assertOneLineError(CliRunner.run("tasks", "validate", suite.toString()), "not valid YAML");
        Files.writeString(suite, "suite: broken\ntasks:\n  - id: t1\n    langauge: python\n");
        assertOneLineError(CliRunner.run("tasks", "list", suite.toString()), "unknown field 'langauge'");
    }

    @Test
    void badFlagsAreOneLine() throws Exception {
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--policy", "sometimes"), "unknown policy 'sometimes'");
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--rounds", "0"), "--rounds must be at least 1");
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--model", "sim:p=3"), "p must be in [0, 1]");
        assertOneLineError(CliRunner.run("report", tmp.toString()), "not a run directory");
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--sandbox", "local", "--scratch",
                tmp.resolve("nope").toString(), "--runs-dir", tmp.toString()), "--scratch " + tmp.resolve("nope") + ": not a directory");
    }

    @Test
    void badModelPolicyShardAndTasksAreOneLineUserErrorsWithExit2() throws Exception {
        String suite = fixtureSuite(), runs = tmp.toString();
        CliRunner.Result[] results = {
                CliRunner.run("run", "--suite", suite, "--runs-dir", runs, "--model", "gpt-17"),
                CliRunner.run("run", "--suite", suite, "--runs-dir", runs, "--model", "openai-compatible:nourl"),
                CliRunner.run("run", "--suite", suite, "--runs-dir", runs, "--policy", "sometimes"),
                CliRunner.run("run", "--suite", suite, "--runs-dir", runs, "--shard", "3/2"),
                CliRunner.run("run", "--suite", suite, "--runs-dir", runs, "--tasks", "["),
                CliRunner.run("run", "--suite", suite, "--runs-dir", runs, "--tasks", "nope-*"),
                CliRunner.run("run", "--suite", suite, "--runs-dir", runs, "--samples", "many"), // picocli's own parsing
                CliRunner.run("run", "--suite", suite, "--no-such-flag")};
        String[] expected = {"unknown model 'gpt-17'", "expected openai-compatible:BASE_URL:MODEL", "unknown policy 'sometimes'",
                "shard must be i/n", "--tasks '[' is not a glob", "--tasks 'nope-*' matches no task",
                "'many' is not an int (see ratchet run --help)", "Unknown option: '--no-such-flag'"};
        for (int i = 0; i < results.length; i++) {
            assertOneLineError(results[i], expected[i]);
            assertThat(results[i].exit()).as(expected[i]).isEqualTo(2);
            assertThat(results[i].err()).as(expected[i]).doesNotContain("RATCHET_DEBUG").doesNotContain("Usage:");
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("no run was started").isEmpty();
        }
    }

    @picocli.CommandLine.Command(name = "fail")
    record Failing(RuntimeException fault) implements Runnable {
        @Override
        public void run() {
            throw fault;
        }
    }

    /** The real CLI with one more command that fails as {@code fault} says. */
    static CliRunner.Result withFailingCommand(RuntimeException fault) {
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        picocli.CommandLine cli = Main.commandLine(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        cli.addSubcommand("fail", new Failing(fault));
        int exit = cli.execute("fail");
        return new CliRunner.Result(exit, out.toString(), err.toString());
    }

    @Test
    void aBugIsOneLineWithTheDebugHintAndExit70() {
        for (RuntimeException bug : new RuntimeException[] {new IllegalStateException("queue drained twice"),
                new IllegalArgumentException("samples must be at least 1"), new NullPointerException()}) {
            CliRunner.Result r = withFailingCommand(bug);
            assertThat(r.exit()).as(bug.toString()).isEqualTo(70);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(2);
            assertThat(r.err().lines().findFirst().orElseThrow()).startsWith("ratchet: " + bug.getClass().getSimpleName());
            assertThat(r.err()).contains("set RATCHET_DEBUG=1").doesNotContain("\tat ");
        }
        assertThat(withFailingCommand(new IllegalStateException("queue drained twice")).err())
                .startsWith("ratchet: IllegalStateException: queue drained twice\n");
    }

    @Test
    void aUserErrorFromACommandIsOneLineWithExit2() {
        CliRunner.Result r = withFailingCommand(new UserError("--budget-usd must be positive"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ratchet: --budget-usd must be positive\n");
    }

    @Test
    void scratchOptionPlacesTheLocalSandboxes() throws Exception {
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        Path where = tmp.resolve("where.txt");
        Path task = Files.createDirectories(tmp.resolve("suite/t/reference"));
        for (String dir : new String[] {"workspace", "visible", "hidden"}) Files.createDirectories(tmp.resolve("suite/t/" + dir));
        Files.writeString(tmp.resolve("suite/t/instructions.md"), "Nothing to do.");
        Files.writeString(task.resolve("done.txt"), "done");
        Files.writeString(tmp.resolve("suite/suite.yaml"), """
                suite: scratch
                tasks:
                  - id: t
                    language: shell
                    instructions: t/instructions.md
                    workspace: t/workspace/
                    visible_tests: t/visible/
                    hidden_tests: t/hidden/
                    reference: t/reference/
                    test_command: [sh, -c, 'pwd >> "%s"; test -f done.txt']
                """.formatted(where));

        CliRunner.Result r = CliRunner.run("tasks", "validate", tmp.resolve("suite").toString(), "--sandbox", "local",
                "--scratch", scratch.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(Files.readAllLines(where)).isNotEmpty()
                .allSatisfy(dir -> assertThat(dir).startsWith(scratch.toRealPath() + "/ratchet-"));
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).as("sandboxes removed after use").isEmpty();
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] cmd : new String[][] {{"--help"}, {"run", "--help"}, {"tasks", "--help"}, {"tasks", "list", "--help"},
                {"tasks", "validate", "--help"}, {"report", "--help"}, {"show", "--help"}}) {
            CliRunner.Result r = CliRunner.run(cmd);
            assertThat(r.exit()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).contains("Usage:");
        }
        // The --model help is made from the list of backends, so a new backend needs no change in cli.
        assertThat(CliRunner.run("run", "--help").out().replaceAll("\\s+", ""))
                .contains(dev.ratchet.harness.model.provider.Backends.forms().replaceAll("\\s+", ""));
    }

    @Test
    void aRunInBubblewrapPassesAndItsTracesSaySo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.ratchet.sandbox.local.LocalSandboxFactory.bubblewrapWorks(),
                "bwrap is not usable here");
        CliRunner.Result run = CliRunner.run("run", "--suite", fixtureSuite(), "--model", "sim:p=1", "--rounds", "1",
                "--runs-dir", tmp.toString(), "--sandbox", "bwrap");
        assertThat(run.exit()).as(run.err()).isZero();
        Path runDir;
        try (Stream<Path> dirs = Files.list(tmp)) {
            runDir = dirs.findFirst().orElseThrow();
        }
        String traces;
        try (Stream<Path> files = Files.walk(runDir)) {
            traces = files.filter(p -> p.toString().endsWith(".jsonl") && !p.endsWith("results.jsonl"))
                    .map(p -> { try { return Files.readString(p); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); } })
                    .reduce("", String::concat);
        }
        assertThat(traces).contains("\"kind\":\"bwrap\"").doesNotContain("\"kind\":\"local\"");
        assertThat(Files.readString(runDir.resolve("results.jsonl"))).contains("PASSED").doesNotContain("ERROR");
        assertOneLineError(CliRunner.run("run", "--suite", fixtureSuite(), "--sandbox", "jail"), "unknown --sandbox 'jail'");
    }

    @Test
    void runReportAndShowOnTheFixtureSuite() throws Exception {
        CliRunner.Result run = CliRunner.run("run", "--suite", fixtureSuite(), "--model", "sim:p=1", "--rounds", "2", "--samples", "2",
                "--runs-dir", tmp.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("[2/2]").contains("success@r").contains("TPR").contains("run directory: ");
        Path runDir;
        try (Stream<Path> dirs = Files.list(tmp)) {
            runDir = dirs.findFirst().orElseThrow();
        }
        assertThat(runDir.resolve("run.json")).exists();
        assertThat(runDir.resolve("results.jsonl")).exists();
        assertThat(Files.readAllLines(runDir.resolve("results.jsonl"))).hasSize(2);

        CliRunner.Result json = CliRunner.run("report", runDir.toString(), "--json");
        assertThat(json.exit()).isZero();
        JsonNode report = Json.MAPPER.readTree(json.out());
        assertThat(report.get("success_at")).hasSize(2);
        assertThat(report.get("success_at").get(0).get("rate").asDouble()).isEqualTo(1.0);
        assertThat(report.get("success_at").get(0).get("n").asInt()).isEqualTo(2);
        assertThat(report.get("verifier").get("tpr").get("rate").asDouble()).isEqualTo(1.0);
        assertThat(report.get("errors").asInt()).isZero();

        CliRunner.Result show = CliRunner.run("show", runDir.toString(), "calc", "--sample", "1");
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("PLAN").contains("→ edit_file").contains("VERIFY visible tests PASSED")
                .contains("GRADE hidden tests PASSED").contains("OUTCOME PASSED");
        assertOneLineError(CliRunner.run("show", runDir.toString(), "calc", "--sample", "7"), "has no sample 7");
        assertOneLineError(CliRunner.run("show", runDir.toString(), "nope"), "no trace for task 'nope'");
    }
}
