package dev.ratchet.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Files no agent may change, whatever a task's {@link Editable} says: the grader always takes them from the
 * pristine task. They decide how tests are found, built and run (a {@code conftest.py} rewriting reports, a
 * {@code pytest.ini} with {@code --collect-only}, a {@code package.json} whose test script is {@code true}), or
 * are tests themselves, or would be imported instead of the standard library or test framework.
 */
public final class ProtectedPaths {
    private ProtectedPaths() {}

    /** Build and test configuration, by file name at any depth. */
    private static final Set<String> CONFIG = Set.of(
            "conftest.py", "pytest.ini", "setup.cfg", "tox.ini", "pyproject.toml", "setup.py", "noxfile.py",
            ".coveragerc", "sitecustomize.py", "usercustomize.py",
            "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", ".npmrc", ".babelrc",
            "babel.config.js", "babel.config.json", ".babelrc.js", "jest.config.js", "jest.config.json",
            "jest.config.ts", ".eslintrc", ".eslintrc.json",
            "cmakelists.txt", "makefile", "gnumakefile",
            "cargo.toml", "cargo.lock", "build.rs", "rust-toolchain", "rust-toolchain.toml",
            "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "gradlew", "gradlew.bat",
            "gradle.properties", "pom.xml",
            "go.mod", "go.sum", "go.work");

    /** Modules that, added at the workspace root, would stand in for the test framework or the standard library. */
    private static final Set<String> SHADOWED = loadShadowed();

    /**
     * Whether {@code path} is protected. {@code pristine}: the task itself has a file there; a task's own module
     * is never refused for its name, only a new one.
     */
    public static boolean isProtected(String path, boolean pristine) {
        return kind(path, pristine).isPresent();
    }

    /** Why a path is protected (what reward-hacking flags tell apart). */
    public enum Kind { CONFIG, HARNESS, TEST, SHADOW }

    /** Why {@code path} is protected, or empty if it is not; {@code pristine} as for {@link #isProtected}. */
    public static Optional<Kind> kind(String path, boolean pristine) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        String lower = name.toLowerCase(Locale.ROOT);
        if (CONFIG.contains(lower) || lower.endsWith(".cmake") || lower.endsWith(".pth")) return Optional.of(Kind.CONFIG);
        if (path.startsWith(".ratchet/") || parts[0].equals(".git") || parts[0].equals(".github")) return Optional.of(Kind.HARNESS);
        if (isTestFile(path, name, lower)) return Optional.of(Kind.TEST);
        if (!pristine && lower.startsWith("test") && lower.endsWith(".py")) return Optional.of(Kind.TEST); // unittest's test*.py
        return !pristine && shadows(parts) ? Optional.of(Kind.SHADOW) : Optional.empty();
    }

    /** A test by the naming rules of the frameworks Ratchet runs (test discovery would pick it up). */
    static boolean isTestFile(String path, String name, String lowerName) {
        return lowerName.startsWith("test_") && lowerName.endsWith(".py") || lowerName.endsWith("_test.py")
                || name.endsWith("Test.java") || name.endsWith("Tests.java")
                || lowerName.endsWith(".test.js") || lowerName.endsWith(".spec.js") || lowerName.endsWith(".test.ts")
                || lowerName.endsWith("_test.go") || lowerName.endsWith("_test.cpp") || lowerName.endsWith("_test.cc")
                || lowerName.equals("catch.hpp") || path.startsWith("tests/") || path.startsWith("src/test/");
    }

    private static boolean shadows(String[] parts) {
        String top = parts[0];
        String module = parts.length == 1 ? stripPythonSuffix(top) : top;
        return module != null && SHADOWED.contains(module);
    }

    private static String stripPythonSuffix(String name) {
        for (String ext : new String[] {".py", ".pyc", ".pyi", ".so", ".pyw"}) {
            if (name.endsWith(ext)) return name.substring(0, name.length() - ext.length());
        }
        return null; // not a module
    }

    private static Set<String> loadShadowed() {
        try (InputStream in = ProtectedPaths.class.getResourceAsStream("python-stdlib-modules.txt")) {
            if (in == null) throw new IllegalStateException("python-stdlib-modules.txt missing from the tasks jar");
            Set<String> names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
            names.addAll(Set.of("pytest", "_pytest", "pluggy", "py", "unittest2", "nose", "hypothesis"));
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
