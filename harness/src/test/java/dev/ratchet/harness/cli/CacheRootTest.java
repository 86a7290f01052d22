package dev.ratchet.harness.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CacheRootTest {
    @Test
    void propertyWinsOverEnvironmentWhichWinsOverHome() {
        assertThat(CacheRoot.dir("/p", "/e", "/home/u")).isEqualTo(Path.of("/p"));
        assertThat(CacheRoot.dir(null, "/e", "/home/u")).isEqualTo(Path.of("/e"));
        assertThat(CacheRoot.dir(" ", "", "/home/u")).isEqualTo(Path.of("/home/u/.cache/ratchet"));
    }
}
