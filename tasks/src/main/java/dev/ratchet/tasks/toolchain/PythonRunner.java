package dev.ratchet.tasks.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of Ratchet's Python test runner (resource {@code ratchet_tests.py}), run with {@code python3 -I -c}. */
final class PythonRunner {
    private PythonRunner() {}

    static final String SOURCE = load();

    private static String load() {
        try (InputStream in = PythonRunner.class.getResourceAsStream("ratchet_tests.py")) {
            if (in == null) throw new IllegalStateException("ratchet_tests.py missing from the tasks jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
