package dev.ratchet.harness.cli;

import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.docker.AptMirror;
import dev.ratchet.sandbox.docker.ImageBuilder;
import dev.ratchet.tasks.toolchain.JavaJars;
import dev.ratchet.tasks.toolchain.LanguageImages;
import dev.ratchet.tasks.toolchain.Languages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ratchet images build}: the Docker sandbox's images, made locally (no registry needed). */
@Command(name = "images", mixinStandardHelpOptions = true, description = "Build the Docker sandbox's images.",
        subcommands = {ImagesCommand.Build.class})
final class ImagesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build ratchet/base and ratchet/<language> for python, java, go, rust, javascript and cpp "
                    + "on Debian " + LanguageImages.SUITE + " (debootstrap + docker import, then Dockerfile layers); "
                    + "images whose recipe is unchanged are kept, so a second build does nothing.")
    static final class Build implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--mirror", description = "Debian mirror (default: the first one in this machine's apt sources)")
        String mirror;

        @Option(names = "--scratch", description = "where debootstrap works (default: a directory under the system temp dir)")
        Path scratch;

        @Option(names = "--languages", split = ",", paramLabel = "LANG",
                description = "build only these languages' images, e.g. python,java (default: all)")
        List<String> languages;

        @Option(names = "--keep-latest",
                description = "tag new images by recipe hash only and leave :latest where it is (try them before switching)")
        boolean keepLatest;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var settings = new ImageBuilder.Settings(mirror != null ? mirror : AptMirror.detect(Path.of("/etc")),
                    LanguageImages.SUITE, LanguageImages.APT_SUITES,
                    scratch != null ? scratch : Path.of(System.getProperty("java.io.tmpdir"), "ratchet-images"));
            List<String> chosen = languages == null || languages.isEmpty() ? Languages.known()
                    : languages.stream().map(String::strip).distinct().toList();
            var unknown = chosen.stream().filter(l -> !Languages.known().contains(l)).toList();
            if (!unknown.isEmpty()) {
                throw new UserError("no image for language(s) " + String.join(", ", unknown)
                        + " (known: " + String.join(", ", Languages.known()) + ")");
            }
            var layers = LanguageImages.layers(chosen, junitJar(chosen));
            try {
                var builder = ImageBuilder.connect(line -> { out.println(line); out.flush(); });
                var outcomes = builder.build(settings, layers, keepLatest ? ImageBuilder.Latest.KEEP : ImageBuilder.Latest.MOVE);
                long built = outcomes.stream().filter(ImageBuilder.Outcome::built).count();
                out.println(built == 0 ? "images up to date" : built + " image(s) built");
                return 0;
            } catch (SandboxException e) {
                throw new UserError(e.getMessage());
            }
        }

        /** Only the Java image needs the JUnit jar; a build of other languages works without it. */
        private static Path junitJar(List<String> chosen) {
            String prop = System.getProperty(JavaJars.PROPERTY);
            if (!chosen.contains("java")) return Path.of(prop == null ? "" : prop);
            if (prop == null) throw new UserError(JavaJars.PROPERTY + " is not set (run through ./ratchet)");
            return JavaJars.junit().orElseThrow(() -> new UserError(
                    "the JUnit console launcher is missing at " + prop + " (build the project first)"));
        }
    }
}
