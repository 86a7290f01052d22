package dev.ratchet.sandbox.local;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Assertions;

/**
 * Gatekeeper for tests of the bubblewrap sandbox: they skip where bwrap is missing or cannot make its
 * namespaces, unless {@code RATCHET_REQUIRE_BWRAP=1} (CI installs it), where that is a failure.
 */
public final class Bubblewraps {
    private Bubblewraps() {}

    public static void require() {
        if (LocalSandboxFactory.bubblewrapWorks()) return;
        var problem = "bwrap: not installed or cannot make namespaces here (apt-get install bubblewrap)";
        var v = System.getenv("RATCHET_REQUIRE_BWRAP");
        if (v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false")) {
            Assertions.fail(problem + " — and RATCHET_REQUIRE_BWRAP is set");
        }
        assumeTrue(false, problem);
    }
}
