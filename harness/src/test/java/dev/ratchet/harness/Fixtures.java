package dev.ratchet.harness;

import dev.ratchet.tasks.toolchain.HostEnvSandboxFactory;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.results.TraceSink;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.YamlSuiteLoader;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The small test suite under src/test/resources/fixture, and sinks that keep events in memory. */
public final class Fixtures {
    private Fixtures() {}

    public static Suite suite() {
        try {
            return new YamlSuiteLoader().load(Path.of(Fixtures.class.getResource("/fixture/suite.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Task calc() {
        return suite().task("calc").orElseThrow();
    }

    public static SandboxFactory localSandboxes() {
        return HostEnvSandboxFactory.wrap(new LocalSandboxFactory(), dev.ratchet.harness.cli.CacheRoot.dir().resolve("jvm"));
    }

    /**
     * Docker sandboxes, once {@code images} exist; otherwise the calling test is skipped (failed under
     * {@code RATCHET_REQUIRE_DOCKER=1}).
     */
    public static SandboxFactory dockerSandboxes(String... images) {
        dev.ratchet.sandbox.docker.DockerTestImages.require(images);
        return dev.ratchet.sandbox.docker.DockerSandboxFactory.connect();
    }

    /** What {@code r} printed on stderr (tests run one at a time in a JVM, so System.err is theirs meanwhile). */
    public static String stderrOf(Runnable r) {
        java.io.PrintStream old = System.err;
        var buf = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A sink that keeps every event, for assertions. */
    public static final class MemorySink implements TraceSink {
        private final List<TraceEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void emit(TraceEvent event) {
            events.add(event);
        }

        public List<TraceEvent> events() {
            return List.copyOf(events);
        }

        public <T extends TraceEvent> List<T> of(Class<T> type) {
            return events().stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
