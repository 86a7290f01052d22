package dev.ratchet.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.ratchet.sandbox.SandboxException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/**
 * Finding the Docker daemon, the way Testcontainers does ({@code DOCKER_HOST}, then the usual
 * sockets). Ryuk must be off ({@code TESTCONTAINERS_RYUK_DISABLED=true}; its image cannot be pulled
 * here): Ratchet labels and sweeps its own containers instead.
 */
public final class DockerDaemon {

    private DockerDaemon() {}

    /** Why Docker cannot be used, or empty when the daemon answers. */
    public static Optional<String> unavailableReason() {
        try {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                DockerClientFactory.instance().client().pingCmd().exec();
                return Optional.empty();
            }
            return Optional.of("daemon not reachable");
        } catch (RuntimeException e) {
            return Optional.of("daemon not reachable (" + ContainerLauncher.oneLine(e) + ")");
        }
    }

    static DockerClient client() {
        var reason = unavailableReason();
        if (reason.isPresent()) throw new SandboxException("docker: " + reason.get());
        return DockerClientFactory.instance().client();
    }

    /** The images among {@code names} that the daemon does not have. */
    public static List<String> missingImages(Collection<String> names) {
        var client = client();
        return names.stream().filter(name -> !hasImage(client, name)).sorted().toList();
    }

    /** Each image's id (sha256:…), so a run records exactly which images graded it; names without an image are left out. */
    public static java.util.Map<String, String> imageIds(Collection<String> names) {
        var client = client();
        var ids = new java.util.TreeMap<String, String>();
        for (String name : names) {
            if (name == null || name.isBlank()) continue;
            try {
                ids.put(name, client.inspectImageCmd(name).exec().getId());
            } catch (NotFoundException e) {
                // absent: the sandbox would have refused to start, nothing to record
            }
        }
        return ids;
    }

    static boolean hasImage(DockerClient client, String name) {
        try {
            client.inspectImageCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
