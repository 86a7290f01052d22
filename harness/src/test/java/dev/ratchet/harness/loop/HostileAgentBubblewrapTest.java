package dev.ratchet.harness.loop;

import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.local.Bubblewraps;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.sandbox.local.LocalSandboxOptions;
import dev.ratchet.tasks.toolchain.HostEnvSandboxFactory;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link HostileAgentContract} in the local sandbox with every command in a bubblewrap jail ({@code --sandbox bwrap},
 * which {@code --sandbox auto} picks without Docker). Skips without a working bwrap, unless {@code RATCHET_REQUIRE_BWRAP=1}.
 */
class HostileAgentBubblewrapTest extends HostileAgentContract {

    @BeforeAll
    static void requireBubblewrap() {
        Bubblewraps.require();
    }

    @Override
    SandboxFactory sandboxes() {
        return HostEnvSandboxFactory.wrap(new LocalSandboxFactory(LocalSandboxOptions.defaults().withIsolation(LocalSandboxOptions.Isolation.BWRAP)),
                dev.ratchet.harness.cli.CacheRoot.dir().resolve("jvm"));
    }
}
