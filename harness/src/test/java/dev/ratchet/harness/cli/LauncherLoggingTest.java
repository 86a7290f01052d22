package dev.ratchet.harness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Lucene's "vector incubator module" warning went to stderr in the middle of the progress lines of every
 * retrieval run. The launcher's logging config silences that one logger; a child JVM started as the
 * launcher starts it shows the warning is gone, and the same child without the config shows it was there.
 */
class LauncherLoggingTest {
    private static final String WARNING = "vector incubator module";

    @TempDir Path tmp;

    @Test
    void theLaunchersLoggingConfigKeepsLucenesVectorWarningOffTheProgressLines() throws Exception {
        Path root = RepositoryDocsTest.root();
        Path config = root.resolve("bin/logging.properties");
        assertThat(Files.readString(root.resolve("ratchet")))
                .contains("-Djava.util.logging.config.file=\"$ROOT/bin/logging.properties\"");

        String without = retrievalRun(null, tmp.resolve("without"));
        assumeTrue(without.contains(WARNING), "this Lucene no longer warns about the vector module:\n" + without);
        String with = retrievalRun(config, tmp.resolve("with"));
        assertThat(with).contains("[1/1] needle-permalink-slug#0").doesNotContain(WARNING).doesNotContain("WARNING");
    }

    /** One retrieval sample in a child JVM; its stdout and stderr together, as a terminal shows them. */
    private static String retrievalRun(Path loggingConfig, Path runs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (loggingConfig != null) cmd.add("-Djava.util.logging.config.file=" + loggingConfig);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "-Dratchet.junit.jar=" + System.getProperty("ratchet.junit.jar", ""),
                "dev.ratchet.harness.cli.Main", "run", "--tasks", "needle-permalink-slug", "--tools", "retrieval",
                "--rounds", "1", "--sandbox", "local", "--runs-dir", runs.toString()));
        Files.createDirectories(runs);
        Path log = runs.resolve("child.log");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            throw new AssertionError("child run did not finish in 120 s:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }
}
