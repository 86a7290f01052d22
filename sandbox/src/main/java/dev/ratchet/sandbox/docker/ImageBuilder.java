package dev.ratchet.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import dev.ratchet.sandbox.SandboxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * Builds images without a registry: a minimal Debian root file system made by {@code debootstrap} and
 * imported, a base with the apt sources and environment every image shares, then the layers it is handed
 * (what each language needs is not known here). Every image is tagged with the hash of its recipe, so a
 * second build finds them all and does nothing.
 */
public final class ImageBuilder {

    /**
     * Where packages come from: the mirror, the release debootstrap installs and the suites the base's apt
     * sources list (e.g. {@code trixie trixie-updates trixie-backports}); {@code scratch} is where debootstrap works.
     */
    public record Settings(String mirror, String suite, List<String> aptSuites, Path scratch) {
        public Settings {
            aptSuites = List.copyOf(aptSuites);
        }
    }

    /** What {@link #build} does about {@code :latest}: point it at each image, or leave it (try new images first). */
    public enum Latest { MOVE, KEEP }

    public record Outcome(ImageRecipe recipe, boolean built, Duration took) {}

    /** The sandbox agent needs python3; reset needs git; procps gives ps/kill to agents. */
    private static final String INCLUDE = "python3,git,procps";
    private static final String RECIPE_VERSION = "2";

    /** A file of extra CA certificates in every layer's build context (a TLS-intercepting proxy); empty when none. */
    public static final String CA_FILE = "build-ca.crt";

    private final DockerClient client;
    private final Consumer<String> log;

    private ImageBuilder(DockerClient client, Consumer<String> log) {
        this.client = client;
        this.log = log;
    }

    public static ImageBuilder connect(Consumer<String> log) {
        return new ImageBuilder(DockerDaemon.client(), log);
    }

    /** Builds what is missing of rootfs, base and the layers; one outcome each, in that order. */
    public List<Outcome> build(Settings s, List<ImageLayer> layers, Latest latest) {
        var outcomes = new ArrayList<Outcome>();
        var rootfs = new ImageRecipe("ratchet/rootfs", ImageRecipe.hashOf(RECIPE_VERSION, s.suite(), s.mirror(), INCLUDE));
        outcomes.add(ensure(rootfs, latest, () -> importRootfs(rootfs, s)));
        var base = layer(new ImageLayer("ratchet/base", baseInstructions(s), List.of()), rootfs, s, latest);
        outcomes.add(base);
        for (ImageLayer l : layers) outcomes.add(layer(l, base.recipe(), s, latest));
        return outcomes;
    }

    /** The recipe each layer would get, without building anything (its hash names the base's). */
    public static List<ImageRecipe> recipes(Settings s, List<ImageLayer> layers) {
        var rootfs = new ImageRecipe("ratchet/rootfs", ImageRecipe.hashOf(RECIPE_VERSION, s.suite(), s.mirror(), INCLUDE));
        var base = recipe(new ImageLayer("ratchet/base", baseInstructions(s), List.of()), rootfs);
        var all = new ArrayList<>(List.of(rootfs, base));
        for (ImageLayer l : layers) all.add(recipe(l, base));
        return all;
    }

    /**
     * apt sources for every suite named (deb822; debootstrap wrote only the release itself). Backports are
     * {@code NotAutomatic}: a layer takes a package from there only when it asks ({@code apt-get install -t}).
     */
    private static String baseInstructions(Settings s) {
        String sources = "Types: deb\\nURIs: " + s.mirror() + "\\nSuites: " + String.join(" ", s.aptSuites())
                + "\\nComponents: main\\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\\n";
        return """
                RUN rm -f /etc/apt/sources.list && printf '%s' > /etc/apt/sources.list.d/debian.sources
                ENV LANG=C.UTF-8 HOME=/tmp PYTHONDONTWRITEBYTECODE=1 DEBIAN_FRONTEND=noninteractive
                """.formatted(sources);
    }

    private static String dockerfile(ImageLayer layer, ImageRecipe parent) {
        String body = layer.instructions().endsWith("\n") ? layer.instructions() : layer.instructions() + "\n";
        return "FROM " + parent.tagged() + "\n" + body;
    }

    /** The hash covers the Dockerfile (whose FROM names the parent's hash) and each context file's name and content. */
    private static ImageRecipe recipe(ImageLayer layer, ImageRecipe parent) {
        String files = layer.files().stream().map(f -> f.getFileName() + "=" + sha256(f)).collect(Collectors.joining(","));
        return new ImageRecipe(layer.repository(), ImageRecipe.hashOf(RECIPE_VERSION, dockerfile(layer, parent), files));
    }

    private Outcome layer(ImageLayer layer, ImageRecipe parent, Settings s, Latest latest) {
        var recipe = recipe(layer, parent);
        var text = dockerfile(layer, parent) + "LABEL " + ImageRecipe.LABEL + "=" + recipe.hash() + "\n";
        return ensure(recipe, latest, () -> {
            var image = new ImageFromDockerfile(recipe.tagged(), false).withFileFromString("Dockerfile", text)
                    .withFileFromPath(CA_FILE, caBundle(s.scratch()));
            for (Path f : layer.files()) image = image.withFileFromPath(f.getFileName().toString(), f);
            image.get();
        });
    }

    private Outcome ensure(ImageRecipe recipe, Latest latest, Runnable build) {
        long start = System.nanoTime();
        boolean missing = !DockerDaemon.hasImage(client, recipe.tagged());
        if (missing) {
            log.accept("building " + recipe.tagged() + " …");
            build.run();
        }
        if (latest == Latest.MOVE) client.tagImageCmd(recipe.tagged(), recipe.repository(), "latest").withForce().exec();
        var took = Duration.ofNanos(System.nanoTime() - start);
        log.accept((missing ? "built    " : "present  ") + recipe.tagged()
                + (latest == Latest.MOVE ? " → " + recipe.latest() : " (:latest unchanged)")
                + (missing ? " in " + took.toSeconds() + " s" : ""));
        return new Outcome(recipe, missing, took);
    }

    /** The host's trust store, so a build step that goes online works behind a TLS-inspecting proxy the host trusts. */
    private static Path caBundle(Path scratch) {
        Path ca = scratch.resolve(CA_FILE);
        try {
            Files.createDirectories(scratch);
            var bundle = Stream.of(System.getenv("NODE_EXTRA_CA_CERTS"), System.getenv("SSL_CERT_FILE"),
                            "/etc/ssl/certs/ca-certificates.crt")
                    .filter(Objects::nonNull).map(Path::of).filter(Files::isRegularFile).findFirst();
            if (bundle.isPresent()) {
                Files.copy(bundle.get(), ca, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.writeString(ca, "");
            }
            return ca;
        } catch (IOException e) {
            throw new SandboxException("cannot write " + ca + ": " + e.getMessage(), e);
        }
    }

    /** debootstrap into a scratch directory, tar it, {@code docker import} the tar. */
    private void importRootfs(ImageRecipe recipe, Settings s) {
        Path dir = null;
        try {
            Files.createDirectories(s.scratch());
            dir = Files.createTempDirectory(s.scratch(), "rootfs-");
            var logFile = s.scratch().resolve("debootstrap.log");
            log.accept("debootstrap " + s.suite() + " from " + s.mirror() + " (about a minute or two; log: " + logFile + ")");
            var boot = new ProcessBuilder("debootstrap", "--variant=minbase", "--include=" + INCLUDE, s.suite(),
                    dir.toString(), s.mirror()).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            if (boot.waitFor() != 0) {
                var lines = Files.readAllLines(logFile);
                throw new SandboxException("debootstrap failed (needs root and the debootstrap package): "
                        + (lines.isEmpty() ? "no output" : lines.get(lines.size() - 1)));
            }
            // The docker CLI, not the API: docker-java's import of a large stream ends in "unexpected EOF".
            var tarFile = s.scratch().resolve(recipe.hash() + ".tar");
            run(List.of("tar", "--numeric-owner", "-C", dir.toString(), "-cf", tarFile.toString(), "."), "tar");
            try {
                run(List.of("docker", "import", "--change", "LABEL " + ImageRecipe.LABEL + "=" + recipe.hash(),
                        tarFile.toString(), recipe.tagged()), "docker import");
            } finally {
                Files.deleteIfExists(tarFile);
            }
        } catch (IOException e) {
            throw new SandboxException("cannot build " + recipe.tagged() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while building " + recipe.tagged(), e);
        } finally {
            if (dir != null) removeTree(dir);
        }
    }

    private static void run(List<String> command, String what) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new SandboxException(what + " failed: " + output.lines().reduce((a, b) -> b).orElse("no output"));
        }
    }

    private static void removeTree(Path dir) {
        try {
            // Device nodes and root-owned files: rm handles them where Files.delete would need special cases.
            new ProcessBuilder("rm", "-rf", "--one-file-system", dir.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            // A leftover scratch dir costs disk, not correctness.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha256(Path file) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new SandboxException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
