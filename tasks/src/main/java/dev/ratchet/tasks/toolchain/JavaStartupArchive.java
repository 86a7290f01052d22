package dev.ratchet.tasks.toolchain;

import dev.ratchet.tasks.CacheWarning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Class-data archives for the two JVMs of a Java test run (javac, then the JUnit console launcher), so each
 * starts from pre-parsed, pre-linked classes instead of loading them from jars: about half the CPU of a
 * Java test run, which on a small machine is what limits parallel runs.
 *
 * <p>An archive is only valid for the exact JDK and the exact jars (path, size, time) it was trained with, so
 * it is trained once per such combination, by running the real Java test command on a probe project, and
 * kept under {@code <jvm cache>/<key>/}. JDK 25+ gets an AOT cache (JEP 483/514), 21–24 a dynamic CDS
 * archive. The options go to the test command through {@code $RATCHET_JAVAC_OPTS}/{@code $RATCHET_JAVA_OPTS};
 * a stale or missing archive only costs speed (the JVM falls back silently).
 */
final class JavaStartupArchive {
    static final String PROBE = "public class Probe { public static int twice(int x) { return 2 * x; } }\n";
    static final String PROBE_TEST = """
            import org.junit.jupiter.api.Test;
            import static org.assertj.core.api.Assertions.assertThat;
            import static org.junit.jupiter.api.Assertions.assertEquals;

            class ProbeTest {
                @Test void twice() { assertThat(Probe.twice(2)).isEqualTo(4); assertEquals(6, Probe.twice(3)); }
                @Test void listsToo() { assertThat(java.util.List.of(1, 2)).containsExactly(1, 2).hasSize(2); }
            }
            """;

    private final Path javaHome;
    private final int feature;
    private final Map<String, String> hostEnv;
    private final Path jvmCache;
    private final CacheWarning warning = new CacheWarning("JVM archive cache", "Java tests start slower");

    /** @param hostEnv what the sandbox gets: PATH with this JDK first, JUNIT_JAR */
    JavaStartupArchive(Path javaHome, int feature, Map<String, String> hostEnv, Path jvmCache) {
        this.javaHome = javaHome;
        this.feature = feature;
        this.hostEnv = Map.copyOf(hostEnv);
        this.jvmCache = jvmCache;
    }

    /** The sandbox variables that make Java test runs use the archives; empty if they can't be made here. */
    Map<String, String> env() {
        String junit = hostEnv.get("JUNIT_JAR");
        if (junit == null || feature < 21) return Map.of();
        try {
            Path dir = jvmCache.resolve(key(Path.of(junit)));
            if (dir.toString().chars().anyMatch(Character::isWhitespace)) return Map.of(); // the options are word-split by sh
            if (!Files.isRegularFile(dir.resolve("junit.archive"))) train(dir);
            return Map.of("RATCHET_JAVAC_OPTS", use(dir.resolve("javac.archive"), "-J"),
                    "RATCHET_JAVA_OPTS", use(dir.resolve("junit.archive"), ""));
        } catch (IOException e) {
            warning.cannotWrite(jvmCache, e); // only speed is lost
            return Map.of();
        } catch (RuntimeException e) {
            return Map.of(); // only speed is lost
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /** The options that start a JVM from {@code archive}, each prefixed (javac's need {@code -J}). */
    static String useOptions(int feature, String archive, String prefix) {
        String options = feature >= 25
                ? "-XX:AOTCache=" + archive + " -Xlog:aot*=off,cds*=off"
                : "-XX:SharedArchiveFile=" + archive + " -Xlog:cds*=off";
        return prefix.isEmpty() ? options : prefix + options.replace(" ", " " + prefix);
    }

    private String use(Path archive, String prefix) {
        return useOptions(feature, archive.toString(), prefix);
    }

    private String record(Path archive, String prefix) {
        String option = (feature >= 25 ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive;
        return prefix + option;
    }

    /** Runs the Java test command on the probe with recording options, then publishes the archives atomically. */
    private void train(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir.getParent());
        Path work = Files.createTempDirectory(dir.getParent(), ".train-");
        try {
            Path project = Files.createDirectories(work.resolve("probe"));
            Path archives = Files.createDirectories(work.resolve("archives"));
            Files.writeString(project.resolve("Probe.java"), PROBE);
            Files.writeString(project.resolve("ProbeTest.java"), PROBE_TEST);
            List<String> command = Languages.defaults("java").orElseThrow().testCommand();
            ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("train.log").toFile());
            Map<String, String> env = pb.environment();
            env.putAll(hostEnv);
            env.put("RATCHET_JAVAC_OPTS", record(archives.resolve("javac.archive"), "-J"));
            env.put("RATCHET_JAVA_OPTS", record(archives.resolve("junit.archive"), ""));
            Process p = pb.start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return;
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(archives.resolve("javac.archive"))
                    || !Files.isRegularFile(archives.resolve("junit.archive"))) return;
            try {
                Files.move(archives, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // another Ratchet process trained the same archives first
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(archives, dir);
            }
        } finally {
            deleteTree(work);
        }
    }

    private String key(Path junitJar) throws IOException {
        StringBuilder facts = new StringBuilder(javaHome.toString()).append('\n')
                .append(System.getProperty("java.runtime.version")).append('\n')
                .append(String.join(" ", Languages.defaults("java").orElseThrow().testCommand())).append('\n');
        for (Path jar : List.of(junitJar, JavaJars.assertjBeside(junitJar))) {
            if (Files.isRegularFile(jar)) {
                facts.append(jar.toAbsolutePath()).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(facts.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
