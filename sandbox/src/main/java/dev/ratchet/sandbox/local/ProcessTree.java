package dev.ratchet.sandbox.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Kills a command together with everything it started. Commands are started through {@code setsid},
 * so the child leads a new process group whose id is its pid; killing the group reaches background
 * processes even after they were orphaned, and {@link ProcessHandle#descendants()} catches children
 * that moved to another group but are still in the tree.
 */
final class ProcessTree {

    private final Optional<Path> setsid;
    private final Optional<Path> kill;
    private final UnaryOperator<List<String>> confinement;

    private ProcessTree(Optional<Path> setsid, Optional<Path> kill, UnaryOperator<List<String>> confinement) {
        this.setsid = setsid;
        this.kill = kill;
        this.confinement = confinement;
    }

    /** Finds setsid and kill on the host PATH; without them, only descendants are killed. */
    static ProcessTree onHost() {
        var path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return new ProcessTree(CommandLookup.find("setsid", path, Path.of("/")),
                CommandLookup.find("kill", path, Path.of("/")), UnaryOperator.identity());
    }

    /** The same, with every command run through {@code confinement} (e.g. a bubblewrap jail) inside the group. */
    ProcessTree within(UnaryOperator<List<String>> confinement) {
        return new ProcessTree(setsid, kill, confinement);
    }

    /** argv prefixed so that the command leads its own process group (and session). */
    List<String> wrap(List<String> command) {
        var argv = confinement.apply(command);
        if (setsid.isEmpty()) return argv;
        var wrapped = new java.util.ArrayList<String>(argv.size() + 2);
        wrapped.add(setsid.get().toString());
        // --wait: if setsid ever has to fork, it still exits only when the command does, with its status.
        wrapped.add("--wait");
        wrapped.addAll(argv);
        return wrapped;
    }

    /** Kills the process, its process group and all its current descendants. */
    void killAll(Process process) {
        // Snapshot first: once the parents die, the children are re-parented and no longer descendants.
        var descendants = process.descendants().toList();
        killGroup(process.pid());
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * Kills what is left of the group after the leader has exited. Safe even then: Linux does not
     * reuse a pid while a process group with that id still exists.
     */
    void killGroup(long pgid) {
        if (setsid.isEmpty() || kill.isEmpty()) return;
        try {
            var killer = new ProcessBuilder(kill.get().toString(), "-KILL", "--", "-" + pgid)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            // A non-zero exit just means the group is already empty.
            if (!killer.waitFor(5, TimeUnit.SECONDS)) killer.destroyForcibly();
        } catch (IOException e) {
            // Could not run kill: descendants are still killed by the caller.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
