package dev.ratchet.harness.loop;

import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.DockerDaemon;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.tasks.grading.Verdict;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link HostileAgentContract} in Docker, where these strategies were first seen to work, plus killing the
 * container's command agent. Skips without Docker or the python image, unless {@code RATCHET_REQUIRE_DOCKER=1}.
 */
class HostileAgentDockerTest extends HostileAgentContract {
    private static SandboxFactory docker;

    @BeforeAll
    static void connect() {
        var problem = DockerDaemon.unavailableReason().map(r -> "docker: " + r)
                .or(() -> DockerDaemon.missingImages(List.of("ratchet/python:latest")).stream().findFirst()
                        .map(i -> "docker: image " + i + " missing (run ./ratchet images build)"));
        if (problem.isPresent()) {
            String required = System.getenv("RATCHET_REQUIRE_DOCKER");
            if (required != null && !required.isBlank() && !required.equals("0") && !required.equalsIgnoreCase("false")) {
                Assertions.fail(problem.get() + " — and RATCHET_REQUIRE_DOCKER is set");
            }
            assumeTrue(false, problem.get());
        }
        docker = DockerSandboxFactory.connect();
    }

    @Override
    SandboxFactory sandboxes() {
        return docker;
    }

    @Test
    void theSolutionKillsTheContainersCommandAgentWhenTheHiddenTestsFail() {
        SampleResult r = hostile(write("calc.py", "import os, signal\nif os.path.exists('test_calc_hidden.py'):\n"
                + "    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):\n        os.kill(1, sig)\n"
                + "    os.kill(-1, signal.SIGKILL)\n" + WRONG));
        assertFailed(r);
        assertThat(r.outcome()).isNotEqualTo(Outcome.ERROR);
        assertThat(grade().reason()).startsWith(Verdict.BROKEN);
    }
}
