package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The crates an Exercism Rust example needs, made available to the exercise. The track builds an example that
 * uses crates with {@code .meta/Cargo-example.toml} as its manifest, but {@code Cargo.toml} is a build file the
 * grader always takes from the task ({@code ProtectedPaths}), so the example's crates must be in the task's own
 * manifest or the example could never be graded. They are added with the version requirement {@code "*"}:
 * offline, cargo can only use the versions the image's crate registry holds (Debian's: regex 1, itertools 0.13,
 * rand 0.8 …), and the examples ask for older ones (regex 0.2, rand 0.3); an example written against an API
 * that changed since does not build and its task is marked invalid by validation (the polyglot's
 * rust/robot-name: {@code Rng::choose} is gone in rand 0.8). A candidate may use these crates too, which Aider's
 * runner (the exercise's manifest as it is) would not allow; its prompt tells the model to use the standard
 * library only either way.
 */
final class RustExampleCrates {
    private RustExampleCrates() {}

    private static final TomlMapper TOML = new TomlMapper();

    /** {@code exerciseManifest} with each {@code [dependencies]} entry of {@code exampleManifest} it lacks, at "*". */
    static String addTo(String exerciseManifest, String exampleManifest) throws IOException {
        JsonNode have = TOML.readTree(exerciseManifest).path("dependencies");
        List<String> added = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = TOML.readTree(exampleManifest).path("dependencies").fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!name.matches("[A-Za-z0-9_-]+")) throw new IOException("unexpected crate name in Cargo-example.toml: " + name);
            if (!have.has(name)) added.add(name + " = \"*\"");
        }
        if (added.isEmpty()) return exerciseManifest;
        String lines = String.join("\n", added) + "\n";
        List<String> manifest = new ArrayList<>(exerciseManifest.lines().toList());
        int header = manifest.indexOf("[dependencies]");
        if (header >= 0) {
            manifest.add(header + 1, lines.strip());
            return String.join("\n", manifest) + "\n";
        }
        return exerciseManifest.stripTrailing() + "\n\n[dependencies]\n" + lines;
    }
}
