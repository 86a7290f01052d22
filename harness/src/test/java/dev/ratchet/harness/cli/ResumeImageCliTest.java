package dev.ratchet.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratchet.harness.Fixtures;
import dev.ratchet.results.RunStore;
import dev.ratchet.sandbox.docker.DockerDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --resume} compares what the run recorded about its environment with what a resume would use now:
 * the Docker images' ids and the tasks' test timeouts (issue 16.2).
 */
class ResumeImageCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMAGE = "ratchet/python:latest";

    @TempDir Path runs;

    private Path finishedRun() throws Exception {
        String suite = Path.of(getClass().getResource("/fixture/suite.yaml").toURI()).toString();
        CliRunner.Result r = CliRunner.run("run", "--suite", suite, "--tasks", "calc", "--model", "sim:p=1,seed=3",
                "--rounds", "1", "--runs-dir", runs.toString(), "--sandbox", "local");
        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** Rewrites run.json's config as a Docker run that recorded {@code imageId} for the python image would have. */
    private static void recordedAsDockerWith(Path run, String imageId) throws Exception {
        Path file = run.resolve(RunStore.RUN_FILE);
        ObjectNode info = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode config = (ObjectNode) info.get("config");
        config.put("sandbox", "docker");
        config.putObject("image_ids").put(IMAGE, imageId);
        JSON.writeValue(file.toFile(), info);
    }

    @Test
    void recordsTheTasksTestTimeouts() throws Exception {
        Path run = finishedRun();
        // the fixture's calc task sets timeout_seconds: 30
        assertThat(RunStore.open(run).info().config()).containsEntry("test_timeouts_s", Map.of("30", 1));
    }

    @Test
    void aChangedTestTimeoutIsRefusedInOneLine() throws Exception {
        Path run = finishedRun();
        Path file = run.resolve(RunStore.RUN_FILE);
        ObjectNode info = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) info.get("config")).putObject("test_timeouts_s").put("90", 1);
        JSON.writeValue(file.toFile(), info);
        CliRunner.Result r = CliRunner.run("run", "--resume", run.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("ratchet: cannot resume: the tasks' test timeouts changed since the run"
                + " started (seconds → tasks: {90=1}, now {30=1})");
    }

    @Test
    void anImageWhoseIdChangedIsRefusedNamingItAndBothIdsUnlessAllowed() throws Exception {
        Fixtures.dockerSandboxes(IMAGE);
        String now = DockerDaemon.imageIds(List.of(IMAGE)).get(IMAGE);
        Path run = finishedRun();
        String old = "sha256:0123456789ab" + "c".repeat(52);
        recordedAsDockerWith(run, old);

        CliRunner.Result refused = CliRunner.run("run", "--resume", run.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("ratchet: cannot resume: image " + IMAGE + " is "
                + now.substring(0, 19) + " now, the run started with sha256:0123456789ab (rebuild it as it was,"
                + " or pass --allow-image-change to grade the rest with the new image)");

        CliRunner.Result allowed = CliRunner.run("run", "--resume", run.toString(), "--allow-image-change");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("resuming").contains("· docker sandbox");
        assertThat(allowed.err()).contains("ratchet: note: image " + IMAGE + " is " + now.substring(0, 19) + " now");

        recordedAsDockerWith(run, now);
        CliRunner.Result same = CliRunner.run("run", "--resume", run.toString());
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.err()).doesNotContain("image");
    }
}
