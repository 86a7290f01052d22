package dev.ratchet.sandbox.docker;

import java.nio.file.Path;
import java.util.List;

/**
 * One image on top of Ratchet's base: its repository ({@code ratchet/go}), the Dockerfile instructions
 * that follow the {@code FROM} line the builder writes, and the files its build context needs (their
 * contents are part of the recipe hash). Every context also holds {@value ImageBuilder#CA_FILE}, the
 * host's CA bundle, for steps that go online behind a TLS-inspecting proxy; it is not part of the hash.
 */
public record ImageLayer(String repository, String instructions, List<Path> files) {
    public ImageLayer {
        files = List.copyOf(files);
    }
}
