package dev.ratchet.tasks.toolchain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a task's {@code language} implies when the task doesn't say: the test command and the
 * container image (what the image holds: {@link LanguageImages}). Commands run offline; what each
 * needs from the sandbox (image or host):
 * <ul>
 * <li>java: JUnit 5 console launcher at {@code $JUNIT_JAR}; AssertJ at {@code $ASSERTJ_JAR} (default: the
 *     {@code assertj-core.jar} next to the JUnit jar); extra libraries a task declares (Exercism build.gradle)
 *     as jars in the directory {@code $RATCHET_JAVA_LIBS}, when set.</li>
 * <li>javascript: jest and the Exercism babel preset installed in a node_modules directory named by
 *     {@code $RATCHET_NODE_MODULES} (linked into the workspace); jest runs directly, as the exercises'
 *     {@code "test": "jest ./*"} script would, because {@code npm test} may go online.</li>
 * <li>go: a Go toolchain; modules must need nothing beyond the standard library ({@code GOPROXY=off}).</li>
 * <li>rust: cargo; crates the exercises use must resolve offline (the image points cargo at Debian's crates).</li>
 * <li>cpp: cmake and a C++ compiler; Exercism ships Catch2 as a header inside each exercise.</li>
 * </ul>
 */
public final class Languages {
    private Languages() {}

    public record Defaults(List<String> testCommand, String image) {}

    static final List<String> PYTHON_TESTS =
            List.of("python3", "-m", "unittest", "discover", "-q", "-s", ".", "-p", "test*.py");

    /** Exercism's Python tests are unittest classes in {@code *_test.py}; pytest runs them too, and better. */
    public static final List<String> PYTHON_PYTEST_OR_UNITTEST = List.of("sh", "-c",
            "if python3 -c 'import pytest' 2>/dev/null; then exec python3 -m pytest -q -p no:cacheprovider;"
                    + " else exec python3 -m unittest discover -s . -p '*_test.py'; fi");

    /**
     * Short-lived JVMs: C1 only and the serial GC roughly halve javac's and the test run's time. The sandbox may
     * add JVM options through {@code $RATCHET_JAVAC_OPTS} (given to javac, so each needs {@code -J}) and
     * {@code $RATCHET_JAVA_OPTS} (the test JVM): the host sandbox passes a class-data archive there, which
     * halves them again; it may also name a javac stand-in in {@code $RATCHET_JAVAC} (a warm compiler). Only the
     * compiled tests are scanned, not the jars on the class path.
     */
    private static final String QUICK_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData";

    static final List<String> JAVA_TESTS = List.of("sh", "-c",
            "rm -rf .ratchet-build && mkdir -p .ratchet-build"
                    + " && CP=\"$JUNIT_JAR:${ASSERTJ_JAR:-$(dirname \"$JUNIT_JAR\")/assertj-core.jar}\""
                    + " && if [ -n \"$RATCHET_JAVA_LIBS\" ]; then for j in \"$RATCHET_JAVA_LIBS\"/*.jar; do CP=\"$CP:$j\"; done; fi"
                    + " && \"${RATCHET_JAVAC:-javac}\" $RATCHET_JAVAC_OPTS " + QUICK_JVM.replace("-XX", "-J-XX") + " -nowarn -encoding UTF-8 -d .ratchet-build -cp \"$CP\""
                    + " $(find . -name '*.java' -not -path './.ratchet-build/*')"
                    + " && java $RATCHET_JAVA_OPTS " + QUICK_JVM + " -jar \"$JUNIT_JAR\" execute --class-path \".ratchet-build:$CP\""
                    + " --scan-class-path .ratchet-build --disable-banner --disable-ansi-colors --details=summary --fail-if-no-tests");

    static final List<String> GO_TESTS = List.of("sh", "-c",
            "export GOPROXY=off GOFLAGS=-mod=mod; [ -n \"$GOCACHE\" ] || export GOCACHE=\"$PWD/.ratchet-build/go\"; exec go test ./...");

    /** Exercism marks all but the first Rust test {@code #[ignore]}. */
    static final List<String> RUST_TESTS = List.of("sh", "-c",
            "CARGO_TARGET_DIR=.ratchet-build/cargo exec cargo test --offline -q -- --include-ignored");

    static final List<String> JAVASCRIPT_TESTS = List.of("sh", "-c",
            "if [ ! -e node_modules ] && [ -n \"$RATCHET_NODE_MODULES\" ]; then ln -s \"$RATCHET_NODE_MODULES\" node_modules; fi;"
                    + " exec node_modules/.bin/jest ./*");

    /** Exercism's CMakeLists runs the test binary after building it; the flag turns on every test case. */
    static final List<String> CPP_TESTS = List.of("sh", "-c",
            "cmake -S . -B .ratchet-build/cmake -DEXERCISM_RUN_ALL_TESTS=1 >/dev/null && cmake --build .ratchet-build/cmake");

    private static final Map<String, Defaults> DEFAULTS = Map.of(
            "python", new Defaults(PYTHON_TESTS, LanguageImages.latest("python")),
            "java", new Defaults(JAVA_TESTS, LanguageImages.latest("java")),
            "go", new Defaults(GO_TESTS, LanguageImages.latest("go")),
            "rust", new Defaults(RUST_TESTS, LanguageImages.latest("rust")),
            "javascript", new Defaults(JAVASCRIPT_TESTS, LanguageImages.latest("javascript")),
            "cpp", new Defaults(CPP_TESTS, LanguageImages.latest("cpp")));

    public static Optional<Defaults> defaults(String language) {
        return Optional.ofNullable(DEFAULTS.get(language));
    }

    public static List<String> known() {
        return DEFAULTS.keySet().stream().sorted().toList();
    }

    /** Directories a test run writes into the workspace; never part of a candidate solution. */
    public static boolean isBuildOutput(String path) {
        return path.startsWith(".ratchet-build/") || path.contains("__pycache__/")
                || path.endsWith(".pyc") || path.endsWith(".class") || path.startsWith(".git/")
                || path.equals("node_modules") || path.startsWith("node_modules/") || path.startsWith(".pytest_cache/");
    }
}
