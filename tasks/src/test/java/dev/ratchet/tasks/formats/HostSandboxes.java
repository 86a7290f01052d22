package dev.ratchet.tasks.formats;

import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Local sandboxes with what an image would provide: $JUNIT_JAR (the jar the build copied) and node modules if any. */
final class HostSandboxes implements SandboxFactory {
    private final LocalSandboxFactory inner = new LocalSandboxFactory();

    @Override
    public Sandbox create(SandboxSpec spec) {
        Map<String, String> env = new HashMap<>(spec.env());
        String junit = System.getProperty("ratchet.junit.jar");
        if (junit != null) env.put("JUNIT_JAR", junit);
        String node = System.getenv("RATCHET_NODE_MODULES");
        if (node != null) env.put("RATCHET_NODE_MODULES", node);
        return inner.create(new SandboxSpec(spec.layers(), env, spec.image(), spec.label()));
    }

    @Override
    public String kind() {
        return inner.kind();
    }

    static boolean onPath(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
