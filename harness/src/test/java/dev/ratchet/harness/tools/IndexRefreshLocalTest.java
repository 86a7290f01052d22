package dev.ratchet.harness.tools;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.sandbox.SandboxFactory;

/** {@link IndexRefreshContract} in the local sandbox. */
class IndexRefreshLocalTest extends IndexRefreshContract {
    @Override
    SandboxFactory sandboxes() {
        return Fixtures.localSandboxes();
    }
}
