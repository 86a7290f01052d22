package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.sandbox.docker.DockerSandboxOptions;
import dev.ratchet.sandbox.docker.DockerTestImages;
import dev.ratchet.tasks.BuiltinSuite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grader lays a candidate's files with the pristine tree ({@link CandidateLayer}); when that fails because of the
 * files (more than the workspace holds), the grade is still the candidate's FAILED, never ERROR: the grader starts a
 * sandbox without them and writes them itself. Skips without Docker and the Python image, unless
 * {@code RATCHET_REQUIRE_DOCKER=1}.
 */
class GraderLayerDockerTest {
    @Test
    void aCandidateTooBigForTheWorkspaceFailsAsTheCandidates() {
        Task task = BuiltinSuite.load().tasks().stream().filter(t -> t.id().equals("py-roman-numerals")).findFirst().orElseThrow();
        DockerTestImages.require(task.image());
        var docker = DockerSandboxFactory.connect(DockerSandboxOptions.defaults().withWorkspaceBytes(4L << 20), "layer-test");
        Map<String, byte[]> files = new HashMap<>();
        TaskFiles.reference(task).forEach((path, text) -> files.put(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Grader grader = new Grader(docker);
        Verdict right = grader.grade(task, new Candidate(files, Set.of()), "layer#right");
        assertThat(right.passed()).as(right.reason() + "\n" + right.run().combinedOutput()).isTrue();

        files.put("ballast.bin", new byte[6 << 20]);
        Verdict big = grader.grade(task, new Candidate(files, Set.of()), "layer#big");
        assertThat(big.passed()).isFalse();
        assertThat(big.reason()).startsWith(Verdict.BROKEN);
    }
}
