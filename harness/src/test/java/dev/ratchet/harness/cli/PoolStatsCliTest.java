package dev.ratchet.harness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Docker run says what its grader pool did: how many grades ran in a warm container, how many in a fresh one,
 * how many containers were thrown away; {@code --no-pool} has no pool to speak of. Skips without Docker or the
 * python image, unless {@code RATCHET_REQUIRE_DOCKER=1}.
 */
class PoolStatsCliTest {
    @TempDir Path runs;

    @Test
    void theSummaryCountsThePoolsGrades() throws Exception {
        dev.ratchet.sandbox.docker.DockerTestImages.require("ratchet/python:latest");
        CliRunner.Result r = CliRunner.run("run", "--tasks", "py-r*", "--model", "sim:p=1",
                "--rounds", "1", "--parallel", "1", "--sandbox", "docker", "--runs-dir", runs.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Matcher m = Pattern.compile("grader pool: (\\d+) grades in a warm container, (\\d+) in a fresh one, (\\d+) containers discarded")
                .matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        // two samples, one grade each; the second at least is handed a warm container
        assertThat(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))).isEqualTo(2);
        assertThat(Integer.parseInt(m.group(1))).isPositive();
        assertThat(m.group(3)).isEqualTo("0");

        CliRunner.Result bare = CliRunner.run("run", "--tasks", "py-roman-numerals", "--model", "sim:p=1", "--rounds", "1",
                "--sandbox", "docker", "--no-pool", "--runs-dir", runs.toString());
        assertThat(bare.exit()).as(bare.err()).isZero();
        assertThat(bare.out()).doesNotContain("grader pool:");
    }
}
