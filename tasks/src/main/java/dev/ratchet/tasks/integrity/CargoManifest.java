package dev.ratchet.tasks.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a changed {@code Cargo.toml} changes how the crate is built and tested, or only what it depends on:
 * the polyglot Rust examples add crates ({@code regex}, {@code itertools}) and bump the package version, as an
 * honest agent would; a {@code [lib]} path, a {@code [[test]] harness = false}, a {@code build} script or a
 * {@code [profile]} is what fakes a grade. Line-based, not a TOML parser: anything it does not recognise counts.
 */
final class CargoManifest {
    private CargoManifest() {}

    static boolean onlyDependencies(String before, String after) {
        return build(before).equals(build(after));
    }

    /** The manifest's lines that are not dependencies, lints or the package's version, blank lines dropped. */
    private static List<String> build(String manifest) {
        List<String> kept = new ArrayList<>();
        String section = "";
        for (String raw : manifest.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[")) {
                section = line.replaceAll("[\\[\\]\\s]", "");
                if (dependencyLike(section)) continue;
            } else if (dependencyLike(section) || section.equals("package") && line.matches("version\\s*=.*")) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    private static boolean dependencyLike(String section) {
        return section.matches("(?:target\\..*\\.)?(?:dev-|build-)?dependencies(?:\\..*)?") && !section.startsWith("build-")
                || section.equals("lints") || section.startsWith("lints.");
    }
}
