package dev.ratchet.harness.cli;

import dev.ratchet.results.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run --resume} runs with the run's recorded settings and refuses a typed flag that disagrees. */
class ResumeSettingsCliTest {
    @TempDir Path runs;

    private Path localRun() throws Exception {
        String suite = Path.of(getClass().getResource("/fixture/suite.yaml").toURI()).toString();
        CliRunner.Result r = CliRunner.run("run", "--suite", suite, "--samples", "2", "--model", "sim:p=0.6,seed=3",
                "--rounds", "1", "--runs-dir", runs.toString(), "--sandbox", "local");
        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void recordsTheSandboxKindAndResumesInIt() throws Exception {
        Path run = localRun();
        assertThat(RunStore.open(run).info().config()).containsEntry("sandbox", "local");
        // no --sandbox: auto would take Docker where it runs; the recorded local sandbox is chosen again
        CliRunner.Result resumed = CliRunner.run("run", "--resume", run.toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("resuming").contains("· local sandbox");
    }

    @Test
    void aConflictingFlagIsRefusedInOneLineNamingIt() throws Exception {
        Path run = localRun();
        CliRunner.Result model = CliRunner.run("run", "--resume", run.toString(), "--model", "sim:p=0.9");
        assertThat(model.exit()).isEqualTo(2);
        assertThat(model.err().strip()).isEqualTo("ratchet: --model sim:p=0.9 conflicts with the run's recorded model"
                + " sim:p=0.6,seed=3 (drop the flag to resume)");

        CliRunner.Result samples = CliRunner.run("run", "--resume", run.toString(), "--samples", "3");
        assertThat(samples.exit()).isEqualTo(2);
        assertThat(samples.err()).contains("--samples 3 conflicts with the run's recorded samples 2");

        CliRunner.Result sandbox = CliRunner.run("run", "--resume", run.toString(), "--sandbox", "docker");
        assertThat(sandbox.exit()).isEqualTo(2);
        assertThat(sandbox.err()).contains("--sandbox docker conflicts with the run's recorded sandbox local");
    }

    @Test
    void flagsThatAgreeOrDoNotChangeResultsAreAccepted() throws Exception {
        Path run = localRun();
        CliRunner.Result same = CliRunner.run("run", "--resume", run.toString(), "--model", "sim:p=0.6,seed=3",
                "--samples", "2", "--rounds", "1", "--sandbox", "local", "--parallel", "4");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("resuming");
    }
}
