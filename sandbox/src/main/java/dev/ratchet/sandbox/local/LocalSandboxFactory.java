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
    /** The kind of a factory whose sandboxes run every command in bubblewrap. */
    public static final String BWRAP_KIND = "bwrap";

    private final LocalSandboxOptions options;

    public LocalSandboxFactory() {
        this(LocalSandboxOptions.defaults());
    }

    /** Throws {@link dev.ratchet.sandbox.SandboxException} when the options ask for bubblewrap and there is none. */
    public LocalSandboxFactory(LocalSandboxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        if (options.isolation() == LocalSandboxOptions.Isolation.BWRAP) LocalSandbox.bubblewrap(options);
        sweep();
    }

    /** True where bubblewrap is installed and can make its namespaces (containers often forbid them). */
    public static boolean bubblewrapWorks() {
        try {
            LocalSandbox.bubblewrap(LocalSandboxOptions.defaults());
            return true;
        } catch (dev.ratchet.sandbox.SandboxException e) {
            return false;
        }
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
        return options.isolation() == LocalSandboxOptions.Isolation.BWRAP ? BWRAP_KIND : KIND;
    }
}
