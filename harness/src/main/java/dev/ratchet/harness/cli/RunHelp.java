package dev.ratchet.harness.cli;

import dev.ratchet.harness.model.provider.Backends;

import java.util.ListResourceBundle;

/**
 * Help text that is computed, not written down: the {@code --model} forms come from {@link Backends}, so a new backend
 * shows up in {@code ratchet run --help} without a change here. Read by picocli as {@code ${bundle:backend.forms}}.
 */
public final class RunHelp extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {{"backend.forms", Backends.forms()}};
    }
}
