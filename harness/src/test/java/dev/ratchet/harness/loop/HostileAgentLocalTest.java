package dev.ratchet.harness.loop;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.sandbox.SandboxFactory;

/** {@link HostileAgentContract} in the plain local sandbox. */
class HostileAgentLocalTest extends HostileAgentContract {

    @Override
    SandboxFactory sandboxes() {
        return Fixtures.localSandboxes();
    }
}
