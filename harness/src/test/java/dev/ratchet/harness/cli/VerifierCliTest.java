package dev.ratchet.harness.cli;

import dev.ratchet.results.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --verifier}: recorded in run.json, shown in the header, the summary and the report (the oracle as an
 * upper bound in each), kept by {@code --resume}, which refuses a different one; a bad spec is one line.
 */
class VerifierCliTest {
    @TempDir Path runs;

    private CliRunner.Result run(String... extra) throws Exception {
        String suite = Path.of(getClass().getResource("/fixture/suite.yaml").toURI()).toString();
        String[] base = {"run", "--suite", suite, "--samples", "2", "--model", "sim:p=0.5,seed=3", "--rounds", "2",
                "--runs-dir", runs.toString(), "--sandbox", "local"};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRunner.run(args);
    }

    private Path only() throws Exception {
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void anOracleRunIsMarkedAsAnUpperBoundEverywhereAndResumeKeepsIt() throws Exception {
        CliRunner.Result r = run("--verifier", "oracle");
        assertThat(r.exit()).as(r.err()).isZero();
        String upperBound = "upper bound: the verifier is the hidden grader itself, not a deployable check";
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("policy repair · verifier oracle (" + upperBound + ")");
        assertThat(r.out()).contains("verifier oracle: " + upperBound);
        Path dir = only();
        assertThat(RunStore.open(dir).info().config()).containsEntry("verifier", "oracle")
                .containsEntry("verifier_caveat", upperBound);

        CliRunner.Result report = CliRunner.run("report", dir.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("verifier oracle · " + upperBound);
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<p class=\"caveat\">Verifier oracle: " + upperBound);
        assertThat(Files.readString(dir.resolve("metrics.json"))).contains("\"verifier\" : \"oracle\"");

        CliRunner.Result conflict = CliRunner.run("run", "--resume", dir.toString(), "--verifier", "visible");
        assertThat(conflict.exit()).isEqualTo(2);
        assertThat(conflict.err().strip()).isEqualTo("ratchet: --verifier visible conflicts with the run's recorded verifier"
                + " oracle (drop the flag to resume)");
        CliRunner.Result resumed = CliRunner.run("run", "--resume", dir.toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("verifier oracle (upper bound");
    }

    @Test
    void theDefaultIsRecordedAsVisibleAndAnEquivalentNoisySpecResumes() throws Exception {
        assertThat(run().exit()).isZero();
        Path dir = only();
        assertThat(RunStore.open(dir).info().config()).containsEntry("verifier", "visible").doesNotContainKey("verifier_caveat");
        assertThat(CliRunner.run("run", "--resume", dir.toString(), "--verifier", "visible").exit()).isZero();
        Files.walk(runs).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());

        CliRunner.Result noisy = run("--verifier", "noisy:fpr=0.2,tpr=0.9,seed=5");
        assertThat(noisy.exit()).as(noisy.err()).isZero();
        assertThat(noisy.out()).contains("verifier noisy:tpr=0.9,fpr=0.2,seed=5,of=oracle (synthetic:");
        Path noisyDir = only();
        assertThat(RunStore.open(noisyDir).info().config()).containsEntry("verifier", "noisy:tpr=0.9,fpr=0.2,seed=5,of=oracle");
        // the same verifier written another way is no conflict
        assertThat(CliRunner.run("run", "--resume", noisyDir.toString(), "--verifier", "noisy:tpr=0.90,fpr=0.2,seed=5,of=oracle").exit())
                .isZero();
    }

    @Test
    void aBadSpecIsOneLine() throws Exception {
        CliRunner.Result r = run("--verifier", "noisy:tpr=0.9");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("ratchet: noisy verifier: missing fpr= (e.g. noisy:tpr=0.9,fpr=0.2,seed=1)");

        CliRunner.Result judge = run("--verifier", "judge:sim:acc=1.5");
        assertThat(judge.exit()).isEqualTo(2);
        assertThat(judge.err().strip()).isEqualTo("ratchet: sim: tests, tpr and fpr must be in [0, 1], got 1.5");
        CliRunner.Result unknown = run("--verifier", "judge:nosuch-model");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).startsWith("ratchet: unknown model 'nosuch-model'").doesNotContain("\n");
        try (Stream<Path> dirs = Files.list(runs)) {
            assertThat(dirs.toList()).as("no run directory for a run that never started").isEmpty();
        }
    }

    @Test
    void aSimulatedJudgeAndSelfTestsRunEndToEndAndResumeKeepsTheirSpec() throws Exception {
        CliRunner.Result r = run("--verifier", "judge:sim:acc=0.8,seed=2");
        assertThat(r.exit()).as(r.err()).isZero();
        String canonical = "judge:sim:p=0.6,spread=0.0,repair=0.5,seed=2,tpr=0.8,fpr=0.2";
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("verifier " + canonical);
        assertThat(r.out()).contains("TPR  P(accept | hidden pass)");
        Path dir = only();
        assertThat(RunStore.open(dir).info().config()).containsEntry("verifier", canonical).doesNotContainKey("verifier_caveat");
        assertThat(CliRunner.run("run", "--resume", dir.toString(), "--verifier", "judge:sim:tpr=0.8,fpr=0.2,seed=2").exit())
                .as("the same judge written another way").isZero();
        CliRunner.Result conflict = CliRunner.run("run", "--resume", dir.toString(), "--verifier", "judge:sim:acc=0.7,seed=2");
        assertThat(conflict.exit()).isEqualTo(2);
        assertThat(conflict.err()).contains("conflicts with the run's recorded verifier " + canonical);
        Files.walk(runs).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());

        CliRunner.Result selfTests = run("--verifier", "self-tests");
        assertThat(selfTests.exit()).as(selfTests.err()).isZero();
        assertThat(selfTests.out()).contains("verifier self-tests");
        assertThat(RunStore.open(only()).info().config()).containsEntry("verifier", "self-tests");
    }
}
