package dev.ratchet.harness.tools;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.sandbox.SandboxFactory;
import org.junit.jupiter.api.BeforeAll;

/** {@link IndexRefreshContract} in Docker, where the index used to be rebuilt file by file every round. */
class IndexRefreshDockerTest extends IndexRefreshContract {
    private static SandboxFactory docker;

    @BeforeAll
    static void connect() {
        docker = Fixtures.dockerSandboxes("ratchet/python:latest");
    }

    @Override
    SandboxFactory sandboxes() {
        return docker;
    }
}
