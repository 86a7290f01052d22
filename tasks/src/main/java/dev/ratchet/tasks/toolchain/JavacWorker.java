package dev.ratchet.tasks.toolchain;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A javac that stays warm, for the Java test runs of local sandboxes (like Bazel's persistent workers or
 * Gradle's compiler daemon). A cold javac spends most of its ~0.6 CPU-s loading and JIT-compiling itself; the
 * same compile in this already-warm JVM takes about a tenth of that, and on a small machine running many
 * samples, CPU is what limits throughput.
 *
 * <p>The test command calls {@code $RATCHET_JAVAC} (a bash client, {@code ratchet-javac.sh}) instead of
 * {@code javac}; it sends its working directory and arguments over a loopback socket with a per-process token
 * and prints javac's diagnostics and exit status as javac would. Annotation processing and compiler plugins
 * are never run here (they would run the task's code inside Ratchet), and any option not known to be safe to
 * resolve against the sandbox's directory is answered "fallback": the client then runs the real javac. So the
 * worker only ever changes how fast a compile is, never its result.
 */
final class JavacWorker implements AutoCloseable {
    private static final int MAX_OUTPUT = 1 << 20;
    private static final int MAX_ARGS = 100_000;
    /** Options followed by a value that is not a path. */
    private static final List<String> VALUE_OPTIONS = List.of("-encoding", "-source", "--source", "-target",
            "--target", "--release", "-Xmaxerrs", "-Xmaxwarns", "--add-modules", "--add-exports", "--add-reads",
            "--limit-modules");
    /** Options followed by one path. */
    private static final List<String> PATH_OPTIONS = List.of("-d", "-s", "-h");
    /** Options followed by a path list. */
    private static final List<String> PATH_LIST_OPTIONS = List.of("-cp", "-classpath", "--class-path",
            "-sourcepath", "--source-path");
    /** Flags that change nothing about where files are. */
    private static final List<String> FLAGS = List.of("-nowarn", "-deprecation", "-parameters", "-Werror",
            "-g", "-verbose", "-implicit:none", "-implicit:class", "--enable-preview");

    private final JavaCompiler javac;
    private volatile ServerSocket listener; // replaced only in a container, between grades (see answerAgent)
    private final String token;
    private final Path client;
    private final AtomicLong compiled = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    private JavacWorker(JavaCompiler javac, ServerSocket server, String token, Path client) {
        this.javac = javac;
        this.listener = server;
        this.token = token;
        this.client = client;
    }

    /** Starts a worker, or empty where this JVM has no compiler or bash/loopback are not usable. */
    static Optional<JavacWorker> start(Path clientDir) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null || !Files.isExecutable(Path.of("/bin/bash"))) return Optional.empty();
        try {
            Path client = installClient(clientDir);
            var server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            var worker = new JavacWorker(javac, server, HexFormat.of().formatHex(secret), client);
            Thread.ofPlatform().daemon().name("javac-worker").start(worker::acceptLoop);
            return Optional.of(worker);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The sandbox variables that route the test command's javac here. */
    Map<String, String> env() {
        var address = (InetSocketAddress) listener.getLocalSocketAddress();
        return Map.of("RATCHET_JAVAC", client.toString(),
                "RATCHET_JAVAC_ADDR", address.getAddress().getHostAddress() + ":" + address.getPort(),
                "RATCHET_JAVAC_TOKEN", token);
    }

    /** How many compiles this worker has run (not counting the ones it sent back to the real javac). */
    long compiled() {
        return compiled.get();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }

    private volatile boolean closed;

    private void acceptLoop() {
        while (!closed) {
            ServerSocket server = listener;
            try {
                Socket socket = server.accept();
                inFlight.incrementAndGet(); // from accept to answer, so a status check sees every request begun
                Thread.ofVirtual().name("javac-request").start(() -> {
                    try {
                        serve(socket);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            } catch (IOException e) {
                if (server.isClosed()) pause(); // closed (clients fall back to javac), or being replaced between grades
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            if (!token.equals(readLine(in))) return;
            Path cwd = Path.of(readLine(in));
            int argc = Integer.parseInt(readLine(in));
            if (argc < 0 || argc > MAX_ARGS || !cwd.isAbsolute()) return;
            List<String> args = new ArrayList<>(argc);
            for (int i = 0; i < argc; i++) args.add(readUntil(in, 0));
            Optional<List<String>> resolved = resolve(args, cwd);
            if (resolved.isEmpty()) {
                out.write("fallback\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            var diagnostics = new ByteArrayOutputStream();
            int status;
            try (var print = new PrintStream(diagnostics, true, StandardCharsets.UTF_8)) {
                status = javac.run(null, print, print, resolved.get().toArray(String[]::new));
            }
            if (status > 1) { // a bad option, or javac crashed here (e.g. its stack): the real javac has the last word
                out.write("fallback\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            compiled.incrementAndGet();
            out.write((status + "\n").getBytes(StandardCharsets.UTF_8));
            // javac names files as they were given; the resolved ones are absolute host paths.
            byte[] text = diagnostics.toString(StandardCharsets.UTF_8).replace(cwd + "/", "").getBytes(StandardCharsets.UTF_8);
            out.write(text, 0, Math.min(text.length, MAX_OUTPUT));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // The client reads no status and runs the real javac.
        }
    }

    /**
     * The arguments with every path made absolute against {@code cwd} and annotation processing off; empty
     * for anything this does not know to be safe (then the real javac runs). {@code -J} options are for the
     * javac launcher, which this replaces.
     */
    static Optional<List<String>> resolve(List<String> args, Path cwd) {
        List<String> out = new ArrayList<>();
        out.add("-proc:none");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-J") || a.equals("-proc:none")) continue;
            boolean hasValue = VALUE_OPTIONS.contains(a) || PATH_OPTIONS.contains(a) || PATH_LIST_OPTIONS.contains(a);
            if (hasValue && i + 1 >= args.size()) return Optional.empty();
            if (VALUE_OPTIONS.contains(a)) {
                out.add(a);
                out.add(args.get(++i));
            } else if (PATH_OPTIONS.contains(a)) {
                out.add(a);
                out.add(cwd.resolve(args.get(++i)).toString());
            } else if (PATH_LIST_OPTIONS.contains(a)) {
                out.add(a);
                out.add(resolveList(args.get(++i), cwd));
            } else if (FLAGS.contains(a) || a.startsWith("-Xlint") || a.startsWith("-Xdoclint") || a.startsWith("-g:")) {
                out.add(a);
            } else if (a.startsWith("-") || a.startsWith("@") || !a.endsWith(".java")) {
                return Optional.empty(); // processors, plugins, argument files, modules, anything unknown
            } else {
                out.add(cwd.resolve(a).toString());
            }
        }
        return Optional.of(out);
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // In a container: the Java image's worker (LanguageImages), a process the Docker sandbox's agent starts.

    /** Where the Java image's worker listens (loopback: the sandbox containers have no other network). */
    static final int CONTAINER_PORT = 4717;
    /** Warm-up compiles of the probe: about where C1-compiled javac stops getting faster on one core. */
    private static final int WARM_UPS = 6;

    /**
     * The Java image's warm javac. {@code serve PROBE.java...}: listens on loopback port {@value #CONTAINER_PORT}, warms
     * itself up on the probe (its class files are discarded, never written), and answers the agent, its parent, on
     * stdin/stdout: to {@code status} with {@code idle nice=N COUNT}, after it closed its listening socket (dropping any
     * connection not yet accepted) and before it opens a new one; a request begun and not answered at that moment ends
     * the process instead, so the agent's scrub finds the worker gone and the container is discarded. Each compile
     * gets a fresh javac context and no annotation processing (see {@link #resolve}), so what one candidate sends
     * cannot change what the next one's compile does. {@code train PROBE.java...}: the warm-up once (for the image's
     * class-data archive of this JVM).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !List.of("serve", "train").contains(args[0])) {
            System.err.println("usage: JavacWorker serve|train PROBE.java...");
            System.exit(2);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> probe = List.of(args).subList(1, args.length);
        if (args[0].equals("train")) {
            if (!warmUp(javac, probe, 1)) System.exit(1); // a probe that does not compile trains nothing
            return;
        }
        var worker = new JavacWorker(javac, containerListener(), System.getenv().getOrDefault("RATCHET_JAVAC_TOKEN", ""), null);
        Thread.ofPlatform().daemon().name("javac-worker").start(worker::acceptLoop);
        Thread.ofPlatform().daemon().name("javac-warm-up").start(() -> warmUp(javac, probe, WARM_UPS));
        worker.answerAgent(new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)));
        System.exit(0); // stdin closed: the agent is gone
    }

    private static ServerSocket containerListener() throws IOException {
        for (int attempt = 0; ; attempt++) {
            var server = new ServerSocket();
            try {
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), CONTAINER_PORT), 64);
                return server;
            } catch (java.net.BindException e) {
                server.close();
                // the old socket is released only once the accepting thread has left accept()
                if (attempt >= 200) throw e;
                pause();
            }
        }
    }

    private void answerAgent(java.io.BufferedReader in) throws IOException {
        for (String line; (line = in.readLine()) != null; ) {
            if (!line.equals("status")) continue;
            listener.close(); // what a killed client left in the backlog never reaches the next grade
            if (inFlight.get() > 0) System.exit(3); // a request of the last grade still under way: the scrub discards us
            listener = containerListener();
            System.out.println("idle nice=" + nice() + " " + compiled.get());
            System.out.flush();
        }
    }

    /** This process's nice value (a candidate may raise it; the agent compares it with the first answer's). */
    private static String nice() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * Compiles the probe {@code times} times with the test command's class path, keeping nothing it writes; false if
     * a compile failed (then only speed is lost).
     */
    private static boolean warmUp(JavaCompiler javac, List<String> probe, int times) {
        String junit = System.getenv().getOrDefault("JUNIT_JAR", "junit.jar");
        String cp = junit + ":" + Path.of(junit).resolveSibling(JavaJars.ASSERTJ_FILE); // a constant: no class needed in the image
        boolean ok = true;
        for (int i = 0; i < times; i++) {
            try (var files = new NullOutput(javac.getStandardFileManager(null, null, StandardCharsets.UTF_8))) {
                var units = files.getJavaFileObjectsFromStrings(probe);
                ok = javac.getTask(java.io.Writer.nullWriter(), files, d -> { }, List.of("-proc:none", "-nowarn", "-cp", cp),
                        null, units).call();
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return ok;
    }

    /** A file manager whose class files go nowhere: the warm-up writes nothing a snapshot of the container could see. */
    private static final class NullOutput extends javax.tools.ForwardingJavaFileManager<javax.tools.StandardJavaFileManager> {
        NullOutput(javax.tools.StandardJavaFileManager files) {
            super(files);
        }

        Iterable<? extends javax.tools.JavaFileObject> getJavaFileObjectsFromStrings(List<String> names) {
            return fileManager.getJavaFileObjectsFromStrings(names);
        }

        @Override
        public javax.tools.JavaFileObject getJavaFileForOutput(Location location, String className,
                                                               javax.tools.JavaFileObject.Kind kind,
                                                               javax.tools.FileObject sibling) {
            return new javax.tools.SimpleJavaFileObject(java.net.URI.create("mem:///" + className.replace('.', '/')
                    + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return OutputStream.nullOutputStream();
                }
            };
        }
    }

    /**
     * This class and its nested classes as a jar (they may use the JDK only: nothing else of Ratchet's is in the image) (fixed entry times: the same classes make the same bytes, so the
     * image's recipe hash changes only when the worker does), for the Java image.
     */
    static Path containerJar(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve("ratchet-javac-worker.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            List<Class<?>> classes = new ArrayList<>(List.of(JavacWorker.class.getNestMembers()));
            classes.sort(java.util.Comparator.comparing(Class::getName));
            for (Class<?> c : classes) {
                String name = c.getName().replace('.', '/') + ".class";
                try (InputStream in = JavacWorker.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) throw new IOException(name + " missing from the classpath");
                    var entry = new java.util.jar.JarEntry(name);
                    entry.setTime(0);
                    out.putNextEntry(entry);
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    /** The bash client, for the Java image (the same the local sandboxes use). */
    static Path containerClient(Path dir) throws IOException {
        return installClient(dir);
    }

    private static String resolveList(String list, Path cwd) {
        List<String> parts = new ArrayList<>();
        for (String p : list.split(java.io.File.pathSeparator, -1)) parts.add(p.isEmpty() ? cwd.toString() : cwd.resolve(p).toString());
        return String.join(java.io.File.pathSeparator, parts);
    }

    private static String readLine(InputStream in) throws IOException {
        return readUntil(in, '\n');
    }

    private static String readUntil(InputStream in, int end) throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != end; b = in.read()) {
            if (b < 0) throw new IOException("request ended early");
            if (bytes.size() > 64 * 1024) throw new IOException("argument too long");
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Writes the client script under a name that changes with its content, so updates never clash. */
    private static Path installClient(Path dir) throws IOException {
        byte[] script;
        try (InputStream in = JavacWorker.class.getResourceAsStream("ratchet-javac.sh")) {
            if (in == null) throw new IOException("ratchet-javac.sh missing from the classpath");
            script = in.readAllBytes();
        }
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script), 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(dir);
        Path client = dir.resolve("ratchet-javac-" + hash + ".sh");
        if (Files.isExecutable(client)) return client;
        Path tmp = Files.createTempFile(dir, ".ratchet-javac-", ".sh");
        Files.write(tmp, script);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.move(tmp, client, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return client;
    }
}
