package dev.ratchet.tasks.toolchain;

import dev.ratchet.sandbox.docker.ImageBuilder;
import dev.ratchet.sandbox.docker.ImageLayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What each language's image ({@code ratchet/<language>}) installs on Ratchet's Debian base: the newest
 * toolchains Debian ships (backports where they are newer), and what the test commands in {@link Languages}
 * need from the image, offline. The packages only exist on this release, so the release is fixed here.
 */
public final class LanguageImages {
    private LanguageImages() {}

    /** Debian 13. */
    public static final String SUITE = "trixie";
    public static final List<String> APT_SUITES = List.of(SUITE, SUITE + "-updates", SUITE + "-backports");
    private static final String BACKPORTS = SUITE + "-backports";

    /** JavaScript test dependencies installed at build time (npm can't install offline at test time). */
    static final String NODE_PACKAGES = "jest@29.7.0 babel-jest@29.7.0 @babel/core@7 core-js@3 "
            + "@exercism/babel-preset-javascript@0.7.0";
    static final String NODE_MODULES = "/opt/node/node_modules";

    /**
     * Crates the Exercism Rust track's exercises and example solutions use, as Debian packages: cargo reads
     * them from {@code /usr/share/cargo/registry} in place of crates.io. Versions are Debian's (e.g. regex 1,
     * rand 0.8), so a {@code Cargo.toml} asking for an older major version does not resolve.
     */
    static final List<String> RUST_CRATES = List.of("anyhow", "counter", "itertools", "num-bigint", "num-traits",
            "permutohedron", "rand", "regex", "thiserror", "thiserror-1", "time");

    public static String repository(String language) {
        return "ratchet/" + language;
    }

    public static String latest(String language) {
        return repository(language) + ":latest";
    }

    /**
     * The layers for these languages, in {@link Languages#known()} order. Callers check their input: an unknown
     * language, or a Java image without the JUnit jar, is a bug here.
     */
    public static List<ImageLayer> layers(Collection<String> languages, Path junitJar) {
        var unknown = languages.stream().filter(l -> !Languages.known().contains(l)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no image for language(s) " + String.join(", ", unknown)
                    + " (known: " + String.join(", ", Languages.known()) + ")");
        }
        var layers = new ArrayList<ImageLayer>();
        for (String language : Languages.known()) {
            if (languages.contains(language)) layers.add(layer(language, junitJar));
        }
        return layers;
    }

    private static ImageLayer layer(String language, Path junitJar) {
        return switch (language) {
            case "python" -> new ImageLayer(repository(language), apt("", "python3-pytest"), List.of());
            case "java" -> java(junitJar);
            case "go" -> go();
            case "rust" -> rust();
            case "javascript" -> javascript();
            case "cpp" -> cpp();
            default -> throw new IllegalStateException("no image recipe for " + language);
        };
    }

    /** The Catch2 single header every Exercism C++ exercise carries in {@code test/} (v2.13.6, Boost licence). */
    static final String CATCH_RESOURCE = "catch2/catch.hpp";
    /** Exercism's {@code test/tests-main.cpp}, byte for byte: the Catch2 main, the slowest file of every build. */
    static final String CATCH_MAIN = "#define CATCH_CONFIG_MAIN\n#include \"catch.hpp\"\n";

    /**
     * CMake from trixie (3.31), not backports (4.x): CMake 4 refuses projects that ask for a minimum below 3.5.
     * Boost.Date_Time (gigasecond, meetup) and TBB (parallel-letter-frequency), as Aider's image has them.
     * A ccache holding the one object every exercise compiles the same way, Catch2's main, built here from the
     * track's own header and read-only at test time ({@code $RATCHET_CCACHE}: the test command then compiles
     * through ccache): a hit needs the same source, headers and flags, so what it returns is what the compiler
     * would have made, and no candidate can add to it (the root filesystem is read-only, and so is the cache).
     * ccache keys on the source's path relative to the build directory, so the seed is built in the layout
     * {@link Languages#cppTests} gives every exercise: {@code .ratchet-build/src/<slug> -> ../..}, built in
     * {@code .ratchet-build/cmake}.
     */
    private static ImageLayer cpp() {
        Path header = catchHeader();
        return new ImageLayer(repository("cpp"), apt("", "g++ cmake make ccache libboost-date-time-dev libtbb-dev") + """
                COPY %s /tmp/seed/catch-seed/test/catch.hpp
                RUN cd /tmp/seed/catch-seed && printf '%s' > test/tests-main.cpp && printf '%s' > seed_test.cpp \
                    && printf '%s' > CMakeLists.txt && mkdir -p .ratchet-build/src && ln -s ../.. .ratchet-build/src/catch-seed \
                    && export CCACHE_DIR=/opt/ccache CCACHE_BASEDIR=/ CCACHE_NOHASHDIR=1 \
                    && cmake -S .ratchet-build/src/catch-seed -B .ratchet-build/cmake -DEXERCISM_RUN_ALL_TESTS=1 \
                       -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null \
                    && cmake --build .ratchet-build/cmake >/dev/null \
                    && cd / && rm -rf /tmp/seed && chmod -R a+rX /opt/ccache
                ENV RATCHET_CCACHE=1 CCACHE_DIR=/opt/ccache CCACHE_READONLY=1 CCACHE_BASEDIR=/ CCACHE_NOHASHDIR=1 CCACHE_TEMPDIR=/tmp/ccache
                """.formatted(header.getFileName(), shellPrintf(CATCH_MAIN), shellPrintf("#include \"test/catch.hpp\"\n"),
                shellPrintf(SEED_CMAKE)), List.of(header));
    }

    /** The vendored header as a file for the image's build context (the builder copies files by path). */
    private static Path catchHeader() {
        try (var in = LanguageImages.class.getResourceAsStream(CATCH_RESOURCE)) {
            if (in == null) throw new IllegalStateException(CATCH_RESOURCE + " missing from the tasks jar");
            Path dir = Files.createTempDirectory("ratchet-catch2");
            Path file = dir.resolve("catch.hpp");
            Files.copy(in, file);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the Catch2 header for the cpp image", e);
        }
    }

    /** The parts of an Exercism exercise's CMakeLists that decide how {@code test/tests-main.cpp} is compiled. */
    private static final String SEED_CMAKE = """
            cmake_minimum_required(VERSION 3.5.1)
            project(catch-seed CXX)
            add_executable(catch-seed seed_test.cpp test/tests-main.cpp)
            set_target_properties(catch-seed PROPERTIES CXX_STANDARD 17 CXX_STANDARD_REQUIRED OFF CXX_EXTENSIONS OFF)
            find_package(Threads REQUIRED)
            target_link_libraries(catch-seed PRIVATE Threads::Threads)
            set(CMAKE_BUILD_TYPE Debug)
            set_target_properties(catch-seed PROPERTIES COMPILE_FLAGS "-Wall -Wextra -Wpedantic -Werror")
            if(${EXERCISM_RUN_ALL_TESTS})
                target_compile_definitions(catch-seed PRIVATE EXERCISM_RUN_ALL_TESTS)
            endif()
            """;

    /** {@code s} as a printf format inside single quotes in a Dockerfile RUN line. */
    private static String shellPrintf(String s) {
        return s.replace("\\", "\\\\").replace("%", "%%").replace("'", "'\\''").replace("\n", "\\n");
    }

    /** {@code apt-get install} of these packages, from {@code release} when not empty (backports are opt-in). */
    private static String apt(String release, String packages) {
        return """
                RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends %s%s >/dev/null \\
                    && rm -rf /var/lib/apt/lists/*
                """.formatted(release.isEmpty() ? "" : "-t " + release + " ", packages);
    }

    private static ImageLayer java(Path junitJar) {
        if (!Files.isRegularFile(junitJar)) {
            throw new IllegalArgumentException("the JUnit console launcher is missing at " + junitJar);
        }
        // Test libraries the build copied beside the console launcher (AssertJ for Exercism's Java tests).
        List<Path> jars = new ArrayList<>(List.of(junitJar));
        Path assertj = JavaJars.assertjBeside(junitJar);
        if (Files.isRegularFile(assertj)) jars.add(assertj);
        String copies = jars.stream().map(j -> "COPY " + j.getFileName() + " /opt/junit/" + j.getFileName() + "\n")
                .collect(Collectors.joining());
        // The exercises' own libraries (hangman: RxJava, rest-api: org.json), as the test command's $RATCHET_JAVA_LIBS.
        List<Path> libs = new ArrayList<>();
        if (Files.isDirectory(JavaJars.libsBeside(junitJar))) {
            try (var listing = Files.list(JavaJars.libsBeside(junitJar))) {
                listing.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(libs::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot list " + JavaJars.libsBeside(junitJar), e);
            }
        }
        String libCopies = libs.stream().map(j -> "COPY " + j.getFileName() + " /opt/java-libs/" + j.getFileName() + "\n")
                .collect(Collectors.joining());
        jars.addAll(libs);
        WarmJava warm = warmJava();
        jars.addAll(warm.files());
        return new ImageLayer(repository("java"), apt("", "openjdk-21-jdk-headless") + copies + libCopies
                + "ENV JUNIT_JAR=/opt/junit/" + junitJar.getFileName() + " RATCHET_JAVA_LIBS=/opt/java-libs\n"
                + warm.instructions(), jars);
    }

    /** Where the Java image keeps its warm-start files: read-only at run time, like the rest of the root. */
    static final String WARM_JAVA = "/opt/ratchet-javac";
    /**
     * The worker's JVM: C1 only (warm after a few compiles), no attach, no SIGQUIT handler, its own output never on
     * stdout (the agent's channel), and no raising of its file limit at start ({@code -XX:-MaxFDLimit}), so that its
     * limits are the ones the agent recorded when it started it.
     */
    private static final String WORKER_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xmx384m"
            + " -XX:+ExitOnOutOfMemoryError -XX:+DisableAttachMechanism -Xrs -XX:+DisplayVMOutputToStderr"
            + " -Xlog:disable -Xlog:all=warning:stderr -XX:-MaxFDLimit";
    private static final String WORKER_MAIN = "-cp " + WARM_JAVA + "/ratchet-javac-worker.jar " + JavacWorker.class.getName();
    private static final String PROBE_FILES = WARM_JAVA + "/probe/Probe.java " + WARM_JAVA + "/probe/ProbeTest.java";

    private record WarmJava(String instructions, List<Path> files) {}

    /**
     * Warm Java in the container (issue 17): class-data archives for javac and the JUnit launcher, trained at build
     * time by the real test command on a probe project, and a warm javac ({@link JavacWorker}'s {@code serve}) that the
     * sandbox agent starts as the image's service ({@code RATCHET_AGENT_SERVICE}). The worker runs a copy of the
     * {@code java} launcher that its user may execute but not read, so the kernel makes the process non-dumpable: code
     * of the same user (a candidate's) can signal it but not ptrace it, read its memory or open its sockets through
     * /proc. Without the worker (stopped, or never started) the test command's client runs the real javac with its
     * archive: the cold path, the same result.
     */
    private static WarmJava warmJava() {
        Path dir;
        Path jar;
        Path client;
        try {
            dir = Files.createTempDirectory("ratchet-java-image-");
            jar = JavacWorker.containerJar(dir);
            client = JavacWorker.containerClient(dir);
            for (Path p : List.of(jar, client, dir)) p.toFile().deleteOnExit();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the Java image's worker files", e);
        }
        String serve = "#!/bin/sh\nexec " + WARM_JAVA + "/jdk/bin/java "
                + JavaStartupArchive.useOptions(21, WARM_JAVA + "/worker.jsa", "") + " " + WORKER_JVM + " " + WORKER_MAIN
                + " serve " + PROBE_FILES + "\n";
        String test = Languages.JAVA_TESTS.stream().map(LanguageImages::json).collect(Collectors.joining(", "));
        String instructions = """
                COPY %1$s %2$s/ratchet-javac-worker.jar
                COPY %3$s %2$s/ratchet-javac.sh
                RUN set -e; J=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); D=%2$s; mkdir -p $D/jdk/bin $D/probe; \
                    for e in "$J"/*; do [ "$(basename "$e")" = bin ] || ln -s "$e" $D/jdk/; done; \
                    cp "$J/bin/java" $D/jdk/bin/java; chmod 0711 $D/jdk/bin/java; chmod 0755 $D/ratchet-javac.sh; \
                    echo %4$s | base64 -d > $D/probe/Probe.java; echo %5$s | base64 -d > $D/probe/ProbeTest.java; \
                    echo %6$s | base64 -d > $D/serve; chmod 0755 $D/serve
                WORKDIR %2$s/probe
                RUN ["env", "RATCHET_JAVAC_OPTS=-J-XX:ArchiveClassesAtExit=%2$s/javac.jsa", "RATCHET_JAVA_OPTS=-XX:ArchiveClassesAtExit=%2$s/junit.jsa", %7$s]
                RUN rm -rf .ratchet-build && %2$s/jdk/bin/java -XX:ArchiveClassesAtExit=%2$s/worker.jsa %8$s %9$s train %10$s \
                    && chmod a+r %2$s/*.jsa && ls %2$s/javac.jsa %2$s/junit.jsa %2$s/worker.jsa >/dev/null
                WORKDIR /
                ENV RATCHET_JAVAC_OPTS="%11$s" RATCHET_JAVA_OPTS="%12$s" \
                    RATCHET_JAVAC=%2$s/ratchet-javac.sh RATCHET_JAVAC_ADDR=127.0.0.1:%13$d RATCHET_JAVAC_TOKEN=container \
                    RATCHET_AGENT_SERVICE=%2$s/serve
                """.formatted(jar.getFileName(), WARM_JAVA, client.getFileName(), base64(JavaStartupArchive.PROBE),
                base64(JavaStartupArchive.PROBE_TEST), base64(serve), test, WORKER_JVM, WORKER_MAIN, PROBE_FILES,
                JavaStartupArchive.useOptions(21, WARM_JAVA + "/javac.jsa", "-J"),
                JavaStartupArchive.useOptions(21, WARM_JAVA + "/junit.jsa", ""), JavacWorker.CONTAINER_PORT);
        return new WarmJava(instructions, List.of(jar, client));
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The test command's argv for an exec-form {@code RUN}: JSON strings. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Go from backports, with the standard library already compiled into a build cache (since Go 1.20 nothing ships
     * precompiled, and compiling it for every test run costs minutes on one core). The cache is part of the read-only
     * image, never a volume: a writable cache would carry one candidate's entries (cached test results among them)
     * into the next grade of a pooled container, whose scrub would then find it changed and discard the container.
     * Go cannot use a read-only cache, so the test command ({@link Languages}) builds a writable one in {@code /tmp}
     * out of symlinks into {@code $RATCHET_GO_CACHE_SEED} (about 2,000 links), emptied with {@code /tmp} between grades.
     */
    private static ImageLayer go() {
        return new ImageLayer(repository("go"), apt(BACKPORTS, "golang-go") + """
                ENV GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod GOPATH=/tmp/go CGO_ENABLED=0
                RUN GOCACHE=/opt/go-cache go build std && chmod -R a+rX /opt/go-cache
                ENV RATCHET_GO_CACHE_SEED=/opt/go-cache
                """, List.of());
    }

    /**
     * The dependency sets of the Exercism Rust exercises as graded (their {@code Cargo.toml} with the crates of
     * {@code .meta/Cargo-example.toml} added, {@link dev.ratchet.tasks.formats.RustExampleCrates}): each is compiled
     * once into the image's target-directory seed, with exactly the test command's settings, so that a grade
     * compiles only the exercise. A set that differs (other features) still builds, just not from the seed.
     */
    static final List<List<String>> RUST_SEEDED_SETS = List.of(List.of("time"), List.of("anyhow"), List.of("anyhow", "thiserror"),
            List.of("rand"), List.of("itertools", "permutohedron"), List.of("num-bigint", "num-traits"), List.of("regex"),
            List.of("counter"));

    /** Where the Rust test command's target directory is (in {@code /tmp}) and where the image's seed of it is. */
    static final String CARGO_TARGET = "/tmp/ratchet-cargo-target";
    static final String CARGO_TARGET_SEED = "/opt/cargo-target";

    /**
     * rustc and cargo from backports; the crates as Debian packages, and a cargo configuration (in {@code $CARGO_HOME},
     * which stays writable for cargo's lock files) that replaces crates.io with Debian's directory of them. Then the
     * target-directory seed ({@link #RUST_SEEDED_SETS}): built at the test command's own absolute target path and moved,
     * which keeps the modification times cargo's fingerprints compare, without cargo's lock files and rustc cache
     * (files cargo writes on every run, which a link into the read-only seed would refuse); the test command links it
     * into place.
     */
    private static ImageLayer rust() {
        String crates = RUST_CRATES.stream().map(c -> "librust-" + c + "-dev").collect(Collectors.joining(" "));
        String sets = RUST_SEEDED_SETS.stream().map(set -> "'" + String.join(" ", set) + "'").collect(Collectors.joining(" "));
        return new ImageLayer(repository("rust"), apt(BACKPORTS, "rustc cargo") + apt("", crates) + """
                RUN mkdir -p /opt/cargo && chmod 1777 /opt/cargo && printf '%1$s' > /opt/cargo/config.toml
                ENV CARGO_HOME=/opt/cargo CARGO_NET_OFFLINE=true
                RUN set -e; mkdir -p /tmp/probe/src && cd /tmp/probe && : > src/lib.rs; \
                    for set in %2$s; do \
                      printf '[package]\\nedition = "2021"\\nname = "ratchet-seed"\\nversion = "0.0.0"\\n\\n[dependencies]\\n' > Cargo.toml; \
                      for c in $set; do echo "$c = \\"*\\"" >> Cargo.toml; done; rm -f Cargo.lock; \
                      RUSTC_BOOTSTRAP=%3$s CARGO_TARGET_DIR=%4$s cargo test --offline -q --no-run; \
                    done; \
                    cd / && rm -rf /tmp/probe && mv %4$s %5$s && find %5$s -name '.cargo*lock' -delete \
                    && rm -f %5$s/.rustc_info.json && chmod -R a+rX %5$s
                ENV RATCHET_CARGO_TARGET_SEED=%5$s
                """.formatted("[source.crates-io]\\nreplace-with = \"debian\"\\n\\n[source.debian]\\n"
                + "directory = \"/usr/share/cargo/registry\"\\n\\n[net]\\noffline = true\\n", sets,
                Languages.RUSTC_BOOTSTRAP, CARGO_TARGET, CARGO_TARGET_SEED), List.of());
    }

    /**
     * Node and npm from Debian, then jest and the Exercism babel preset into {@link #NODE_MODULES} (linked into each
     * workspace by the test command, via {@code $RATCHET_NODE_MODULES}). npm needs the network only here.
     */
    private static ImageLayer javascript() {
        String ca = ImageBuilder.CA_FILE;
        return new ImageLayer(repository("javascript"), apt("", "nodejs npm") + """
                COPY %s /tmp/%s
                RUN mkdir -p /opt/node && cd /opt/node && echo '{"private": true}' > package.json \\
                    && NODE_EXTRA_CA_CERTS=/tmp/%s npm install --no-audit --no-fund --loglevel=error %s >/dev/null \\
                    && rm -rf /tmp/%s /tmp/.npm /root/.npm
                ENV RATCHET_NODE_MODULES=%s NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false
                """.formatted(ca, ca, ca, NODE_PACKAGES, ca, NODE_MODULES), List.of());
    }
}
