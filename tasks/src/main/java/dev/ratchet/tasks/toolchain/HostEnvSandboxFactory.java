package dev.ratchet.tasks.toolchain;


import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.tasks.toolchain.Languages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives sandboxes that run on the host what a container image would provide: the JUnit console
 * launcher as {@code $JUNIT_JAR} (AssertJ as {@code $ASSERTJ_JAR}), the JDK that runs Ratchet and the real
 * Python first on {@code PATH}, and for Java tasks the
 * class-data archives that halve a Java test run's CPU ({@link JavaStartupArchive}, trained on first use) and
 * a warm javac in this JVM ({@link JavacWorker}; {@code RATCHET_JAVAC_WORKER=off} turns it off). In a bubblewrap
 * sandbox (no network) the javac client cannot reach the worker and runs the real javac instead.
 */
public final class HostEnvSandboxFactory implements SandboxFactory {
    private static final String JAVA_IMAGE = Languages.defaults("java").orElseThrow().image().replace(":latest", "");
    private final SandboxFactory inner;
    private final Map<String, String> env;
    private final JavaStartupArchive javaArchive;
    private final java.util.concurrent.locks.ReentrantLock javaEnvLock = new java.util.concurrent.locks.ReentrantLock();
    private Map<String, String> javaEnv; // guarded by javaEnvLock (not synchronized: virtual threads wait on it)

    private final Path jvmCache;

    /** @param jvmCache where the class-data archives and the javac client go ({@code <cache>/jvm}) */
    public HostEnvSandboxFactory(SandboxFactory inner, Map<String, String> env, Path jvmCache) {
        this.inner = inner;
        this.env = Map.copyOf(env);
        this.jvmCache = jvmCache;
        this.javaArchive = new JavaStartupArchive(Path.of(System.getProperty("java.home")),
                Runtime.version().feature(), this.env, jvmCache);
    }

    public static HostEnvSandboxFactory wrap(SandboxFactory inner, Path jvmCache) {
        Map<String, String> env = new HashMap<>();
        JavaJars.junit().ifPresent(jar -> {
            env.put("JUNIT_JAR", jar.toString());
            if (Files.isDirectory(JavaJars.libsBeside(jar))) env.put("RATCHET_JAVA_LIBS", JavaJars.libsBeside(jar).toString());
            // Named, not only implied by JUNIT_JAR: a jailed sandbox shows the files its variables name, no more.
            env.put("ASSERTJ_JAR", JavaJars.assertjBeside(jar).toString());
        });
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        String path = javaBin + ":" + System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        String python = PythonDir.REAL;
        env.put("PATH", python == null ? path : python + ":" + path);
        return new HostEnvSandboxFactory(inner, env, jvmCache);
    }

    /**
     * The directory of the interpreter {@code python3} really runs. Version managers (pyenv) put a shell
     * shim first on PATH that costs ~300 ms per start; every test run would pay it.
     */
    private static final class PythonDir { // looked up once per JVM, on first use
        static final String REAL = realPythonDir();
    }

    static String realPythonDir() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys, os; print(os.path.dirname(os.path.realpath(sys.executable)))")
                    .redirectErrorStream(true).start();
            String dir = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 && Files.isDirectory(Path.of(dir)) ? dir : null;
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public Sandbox create(SandboxSpec spec) {
        Map<String, String> merged = new HashMap<>(env);
        if (spec.image() != null && spec.image().startsWith(JAVA_IMAGE)) merged.putAll(javaEnv());
        merged.putAll(spec.env());
        return inner.create(new SandboxSpec(spec.layers(), merged, spec.image(), spec.label()));
    }

    private Map<String, String> javaEnv() {
        javaEnvLock.lock();
        try {
            if (javaEnv == null) {
                Map<String, String> java = new HashMap<>(javaArchive.env());
                if (!"off".equals(System.getenv("RATCHET_JAVAC_WORKER"))) {
                    JavacWorker.start(jvmCache).ifPresent(w -> java.putAll(w.env()));
                }
                javaEnv = Map.copyOf(java);
            }
            return javaEnv;
        } finally {
            javaEnvLock.unlock();
        }
    }

    @Override
    public String kind() {
        return inner.kind();
    }
}
