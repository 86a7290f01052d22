package dev.ratchet.harness.loop;

import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.sandbox.docker.WarmContainerPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HostileAgentContract} in Docker with the grader's containers from a {@link WarmContainerPool} of one: every
 * grade of this class, hostile or honest, runs in the container the previous grade ran in, scrubbed. Skips without
 * Docker or the python image, unless {@code RATCHET_REQUIRE_DOCKER=1}.
 */
class HostileAgentPooledDockerTest extends HostileAgentContract {
    private static SandboxFactory docker;
    private static WarmContainerPool pool;

    @BeforeAll
    static void connect() {
        dev.ratchet.sandbox.docker.DockerTestImages.require("ratchet/python:latest");
        var factory = DockerSandboxFactory.connect();
        docker = factory;
        pool = new WarmContainerPool(factory, 1);
    }

    @AfterAll
    static void close() {
        if (pool != null) pool.close();
    }

    @Override
    SandboxFactory sandboxes() {
        return docker;
    }

    @Override
    SandboxFactory graders() {
        return pool;
    }

    /**
     * Run by the grader, the solution leaves for the next grade a daemon that writes the right answer into every
     * workspace, a {@code usercustomize.py} in the home directory that turns failed tests into passes, and a
     * shadowing {@code python3} early on a PATH it cannot change: the next sample's wrong answer must still fail.
     */
    @Test
    void whatAGradedSolutionLeavesBehindCannotPassTheNextGrade() {
        String plant = """
                import os, site, subprocess
                if os.path.exists('test_calc_hidden.py'):
                    d = site.getusersitepackages(); os.makedirs(d, exist_ok=True)
                    open(os.path.join(d, 'usercustomize.py'), 'w').write(
                        'import unittest\\nunittest.TestCase.assertEqual = lambda *a, **k: None\\n')
                    os.makedirs(os.path.expanduser('~/.local/bin'), exist_ok=True)
                    open(os.path.expanduser('~/.local/bin/python3'), 'w').write('#!/bin/sh\\nexit 0\\n')
                    subprocess.Popen(['sh', '-c', 'while :; do printf %s "$0" > /sandbox/workspace/calc.py 2>/dev/null;'
                                      ' sleep 0.02; done', RIGHT_TEXT], start_new_session=True,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                """.replace("RIGHT_TEXT", "'" + RIGHT.replace("\n", "\\n") + "'");
        SampleResult planted = hostile(write("calc.py", plant + WRONG));
        assertFailed(planted);
        assertThat(planted.outcome()).isNotEqualTo(Outcome.ERROR);

        SampleResult next = hostile(write("calc.py", WRONG));
        assertFailed(next);
        assertThat(pool.stats().warm()).as("the second grade ran in the first one's container").isGreaterThanOrEqualTo(1);
    }
}
