package dev.ratchet.sandbox.docker;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.WorkspacePath;
import dev.ratchet.sandbox.WorkspaceEscapeException;
import dev.ratchet.sandbox.WorkspacePathException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Confines workspace-relative paths to the container's workspace. '..' is resolved lexically on the
 * host; symlinks are resolved inside the container (where they point) by {@code paths.sh}, and the
 * real path must stay below the workspace.
 */
final class ContainerPaths {

    static final String ROOT = ContainerLauncher.WORKSPACE;
    private static final String SCRIPT = load();
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private final BiFunction<List<String>, Duration, ExecResult> exec;

    ContainerPaths(BiFunction<List<String>, Duration, ExecResult> exec) {
        this.exec = exec;
    }

    /** The real container path of an existing regular file. */
    String forRead(String path) {
        var probe = probe("read", path);
        return switch (probe.status()) {
            case "ok" -> probe.rest();
            case "dir" -> throw new WorkspacePathException("no such file: " + path + " (it is a directory)");
            case "missing" -> throw new WorkspacePathException("no such file: " + path);
            default -> throw refused(probe.status(), path, "read");
        };
    }

    /**
     * An existing regular file's content as text, read by one command; empty when it is larger than the
     * command's output cap (read it through the archive API then).
     */
    java.util.Optional<String> text(String path) {
        var result = exec.apply(List.of("sh", "-c", SCRIPT, "paths", "text", ROOT, WorkspacePath.normalize(path)), PROBE_TIMEOUT);
        if (result.exitCode() != 0) {
            throw new SandboxException("cannot read " + path + " in the container: " + result.combinedOutput().strip());
        }
        if (result.truncated()) return java.util.Optional.empty();
        var out = result.stdout();
        int nl = out.indexOf('\n');
        String status = nl < 0 ? out.strip() : out.substring(0, nl);
        return switch (status) {
            case "ok" -> java.util.Optional.of(out.substring(nl + 1));
            case "dir" -> throw new WorkspacePathException("no such file: " + path + " (it is a directory)");
            case "missing" -> throw new WorkspacePathException("no such file: " + path);
            default -> throw refused(status, path, "read");
        };
    }

    /** The real container path to write {@code path} to; its parent directories now exist. */
    String forWrite(String path) {
        var probe = probe("write", path);
        return switch (probe.status()) {
            case "ok" -> probe.rest();
            default -> throw refused(probe.status(), path, "write");
        };
    }

    void delete(String path) {
        var probe = probe("delete", path);
        if (!probe.status().equals("ok")) throw refused(probe.status(), path, "delete");
    }

    /** Workspace-relative paths of the regular files below {@code dir}, sorted. */
    List<String> list(String dir) {
        var files = new ArrayList<String>();
        for (var p : listing("list", dir)) {
            if (p.startsWith(ROOT + "/")) files.add(p.substring(ROOT.length() + 1));
        }
        files.sort(null);
        return files;
    }

    /** What {@link #list} lists, each with the SHA-1 of its content, computed in the container in one command. */
    SortedMap<String, String> digests(String dir) {
        var digests = new TreeMap<String, String>();
        for (var line : listing("digest", dir)) {
            // sha1sum -z: 40 hex digits, two spaces, the path as given
            if (line.length() > 42 && line.startsWith(ROOT + "/", 42)) {
                digests.put(line.substring(42 + ROOT.length() + 1), line.substring(0, 40));
            }
        }
        return digests;
    }

    private String[] listing(String mode, String dir) {
        var probe = probe(mode, dir);
        if (probe.status().equals("notdir")) throw new WorkspacePathException("not a directory: " + dir);
        if (!probe.status().equals("ok")) throw refused(probe.status(), dir, "list");
        return probe.rest().split("\0");
    }

    private record Probe(String status, String rest) {}

    private Probe probe(String mode, String path) {
        var rel = WorkspacePath.normalize(path);
        var result = exec.apply(List.of("sh", "-c", SCRIPT, "paths", mode, ROOT, rel), PROBE_TIMEOUT);
        if (result.exitCode() != 0 || result.truncated()) {
            throw new SandboxException("cannot check path " + path + " in the container: " + result.combinedOutput().strip());
        }
        var out = result.stdout();
        int nl = out.indexOf('\n');
        return nl < 0 ? new Probe(out.strip(), "") : new Probe(out.substring(0, nl), out.substring(nl + 1));
    }

    private static WorkspacePathException refused(String status, String path, String verb) {
        if (status.equals("escape")) return new WorkspaceEscapeException("path escapes the workspace through a symlink: " + path);
        return new WorkspacePathException(switch (status) {
            case "escape" -> "path escapes the workspace through a symlink: " + path;
            case "dir" -> "cannot " + verb + " " + path + ": it is a directory";
            case "broken" -> "cannot " + verb + " " + path + ": it is a broken symlink";
            case "notdir" -> "cannot " + verb + " " + path + ": a parent is not a directory";
            case "missing" -> "no such directory: " + path;
            case "denied" -> "cannot " + verb + " " + path + ": permission denied";
            default -> "cannot " + verb + " " + path + ": " + status;
        });
    }

    private static String load() {
        try (InputStream in = ContainerPaths.class.getResourceAsStream("paths.sh")) {
            if (in == null) throw new IllegalStateException("paths.sh missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
