package dev.ratchet.harness.run;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Caps how many sandbox commands run at once across a whole run. Samples can be many (their model
 * calls mostly wait on the network), but test runs compete for the machine's cores.
 */
public final class ThrottledSandboxFactory implements SandboxFactory {
    private final SandboxFactory inner;
    private final Semaphore slots;

    public ThrottledSandboxFactory(SandboxFactory inner, int maxConcurrentExec) {
        this(inner, new Semaphore(checked(maxConcurrentExec), true));
    }

    private ThrottledSandboxFactory(SandboxFactory inner, Semaphore slots) {
        this.inner = inner;
        this.slots = slots;
    }

    private static int checked(int maxConcurrentExec) {
        if (maxConcurrentExec < 1) throw new IllegalArgumentException("--max-exec must be at least 1");
        return maxConcurrentExec;
    }

    /** Sandboxes from {@code other} (the grader's pool, say) under the same cap as this factory's. */
    public ThrottledSandboxFactory sharing(SandboxFactory other) {
        return new ThrottledSandboxFactory(other, slots);
    }

    @Override
    public Sandbox create(SandboxSpec spec) {
        return new Throttled(inner.create(spec), slots);
    }

    @Override
    public String kind() {
        return inner.kind();
    }

    private record Throttled(Sandbox inner, Semaphore slots) implements Sandbox {
        @Override
        public ExecResult exec(List<String> argv, Duration timeout) {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException("interrupted while waiting to run a command");
            }
            try {
                return inner.exec(argv, timeout);
            } finally {
                slots.release();
            }
        }

        @Override public String readFile(String path) { return inner.readFile(path); }
        @Override public java.util.Map<String, String> readFiles(java.util.Collection<String> paths) { return inner.readFiles(paths); }
        @Override public byte[] readBytes(String path) { return inner.readBytes(path); }
        @Override public java.util.Map<String, byte[]> readBytes(java.util.Collection<String> paths) { return inner.readBytes(paths); }
        @Override public void writeFile(String path, String content) { inner.writeFile(path, content); }
        @Override public void writeBytes(String path, byte[] content) { inner.writeBytes(path, content); }
        @Override public void deleteFile(String path) { inner.deleteFile(path); }
        @Override public List<String> listFiles(String dir) { return inner.listFiles(dir); }
        @Override public java.util.SortedMap<String, String> digests(String dir) { return inner.digests(dir); }
        @Override public void reset() { inner.reset(); }
        @Override public void close() { inner.close(); }
    }
}
