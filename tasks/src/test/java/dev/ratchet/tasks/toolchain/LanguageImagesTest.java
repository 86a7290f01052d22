package dev.ratchet.tasks.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratchet.sandbox.docker.ImageBuilder;
import dev.ratchet.sandbox.docker.ImageLayer;
import dev.ratchet.sandbox.docker.ImageRecipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recipes' hashes: what `images build` compares to decide that an image is up to date. */
class LanguageImagesTest {
    @TempDir Path dir;

    private ImageBuilder.Settings settings(String mirror, List<String> suites) {
        return new ImageBuilder.Settings(mirror, LanguageImages.SUITE, suites, dir.resolve("scratch"));
    }

    private Path jar(String content) throws IOException {
        Path jar = Files.createDirectories(dir.resolve(content)).resolve("junit-platform-console-standalone.jar");
        Files.writeString(jar, content);
        return jar;
    }

    private static Map<String, String> hashes(ImageBuilder.Settings s, List<ImageLayer> layers) {
        return ImageBuilder.recipes(s, layers).stream().collect(Collectors.toMap(ImageRecipe::repository, ImageRecipe::hash));
    }

    @Test
    void everyLanguageWithATestCommandHasAnImageAndItsDefaultIsThatImage() throws IOException {
        var layers = LanguageImages.layers(Languages.known(), jar("a"));
        assertThat(layers).extracting(ImageLayer::repository)
                .containsExactlyElementsOf(Languages.known().stream().map(l -> "ratchet/" + l).toList());
        for (String language : Languages.known()) {
            assertThat(Languages.defaults(language).orElseThrow().image()).isEqualTo(LanguageImages.latest(language));
        }
    }

    @Test
    void sameRecipeSameHashes() throws IOException {
        var s = settings("http://deb.example/debian", LanguageImages.APT_SUITES);
        assertThat(hashes(s, LanguageImages.layers(Languages.known(), jar("a"))))
                .hasSize(2 + Languages.known().size())
                .isEqualTo(hashes(s, LanguageImages.layers(Languages.known(), jar("a"))));
    }

    @Test
    void aChangedJarChangesOnlyTheJavaImage() throws IOException {
        var s = settings("http://deb.example/debian", LanguageImages.APT_SUITES);
        var before = hashes(s, LanguageImages.layers(Languages.known(), jar("a")));
        var after = hashes(s, LanguageImages.layers(Languages.known(), jar("b")));
        assertThat(after).hasSameSizeAs(before);
        after.forEach((repo, hash) -> {
            if (repo.equals("ratchet/java")) assertThat(hash).as(repo).isNotEqualTo(before.get(repo));
            else assertThat(hash).as(repo).isEqualTo(before.get(repo));
        });
    }

    @Test
    void changedAptSourcesChangeTheBaseAndEveryLayerButNotTheRootFileSystem() throws IOException {
        var layers = LanguageImages.layers(Languages.known(), jar("a"));
        var before = hashes(settings("http://deb.example/debian", LanguageImages.APT_SUITES), layers);
        var after = hashes(settings("http://deb.example/debian", List.of(LanguageImages.SUITE)), layers);
        after.forEach((repo, hash) -> {
            if (repo.equals("ratchet/rootfs")) assertThat(hash).as(repo).isEqualTo(before.get(repo));
            else assertThat(hash).as(repo).isNotEqualTo(before.get(repo));
        });
    }

    @Test
    void aChangedLayerChangesOnlyItsOwnHash() throws IOException {
        var s = settings("http://deb.example/debian", LanguageImages.APT_SUITES);
        var layers = LanguageImages.layers(Languages.known(), jar("a"));
        var edited = layers.stream().map(l -> l.repository().equals("ratchet/go")
                ? new ImageLayer(l.repository(), l.instructions() + "ENV GOFLAGS=-mod=vendor\n", l.files()) : l).toList();
        var before = hashes(s, layers);
        var after = hashes(s, edited);
        after.forEach((repo, hash) -> {
            if (repo.equals("ratchet/go")) assertThat(hash).as(repo).isNotEqualTo(before.get(repo));
            else assertThat(hash).as(repo).isEqualTo(before.get(repo));
        });
    }
}
