package dev.ratchet.harness.cli;

import dev.ratchet.tasks.toolchain.HostEnvSandboxFactory;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.sandbox.local.LocalSandboxOptions;
import dev.ratchet.sandbox.local.LocalSandboxOptions.Isolation;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.DockerDaemon;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.sandbox.docker.WarmContainerPool;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/** The sandbox options of the commands that run tasks (a picocli mixin): which kind, and where local ones go. */
final class SandboxOptions {

    @Option(names = "--sandbox", defaultValue = "auto",
            description = "auto, docker, bwrap (the local sandbox inside bubblewrap) or local (default: ${DEFAULT-VALUE})")
    String choice;

    @Option(names = "--scratch", defaultValue = "${env:RATCHET_SCRATCH}",
            description = "directory the local sandboxes are made in (default: $RATCHET_SCRATCH, else the system temp"
                    + " directory); a tmpfs such as /dev/shm makes them cheaper, if there is memory for the workspaces")
    Path scratch;

    @Option(names = "--no-pool", description = "Docker: start a fresh container for every grade instead of reusing"
            + " warm ones that are scrubbed and checked between grades (docs/docker.md)")
    boolean noPool;

    /**
     * {@code auto} takes Docker when the daemon answers and has every image in {@code images}, else the local
     * sandbox in bubblewrap where that works, else the plain local sandbox, each time with a one-line notice
     * saying why (the last one warns that a hostile agent can cheat there); {@code docker} and {@code bwrap}
     * insist and fail with the reason.
     */
    SandboxFactory choose(Collection<String> images, Path cache, PrintWriter err) {
        return switch (choice) {
            case "local" -> local(cache, Isolation.PLAIN);
            case "bwrap" -> {
                if (!LocalSandboxFactory.bubblewrapWorks()) throw new UserError("--sandbox bwrap: " + NO_BWRAP);
                yield local(cache, Isolation.BWRAP);
            }
            case "docker" -> {
                var problem = dockerProblem(images);
                if (problem.isPresent()) throw new UserError("--sandbox docker: " + problem.get());
                yield docker();
            }
            case "auto" -> {
                var problem = dockerProblem(images);
                if (problem.isEmpty()) yield docker();
                if (LocalSandboxFactory.bubblewrapWorks()) {
                    err.println("docker: " + problem.get() + " — using the local sandbox in bubblewrap");
                    err.flush();
                    yield local(cache, Isolation.BWRAP);
                }
                err.println("docker: " + problem.get() + "; " + NO_BWRAP + " — using the plain local sandbox,"
                        + " where a hostile agent can read the hidden tests and cheat");
                err.flush();
                yield local(cache, Isolation.PLAIN);
            }
            default -> throw new UserError("unknown --sandbox '" + choice + "' (use auto, docker, bwrap or local)");
        };
    }

    /**
     * For Docker (unless {@code --no-pool}), warm containers for the one-shot sandboxes (grades, validation runs),
     * {@code size} per image, the first started now for {@code images}; empty otherwise. The caller closes it.
     */
    Optional<WarmContainerPool> pool(SandboxFactory chosen, int size, Collection<String> images) {
        if (noPool || !(chosen instanceof DockerSandboxFactory docker)) return Optional.empty();
        var pool = new WarmContainerPool(docker, size);
        pool.warm(images);
        return Optional.of(pool);
    }

    private static final String NO_BWRAP = "bubblewrap (bwrap) is missing or cannot make namespaces here";

    private SandboxFactory local(Path cache, Isolation isolation) {
        var options = LocalSandboxOptions.defaults().withIsolation(isolation);
        if (scratch != null && !scratch.toString().isEmpty()) { // an empty $RATCHET_SCRATCH is unset
            if (!Files.isDirectory(scratch)) throw new UserError("--scratch " + scratch + ": not a directory");
            if (!Files.isWritable(scratch)) throw new UserError("--scratch " + scratch + ": not writable");
            options = options.withScratch(scratch.toAbsolutePath());
        }
        return HostEnvSandboxFactory.wrap(new LocalSandboxFactory(options), cache.resolve("jvm"));
    }

    private static SandboxFactory docker() {
        try {
            return DockerSandboxFactory.connect();
        } catch (SandboxException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Why Docker can't run these images, or empty. */
    private static Optional<String> dockerProblem(Collection<String> images) {
        var reason = DockerDaemon.unavailableReason();
        if (reason.isPresent()) return reason;
        var wanted = new TreeSet<String>();
        images.stream().filter(i -> i != null && !i.isBlank()).forEach(wanted::add);
        var missing = DockerDaemon.missingImages(wanted);
        if (missing.isEmpty()) return Optional.empty();
        return Optional.of("image" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                + " missing (build them with ./ratchet images build)");
    }
}
