package dev.ratchet.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import java.util.Objects;

/**
 * Makes {@link DockerSandbox}es, one container each. Creating the factory sweeps the containers that
 * dead Ratchet JVMs left behind; a shutdown hook removes this JVM's own.
 */
public final class DockerSandboxFactory implements SandboxFactory {

    public static final String KIND = "docker";

    private final DockerClient client;
    private final DockerSandboxOptions options;
    private final ContainerJanitor janitor;
    private final String run;

    private DockerSandboxFactory(DockerClient client, DockerSandboxOptions options, String run) {
        this.client = client;
        this.options = Objects.requireNonNull(options, "options");
        this.run = Objects.requireNonNull(run, "run");
        this.janitor = new ContainerJanitor(client);
        janitor.sweepDead();
    }

    /** Connects to the Docker daemon; throws {@link dev.ratchet.sandbox.SandboxException} when it does not answer. */
    public static DockerSandboxFactory connect(DockerSandboxOptions options, String run) {
        return new DockerSandboxFactory(DockerDaemon.client(), options, run);
    }

    public static DockerSandboxFactory connect() {
        return connect(DockerSandboxOptions.defaults(), "pid-" + ProcessHandle.current().pid());
    }

    public DockerSandboxOptions options() {
        return options;
    }

    @Override
    public DockerSandbox create(SandboxSpec spec) {
        return DockerSandbox.start(client, janitor, new ContainerLauncher.Launch(spec, options, run));
    }

    /** A container with an empty workspace and no pristine commit, for {@link WarmContainerPool}. */
    DockerSandbox startEmpty(SandboxSpec spec) {
        return DockerSandbox.startEmpty(client, janitor, new ContainerLauncher.Launch(spec, options, run));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Removes labelled containers of dead JVMs; returns how many. */
    public int sweep() {
        return janitor.sweepDead();
    }
}
