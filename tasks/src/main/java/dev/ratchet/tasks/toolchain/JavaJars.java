package dev.ratchet.tasks.toolchain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The jars Java tasks compile and run their tests against, found one way: the JUnit Platform console
 * launcher the build copies to {@code tasks/target/sandbox-lib/} (named by {@code -Dratchet.junit.jar}, which
 * the launcher script and the test build set), with AssertJ beside it.
 */
public final class JavaJars {
    public static final String PROPERTY = "ratchet.junit.jar";
    public static final String ASSERTJ_FILE = "assertj-core.jar";

    private JavaJars() {}

    /** The console launcher; empty when the property is unset or names no file. */
    public static Optional<Path> junit() {
        String prop = System.getProperty(PROPERTY);
        if (prop == null || prop.isBlank()) return Optional.empty();
        Path jar = Path.of(prop);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** The exercises' own libraries (Exercism build.gradle dependencies), a directory of jars beside the launcher. */
    public static Path libsBeside(Path junitJar) {
        return junitJar.resolveSibling("java-libs");
    }

    /** AssertJ, which the build puts next to the console launcher. */
    public static Path assertjBeside(Path junitJar) {
        return junitJar.resolveSibling(ASSERTJ_FILE);
    }
}
