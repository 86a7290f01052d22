package dev.ratchet.sandbox.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs a local sandbox's commands inside bubblewrap ({@code bwrap}): new user, PID, network, IPC and UTS
 * namespaces, no capabilities (bwrap keeps them when started by root unless told not to), no nested user
 * namespaces, and a file system built from an allow-list rather than the host's:
 * <ul>
 *   <li>the system directories ({@code /usr}, {@code /etc}, {@code /opt}, …) read-only;</li>
 *   <li>the toolchain the commands' environment names, read-only: every {@code PATH} directory (with its
 *       installation prefix when it is a {@code bin} beside a {@code lib}, as for a pyenv Python) and every
 *       absolute path in a variable's value ({@code JUNIT_JAR}, {@code RUSTUP_HOME}, class-data archives);</li>
 *   <li>the workspace at {@code /sandbox/workspace}, the sandbox's private home at {@code /sandbox/home} and its
 *       private temp directory at {@code /tmp} and {@code /var/tmp}, writable; everything else is read-only.</li>
 * </ul>
 * So the home directory, the scratch directory (other sandboxes, the grader's hidden tests), the suite and the
 * run directory are not there at all, {@code /proc} shows only the jail's processes (not Ratchet's command
 * line), and when the command exits, bwrap's PID 1 exits and the kernel kills whatever it left behind, even
 * a {@code setsid} daemon. {@code --die-with-parent} does the same if Ratchet dies.
 *
 * <p>No network also means no loopback to Ratchet: the warm javac client ({@code ratchet-javac.sh}) finds
 * its connection refused and runs the real javac, so Java runs are slower here, never different.
 */
final class BubblewrapJail implements UnaryOperator<List<String>> {

    private static final List<String> SYSTEM = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64",
            "/libx32", "/etc", "/opt");
    private static final List<String> NAMESPACES = List.of("--unshare-user", "--disable-userns", "--unshare-pid",
            "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try", "--cap-drop", "ALL",
            "--die-with-parent", "--new-session", "--hostname", "sandbox");
    private static final Map<Path, Boolean> WORKS = new ConcurrentHashMap<>();

    /**
     * Where the jail shows the sandbox's own directories, as the Docker sandbox does: not at their host paths,
     * whose parents (the scratch directory, often below {@code /tmp}) would otherwise appear as writable stubs.
     */
    static final Path WORKSPACE = Path.of("/sandbox/workspace");
    static final Path HOME = Path.of("/sandbox/home");
    static final Path TMP = Path.of("/tmp");

    /**
     * Where one sandbox lives on the host (real paths: its workspace, home and temp directories). No read-only
     * bind may contain the scratch directory or lie in a sandbox there (a grader's has the hidden tests), nor
     * contain the user's home directory (a toolchain inside it is fine).
     */
    record Layout(Path workspace, Path home, Path tmp, Path scratch, Path userHome) {}

    private final List<String> prefix;

    private BubblewrapJail(List<String> prefix) {
        this.prefix = List.copyOf(prefix);
    }

    /** A bwrap on {@code path} that can make the namespaces this needs (a container may forbid them). */
    static Optional<Path> find(String path) {
        return CommandLookup.find("bwrap", path, Path.of("/")).filter(bwrap -> WORKS.computeIfAbsent(bwrap, BubblewrapJail::probe));
    }

    private static boolean probe(Path bwrap) {
        var argv = new ArrayList<String>();
        argv.add(bwrap.toString());
        argv.addAll(NAMESPACES);
        argv.addAll(List.of("--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "true"));
        try {
            var p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The jail for one sandbox whose commands get {@code env}. */
    static BubblewrapJail of(Path bwrap, Layout layout, Map<String, String> env) {
        var args = new ArrayList<String>();
        args.add(bwrap.toString());
        args.addAll(NAMESPACES);
        for (var dir : SYSTEM) bind(args, "--ro-bind-try", Path.of(dir), Path.of(dir));
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        // Target → (source, writable), parents before children, or a later bind would hide an earlier one below it.
        var mounts = new TreeMap<Path, Map.Entry<Path, Boolean>>();
        var toolchain = toolchain(env, layout);
        mounts.put(Path.of("/tmp"), Map.entry(layout.tmp(), true));
        mounts.put(Path.of("/var/tmp"), Map.entry(layout.tmp(), true));
        mounts.put(HOME, Map.entry(layout.home(), true));
        mounts.put(WORKSPACE, Map.entry(layout.workspace(), true));
        toolchain.forEach((target, source) -> {
            if (target.equals(source)) mounts.put(target, Map.entry(source, false));
        });
        mounts.forEach((target, source) -> bind(args, source.getValue() ? "--bind" : "--ro-bind", source.getKey(), target));
        // A symlinked toolchain path stays a symlink (so '..' from it means what it does on the host), unless
        // it is inside a bound directory already.
        toolchain.forEach((target, source) -> {
            if (!target.equals(source) && toolchain.entrySet().stream()
                    .noneMatch(e -> e.getKey().equals(e.getValue()) && target.startsWith(e.getKey()))) {
                bind(args, "--symlink", source, target);
            }
        });
        args.addAll(List.of("--remount-ro", "/", "--chdir", WORKSPACE.toString(), "--"));
        return new BubblewrapJail(args);
    }

    @Override
    public List<String> apply(List<String> argv) {
        var wrapped = new ArrayList<String>(prefix.size() + argv.size());
        wrapped.addAll(prefix);
        wrapped.addAll(argv);
        return wrapped;
    }

    /**
     * What the environment asks to see, path in the jail → its real path on the host: a real path is bound
     * read-only, a symlinked one (a different path) becomes the same symlink; minus anything that would reveal
     * a hidden directory.
     */
    static Map<Path, Path> toolchain(Map<String, String> env, Layout layout) {
        var named = new TreeSet<Path>();
        for (var dir : env.getOrDefault("PATH", "").split(":")) {
            if (absolute(dir).filter(Files::isDirectory).isEmpty()) continue;
            named.add(Path.of(dir).normalize());
            real(Path.of(dir)).filter(BubblewrapJail::isInstallation).ifPresent(bin -> named.add(bin.getParent()));
        }
        for (var value : env.values()) {
            for (var token : value.split("[\\s:=,]+")) absolute(token).ifPresent(named::add);
        }
        var binds = new TreeMap<Path, Path>();
        for (var target : named) {
            var source = real(target).orElse(null);
            if (source == null || reveals(source, layout)) continue;
            if (!inSystem(source)) binds.putIfAbsent(source, source);
            // A symlink in the system directories already leads to the bind above; elsewhere it needs one of its own.
            if (!target.equals(source) && !inSystem(target) && !reveals(target, layout)) binds.put(target, source);
        }
        return binds;
    }

    private static boolean inSystem(Path p) {
        return SYSTEM.stream().anyMatch(s -> p.startsWith(s));
    }

    private static Optional<Path> absolute(String path) {
        if (!path.startsWith("/")) return Optional.empty();
        try {
            var p = Path.of(path).normalize();
            return Files.exists(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * A {@code bin} or {@code shims} directory beside a {@code lib} or {@code libexec}: the programs in it need
     * the rest of their installation (a pyenv Python its {@code ../lib}, a pyenv shim {@code ../libexec}).
     */
    private static boolean isInstallation(Path dir) {
        var name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        var parent = dir.getParent();
        return (name.equals("bin") || name.equals("shims")) && parent != null
                && (Files.isDirectory(parent.resolve("lib")) || Files.isDirectory(parent.resolve("libexec")));
    }

    /** True if binding {@code p} would show the home directory, the scratch directory or a sandbox in it. */
    private static boolean reveals(Path p, Layout layout) {
        if (p.getParent() == null || layout.scratch().startsWith(p) || layout.userHome().startsWith(p)) return true;
        return p.startsWith(layout.scratch()) && p.getNameCount() > layout.scratch().getNameCount()
                && p.getName(layout.scratch().getNameCount()).toString().startsWith("ratchet-");
    }

    private static Optional<Path> real(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void bind(List<String> args, String how, Path source, Path target) {
        args.add(how);
        args.add(source.toString());
        args.add(target.toString());
    }
}
