package dev.ratchet.tasks.toolchain;

import java.util.List;
import java.util.stream.Collectors;
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
 * <li>cpp: cmake (with ctest), make and a C++ compiler; a task's tests are CTest tests ({@link #CPP_TESTS}); Exercism ships
 *     Catch2 as a header inside each exercise (see {@link #cppTests}).</li>
 * </ul>
 */
public final class Languages {
    private Languages() {}

    public record Defaults(List<String> testCommand, String image) {}

    /**
     * Ratchet's Python runner ({@code ratchet_tests.py}), passed as {@code python3 -I -c TEXT MODE ARGS}: never a
     * workspace file, the standard library ahead of the workspace on {@code sys.path}, per-test results on the
     * {@link dev.ratchet.tasks.grading.ResultChannel}.
     */
    public static List<String> pythonRunner(String... modeAndArgs) {
        List<String> argv = new java.util.ArrayList<>(List.of("python3", "-I", "-c", PythonRunner.SOURCE));
        argv.addAll(List.of(modeAndArgs));
        return List.copyOf(argv);
    }

    static final List<String> PYTHON_TESTS = pythonRunner("unittest", "test*.py");

    /** Exercism's Python tests are unittest classes in {@code *_test.py}; pytest runs them too, and better. */
    public static final List<String> PYTHON_PYTEST_OR_UNITTEST = pythonRunner("auto", "*_test.py");

    /**
     * Short-lived JVMs: C1 only and the serial GC roughly halve javac's and the test run's time. The sandbox may
     * add JVM options through {@code $RATCHET_JAVAC_OPTS} (given to javac, so each needs {@code -J}) and
     * {@code $RATCHET_JAVA_OPTS} (the test JVM): the host sandbox passes a class-data archive there, which
     * halves them again; it may also name a javac stand-in in {@code $RATCHET_JAVAC} (a warm compiler). Only the
     * compiled tests are scanned, not the jars on the class path.
     */
    private static final String QUICK_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData";

    /**
     * A test command that reports per-test results on the {@link dev.ratchet.tasks.grading.ResultChannel}: the
     * shell (Ratchet's, not a workspace file) draws the nonce and prints the header before any task code runs, sends
     * everything else to stderr, and gives {@code body} a fresh directory {@code $R} outside the workspace for the
     * framework's report. {@code body} sets {@code rc}. After the test process exited, each file {@code $R/NAME.KIND}
     * goes out as {@code <nonce> KIND <base64>} ({@code *.xml}: {@code junit-xml}; the kinds are
     * {@link dev.ratchet.tasks.grading.ReportFormat}), then the end record.
     */
    static List<String> reporting(String body) {
        return List.of("sh", "-c",
                "N=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \\n'); echo \"RATCHET-TESTS $N\"; exec 3>&1 1>&2;"
                        + " R=$(mktemp -d) || exit 1; rc=1; " + body + ";"
                        + " for f in \"$R\"/*; do [ -f \"$f\" ] || continue; k=${f##*.}; [ \"$k\" = xml ] && k=junit-xml;"
                        + " printf '%s %s %s\\n' \"$N\" \"$k\" \"$(base64 -w0 \"$f\")\" >&3; done;"
                        + " printf '%s {\"end\":true,\"tampered\":[]}\\n' \"$N\" >&3; rm -rf \"$R\"; exit $rc");
    }

    /**
     * A suite's own test command ({@code test_command} with {@code test_report} in a YAML suite) that writes its
     * report of {@code format} into {@code $RATCHET_REPORT_DIR} (a fresh directory outside the workspace): graded
     * per test like the defaults, not by its exit code. Files there are sent as {@code format} whatever their names.
     */
    public static List<String> reportingInto(List<String> argv, dev.ratchet.tasks.grading.ReportFormat format) {
        String kind = format.kind();
        return reporting("RATCHET_REPORT_DIR=\"$R\" " + shellWords(argv) + "; rc=$?;"
                + " for f in \"$R\"/*; do [ -f \"$f\" ] || continue; case \"$f\" in *." + kind + ") ;; *) mv \"$f\" \"$f." + kind + "\";; esac; done");
    }

    /** {@code argv} as POSIX shell words, each single-quoted, so a shell runs exactly that argv. */
    public static String shellWords(List<String> argv) {
        return argv.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    /**
     * Shell that makes {@code dir} a writable tree of symlinks into the image's read-only seed named by {@code $seedVar}
     * (a build cache), unless {@code dir} is there already; {@code fixup} runs on the new tree (as {@code $D}) before it
     * is moved into place, so a concurrent run never sees half a tree.
     */
    private static String seedLinks(String seedVar, String dir, String fixup) {
        return "if [ ! -d \"" + dir + "\" ]; then D=\"" + dir + ".$$\"; cp -rs \"$" + seedVar + "\"/. \"$D\"" + fixup
                + " && { mv -T \"$D\" \"" + dir + "\" 2>/dev/null || rm -rf \"$D\"; }; fi;";
    }

    /** JUnit writes its XML report into {@code $R}; its summary goes to stderr. */
    static final List<String> JAVA_TESTS = reporting(
            "rm -rf .ratchet-build && mkdir -p .ratchet-build"
                    + " && CP=\"$JUNIT_JAR:${ASSERTJ_JAR:-$(dirname \"$JUNIT_JAR\")/assertj-core.jar}\""
                    + " && if [ -n \"$RATCHET_JAVA_LIBS\" ]; then for j in \"$RATCHET_JAVA_LIBS\"/*.jar; do CP=\"$CP:$j\"; done; fi"
                    + " && \"${RATCHET_JAVAC:-javac}\" $RATCHET_JAVAC_OPTS " + QUICK_JVM.replace("-XX", "-J-XX") + " -nowarn -encoding UTF-8 -d .ratchet-build -cp \"$CP\""
                    + " $(find . -name '*.java' -not -path './.ratchet-build/*')"
                    + " && java $RATCHET_JAVA_OPTS " + QUICK_JVM + " -jar \"$JUNIT_JAR\" execute --class-path \".ratchet-build:$CP\""
                    + " --scan-class-path .ratchet-build --disable-banner --disable-ansi-colors --details=summary --fail-if-no-tests"
                    + " --reports-dir \"$R\"; rc=$?");

    /**
     * {@code go test -json} (test2json events) into {@code $R}. Since Go 1.24 that stream also carries the build
     * errors, so the grader shows its output text ({@link dev.ratchet.tasks.grading.ReportFormat#GO_TEST_JSON});
     * a stream over 400 kB (the run's stdout is capped at 1 MiB) is sent without its output events.
     */
    static final List<String> GO_TESTS = reporting(
            "export GOPROXY=off GOFLAGS=-mod=mod;"
                    // the image's read-only std cache, made writable as a tree of links (LanguageImages#go); trim.txt
                    // is the cache's own, dated now, so go does not start trimming the links away
                    + " if [ -z \"$GOCACHE\" ] && [ -d \"$RATCHET_GO_CACHE_SEED\" ]; then "
                    + seedLinks("RATCHET_GO_CACHE_SEED", "/tmp/ratchet-go-cache", " && rm -f \"$D/trim.txt\" && date +%s > \"$D/trim.txt\"")
                    + " export GOCACHE=/tmp/ratchet-go-cache; fi;"
                    + " [ -n \"$GOCACHE\" ] || export GOCACHE=\"$PWD/.ratchet-build/go\";"
                    + " go test -json ./... > \"$R/go.go-test-json\"; rc=$?;"
                    // the channel shares stdout's cap with everything else: a chatty run keeps its results, not its text
                    + " if [ \"$(wc -c < \"$R/go.go-test-json\")\" -gt 400000 ]; then grep -v '\"Action\":\"output\"' \"$R/go.go-test-json\""
                    + " > \"$R/go.trimmed\"; mv \"$R/go.trimmed\" \"$R/go.go-test-json\"; fi");

    /** libtest's json format is allowed by {@code RUSTC_BOOTSTRAP} set to this, no crate's name (see {@link #RUST_TESTS}). */
    static final String RUSTC_BOOTSTRAP = "ratchet_libtest_json";

    /**
     * The target directory: in the Rust image, {@code /tmp/ratchet-cargo-target} made of links into the image's seed
     * (the exercises' crates compiled, {@link LanguageImages#RUST_SEEDED_SETS}), so a grade compiles only the
     * exercise; elsewhere {@code .ratchet-build/cargo}. Should cargo ever find a seeded unit stale and try to rewrite
     * it through its read-only link, the run is repeated once in a target directory of its own, so that a grade never
     * fails for the seed's sake.
     */
    private static final String CARGO_TEST = "CARGO_TARGET_DIR=\"$T\" RUSTC_BOOTSTRAP=" + RUSTC_BOOTSTRAP
            + " cargo test --offline -q -- --include-ignored -Z unstable-options --format json > \"$R/cargo.libtest-json\" 2>\"$E\"; rc=$?;";

    /**
     * Exercism marks all but the first Rust test {@code #[ignore]}, hence {@code --include-ignored}. libtest's json
     * format is unstable: libtest allows it when {@code RUSTC_BOOTSTRAP} is set at all, while rustc reads a value other
     * than 1 as the list of crates that may use unstable features; naming no real crate keeps compilation stable, as
     * Aider's is. Every test binary's stream (unit, integration, doc tests) lands in one file in {@code $R}.
     */
    static final List<String> RUST_TESTS = reporting(
            "if [ -n \"$CARGO_HOME\" ] && [ ! -w \"$CARGO_HOME\" ]; then mkdir -p .ratchet-build/cargo-home"
                    + " && cp \"$CARGO_HOME\"/config.toml .ratchet-build/cargo-home/ && export CARGO_HOME=\"$PWD/.ratchet-build/cargo-home\"; fi;"
                    + " T=.ratchet-build/cargo; if [ -d \"$RATCHET_CARGO_TARGET_SEED\" ]; then T=" + LanguageImages.CARGO_TARGET + "; "
                    + seedLinks("RATCHET_CARGO_TARGET_SEED", LanguageImages.CARGO_TARGET, "") + " fi;"
                    + " E=$(mktemp) || exit 1; " + CARGO_TEST
                    + " if [ $rc -ne 0 ] && [ \"$T\" != .ratchet-build/cargo ] && grep -q 'is not writeable' \"$E\"; then"
                    + " cat \"$E\" >&2; echo 'ratchet: a seeded crate was stale; again without the seed' >&2; T=.ratchet-build/cargo; " + CARGO_TEST + " fi;"
                    + " cat \"$E\" >&2; rm -f \"$E\"");

    /**
     * jest writes its json result into {@code $R} and its usual report to stderr. jest's default limit of 5 s per test is
     * raised to 60 s: the exercises set no limit of their own, and at 5 s a correct parallel-letter-frequency failed on a
     * loaded 2-core machine; the task's test timeout still bounds the whole run.
     */
    static final List<String> JAVASCRIPT_TESTS = reporting(
            "if [ ! -e node_modules ] && [ -n \"$RATCHET_NODE_MODULES\" ]; then ln -s \"$RATCHET_NODE_MODULES\" node_modules; fi;"
                    + " node_modules/.bin/jest ./* --testTimeout=60000 --json --outputFile=\"$R/jest.jest-json\"; rc=$?");

    /**
     * Where the image has the read-only ccache of Catch2's main ({@code $RATCHET_CCACHE}, see {@code LanguageImages}),
     * compile through it: the one file every exercise compiles identically comes from there, the rest compiles as usual.
     */
    private static final String CCACHE = "${RATCHET_CCACHE:+-DCMAKE_CXX_COMPILER_LAUNCHER=ccache}";

    /**
     * A CMake project's own tests, as CTest knows them ({@code enable_testing()} and {@code add_test}): configure, build,
     * then CTest runs every registered test and writes its JUnit XML into {@code $R}; a project that registers no test
     * fails ({@code --no-tests=error}). CTest judges each test by its process's exit code, but the report comes from
     * CTest's own process, which tested code does not run in. (Exercism's layout has {@link #cppTests} instead.)
     */
    static final List<String> CPP_TESTS = reporting("cmake -S . -B .ratchet-build/cmake " + CCACHE + " >/dev/null"
            + " && cmake --build .ratchet-build/cmake"
            + " && ctest --test-dir .ratchet-build/cmake --no-tests=error --output-on-failure --output-junit \"$R/ctest.ctest-xml\"; rc=$?");

    private static final java.util.regex.Pattern EXERCISE_SLUG = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /**
     * The C++ tests of Exercism exercise {@code exercise}, as Aider's {@code cpp-test.sh} runs them ({@code cmake
     * -DEXERCISM_RUN_ALL_TESTS=1}, then build, which runs the tests). The exercise's CMakeLists takes the exercise
     * name from its directory's name ({@code get_filename_component(exercise ${CMAKE_CURRENT_SOURCE_DIR} NAME)}),
     * and the sandbox's directory is not named after the exercise; so, like Exercism's test runner, which copies
     * the solution into {@code /tmp/<slug>}, the build sees the workspace under the exercise's name: a symlink
     * {@code .ratchet-build/src/<slug> -> ../..} (CMake keeps the name it is given) and an out-of-tree build
     * directory that survives between runs, so a rerun recompiles only what changed. The build makes only the test
     * binary (target {@code <slug>}, not the {@code test_<slug>} target that would run it bare); Ratchet runs it
     * once, with Catch2's JUnit reporter writing into {@code $R}.
     */
    public static List<String> cppTests(String exercise) {
        if (!EXERCISE_SLUG.matcher(exercise).matches()) throw new IllegalArgumentException("bad exercise name: " + exercise);
        String src = ".ratchet-build/src/" + exercise;
        return reporting("mkdir -p .ratchet-build/src && { [ -L " + src + " ] || ln -s ../.. " + src + "; }"
                + " && cmake -S " + src + " -B .ratchet-build/cmake -DEXERCISM_RUN_ALL_TESTS=1 -G 'Unix Makefiles' " + CCACHE + " >/dev/null"
                + " && cmake --build .ratchet-build/cmake --target " + exercise
                + " && ./.ratchet-build/cmake/" + exercise + " --reporter junit --out \"$R/catch.catch-xml\"; rc=$?");
    }

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

    /**
     * Directories a test run writes into the workspace; never part of a candidate solution. {@code target/} is
     * cargo's and Maven's: the polyglot's rust/macros tests build their compile-fail cases into
     * {@code target/tests/} themselves, whatever {@code CARGO_TARGET_DIR} says.
     */
    public static boolean isBuildOutput(String path) {
        return path.startsWith(".ratchet-build/") || path.startsWith("target/") || path.contains("__pycache__/")
                || path.endsWith(".pyc") || path.endsWith(".class") || path.startsWith(".git/")
                || path.equals("node_modules") || path.startsWith("node_modules/") || path.startsWith(".pytest_cache/");
    }
}
