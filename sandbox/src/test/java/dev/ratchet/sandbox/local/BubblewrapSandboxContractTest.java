package dev.ratchet.sandbox.local;

import dev.ratchet.sandbox.SandboxContractTest;
import dev.ratchet.sandbox.SandboxFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox contract, with every command in a bubblewrap jail. */
class BubblewrapSandboxContractTest extends SandboxContractTest {

    @BeforeAll
    static void bwrap() {
        Bubblewraps.require();
    }

    @Override
    protected SandboxFactory factory() {
        return new LocalSandboxFactory(LocalSandboxOptions.defaults().withIsolation(LocalSandboxOptions.Isolation.BWRAP));
    }

    @Test
    void kindSaysBwrap() {
        assertThat(factory().kind()).isEqualTo("bwrap");
    }
}
