package dev.ratchet.sandbox;

import dev.ratchet.sandbox.local.LocalSandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a sandbox starts with. {@code layers} are directories laid over each other in order (later
 * ones win) to form the pristine workspace; they may live on any file system (e.g. inside a jar).
 * {@code env} is added to every command's environment. {@code image} names the container image for
 * sandboxes that use one (ignored by {@link LocalSandbox}). {@code label} names the sandbox in logs
 * and container labels, e.g. {@code "py-roman-numerals#0"}.
 */
public record SandboxSpec(List<Path> layers, Map<String, String> env, String image, String label) {

    public SandboxSpec {
        layers = List.copyOf(layers);
        env = Map.copyOf(env);
        Objects.requireNonNull(label, "label");
    }

    public SandboxSpec withLayer(Path layer) {
        var more = new java.util.ArrayList<>(layers);
        more.add(layer);
        return new SandboxSpec(more, env, image, label);
    }
}
