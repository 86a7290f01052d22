package dev.ratchet.sandbox.local;

import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;

import java.util.Objects;

/**
 * Makes {@link LocalSandbox}es: directories in a scratch directory and child processes on this host. Creating
 * the factory deletes the sandbox directories that dead JVMs left there.
 */
public final class LocalSandboxFactory implements SandboxFactory {

    public static final String KIND = "local";

    private final LocalSandboxOptions options;

    public LocalSandboxFactory() {
        this(LocalSandboxOptions.defaults());
    }

    public LocalSandboxFactory(LocalSandboxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        sweep();
    }

    /** Deletes sandbox directories left in the scratch directory by JVMs that died (kill -9); returns how many. */
    public int sweep() {
        return OrphanedSandboxes.sweep(options.scratchDir());
    }

    public LocalSandboxOptions options() {
        return options;
    }

    @Override
    public LocalSandbox create(SandboxSpec spec) {
        return LocalSandbox.create(spec, options);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
