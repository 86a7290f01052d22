package dev.ratchet.sandbox.docker;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;

/**
 * Gatekeeper for tests that need a real Docker daemon and Ratchet's images (every module's, through the sandbox
 * test-jar): they skip without them, unless {@code RATCHET_REQUIRE_DOCKER=1} (CI), where a missing daemon or
 * image is a failure.
 */
public final class DockerTestImages {

    /** The smallest image Ratchet builds; everything the contract needs (sh, coreutils, python3, git). */
    public static final String IMAGE = "ratchet/python:latest";

    private DockerTestImages() {}

    static void requireDocker() {
        require(IMAGE);
    }

    /** Returns when the daemon is up and every image exists; else skips (or fails, when required). */
    public static void require(String... images) {
        require(images.length == 0 ? List.of(IMAGE) : List.of(images), "run ./ratchet images build");
    }

    /** {@link #require(String...)} with the advice a missing image gets. */
    public static void require(List<String> images, String advice) {
        skipOrFail(DockerDaemon.unavailableReason().map(r -> "docker: " + r)
                .or(() -> DockerDaemon.missingImages(images).stream().findFirst()
                        .map(i -> "docker: image " + i + " missing (" + advice + ")")));
    }

    /** Skips the calling test for {@code problem}, or fails it when Docker is required. */
    public static void skipOrFail(Optional<String> problem) {
        if (problem.isEmpty()) return;
        if (required()) Assertions.fail(problem.get() + " — and RATCHET_REQUIRE_DOCKER is set");
        assumeTrue(false, problem.get());
    }

    public static boolean required() {
        var v = System.getenv("RATCHET_REQUIRE_DOCKER");
        return v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }
}
