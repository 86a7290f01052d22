package dev.ratchet.sandbox.docker;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Containers for one-shot sandboxes (the hidden grader's, a validation's), kept warm per image and
 * environment: started ahead of need, handed out for one sandbox, then {@linkplain DockerSandbox#scrub()
 * scrubbed} back to the state they started in and handed out again. A container whose scrub cannot prove
 * that is closed, never reused. A sandbox only ever gets a container made from its own image and environment,
 * so its grade is the one a fresh container would give. At most {@code size} containers per image are kept
 * (idle, starting, in use or being scrubbed); more demand than that gets fresh containers, started on the spot.
 */
public final class WarmContainerPool implements SandboxFactory, AutoCloseable {

    /** How long a request waits for a container that is being started or scrubbed before it starts its own. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** What a container is made from; containers are shared only between sandboxes with equal keys. */
    private record Key(String image, Map<String, String> env) {}

    /** The containers of one key. Guarded by the pool's lock. */
    private static final class Slot {
        final ArrayDeque<DockerSandbox> idle = new ArrayDeque<>();
        int starting, leased, returning;

        int population() {
            return idle.size() + starting + leased + returning;
        }
    }

    /**
     * Counts since the pool was made: containers handed out warm or started for a request, and thrown away (with
     * why the last one was, empty when none was).
     */
    public record Stats(int warm, int cold, int discarded, String lastDiscard) {}

    private final DockerSandboxFactory docker;
    private final int size;
    private final Map<Key, Slot> slots = new HashMap<>();
    private final ExecutorService starter = Executors.newSingleThreadExecutor(daemon("ratchet-pool-start"));
    private final ExecutorService scrubber = Executors.newCachedThreadPool(daemon("ratchet-pool-scrub"));
    private final AtomicInteger warm = new AtomicInteger(), cold = new AtomicInteger(), discarded = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicReference<String> lastDiscard = new java.util.concurrent.atomic.AtomicReference<>("");
    private boolean closed;

    /** {@code size}: containers kept per image, the number of one-shot sandboxes a run has open at once. */
    public WarmContainerPool(DockerSandboxFactory docker, int size) {
        if (size < 1) throw new IllegalArgumentException("pool size must be at least 1: " + size);
        this.docker = docker;
        this.size = size;
    }

    /** Starts containers for these images in the background, ahead of the first request. */
    public void warm(Collection<String> images) {
        images.stream().filter(i -> i != null && !i.isBlank()).distinct().forEach(i -> topUp(new Key(i, Map.of())));
    }

    @Override
    public Sandbox create(SandboxSpec spec) {
        if (spec.image() == null || spec.image().isBlank()) return docker.create(spec); // fails there, with its message
        var key = new Key(spec.image(), spec.env());
        var tar = WorkspaceArchive.ofLayers(spec.layers());
        var box = take(key);
        if (box != null) {
            try {
                box.lay(tar);
                warm.incrementAndGet();
                return new Lease(this, key, box, tar, spec.label());
            } catch (SandboxException e) {
                // It died while idle (the daemon restarted it, say): not the caller's problem, start a fresh one.
                discarded(e.getMessage());
                box.close();
                box = null;
            }
        }
        try {
            box = docker.startEmpty(launchSpec(key));
            box.lay(tar);
        } catch (RuntimeException e) {
            if (box != null) box.close();
            synchronized (this) {
                slot(key).leased--;
            }
            throw e;
        }
        cold.incrementAndGet();
        return new Lease(this, key, box, tar, spec.label());
    }

    @Override
    public String kind() {
        return docker.kind(); // same containers, same grades: caches keyed by the kind stay valid
    }

    public Stats stats() {
        return new Stats(warm.get(), cold.get(), discarded.get(), lastDiscard.get());
    }

    /** Closes the idle containers; those in use are closed when their sandboxes are. Never throws. */
    @Override
    public void close() {
        List<DockerSandbox> idle = new ArrayList<>();
        synchronized (this) {
            if (closed) return;
            closed = true;
            slots.values().forEach(s -> {
                idle.addAll(s.idle);
                s.idle.clear();
            });
            notifyAll();
        }
        starter.shutdown(); // not shutdownNow: an interrupted start could not even remove its own container
        scrubber.shutdown();
        idle.forEach(DockerSandbox::close);
        try { // a start or a scrub under way closes its container when it ends
            starter.awaitTermination(30, TimeUnit.SECONDS);
            scrubber.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An idle container, or one that is being started or scrubbed (worth waiting for), or null. */
    private synchronized DockerSandbox take(Key key) {
        var slot = slot(key);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (!closed && slot.idle.isEmpty() && slot.starting + slot.returning > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for a container of " + key.image(), e);
        }
        var box = slot.idle.poll();
        slot.leased++; // the idle container, or the one the caller starts now: either way not one to start ahead
        scheduleTopUp(key, slot);
        return box;
    }

    private synchronized void topUp(Key key) {
        scheduleTopUp(key, slot(key));
    }

    /** Starts containers in the background until the key has {@code size} (caller holds the lock). */
    private void scheduleTopUp(Key key, Slot slot) {
        while (!closed && slot.population() < size) {
            slot.starting++;
            starter.execute(() -> {
                DockerSandbox box = null;
                try {
                    if (!isClosed()) box = docker.startEmpty(launchSpec(key));
                } catch (RuntimeException e) {
                    // The request that needs it starts its own and reports the fault there.
                }
                park(key, box, s -> s.starting--);
            });
        }
    }

    /** Back from a lease: scrubbed in the background, then idle again, or closed when that fails. */
    private void giveBack(Key key, DockerSandbox box) {
        synchronized (this) {
            var slot = slot(key);
            slot.leased--;
            slot.returning++;
        }
        try {
            scrubber.execute(() -> {
                boolean pristine = false;
                try {
                    if (!isClosed()) {
                        box.scrub();
                        pristine = true;
                    }
                } catch (RuntimeException e) {
                    discarded(e.getMessage());
                }
                park(key, pristine ? box : null, s -> s.returning--);
                if (!pristine) box.close();
                topUp(key);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) { // the pool closed meanwhile
            park(key, null, s -> s.returning--);
            box.close();
        }
    }

    /** Books a container in (or, when null, only the count); closes it when the pool is closed or full. */
    private void park(Key key, DockerSandbox box, java.util.function.Consumer<Slot> count) {
        boolean keep;
        synchronized (this) {
            var slot = slot(key);
            count.accept(slot);
            keep = box != null && !closed && slot.population() < size;
            if (keep) slot.idle.add(box);
            notifyAll();
        }
        if (box != null && !keep) box.close();
    }

    private void discarded(String why) {
        discarded.incrementAndGet();
        lastDiscard.set(why == null ? "" : why);
    }

    private void discard(Key key, DockerSandbox box) {
        discarded("its container was closed while in use");
        synchronized (this) {
            slot(key).leased--;
        }
        box.close();
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private Slot slot(Key key) {
        return slots.computeIfAbsent(key, k -> new Slot());
    }

    private static SandboxSpec launchSpec(Key key) {
        return new SandboxSpec(List.of(), key.env(), key.image(), "pool-" + key.image().replaceAll("[:/]", "-"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            var t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** One sandbox in a pooled container; closing it gives the container back. */
    private static final class Lease implements Sandbox {
        private final WarmContainerPool pool;
        private final Key key;
        private final DockerSandbox box;
        private final byte[] tar;
        private final String label;
        private final AtomicBoolean closed = new AtomicBoolean();

        Lease(WarmContainerPool pool, Key key, DockerSandbox box, byte[] tar, String label) {
            this.pool = pool;
            this.key = key;
            this.box = box;
            this.tar = tar;
            this.label = label;
        }

        private DockerSandbox open() {
            if (closed.get()) throw new SandboxException("sandbox " + label + " is closed");
            return box;
        }

        @Override public ExecResult exec(List<String> argv, Duration timeout) { return open().exec(argv, timeout); }
        @Override public String readFile(String path) { return open().readFile(path); }
        @Override public Map<String, String> readFiles(Collection<String> paths) { return open().readFiles(paths); }
        @Override public byte[] readBytes(String path) { return open().readBytes(path); }
        @Override public Map<String, byte[]> readBytes(Collection<String> paths) { return open().readBytes(paths); }
        @Override public void writeFile(String path, String content) { open().writeFile(path, content); }
        @Override public void writeBytes(String path, byte[] content) { open().writeBytes(path, content); }
        @Override public void deleteFile(String path) { open().deleteFile(path); }
        @Override public List<String> listFiles(String dir) { return open().listFiles(dir); }

        /** The same proof as between two sandboxes: scrubbed, then the pristine tree laid again. */
        @Override
        public void reset() {
            open().scrub();
            box.lay(tar);
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) return;
            if (box.isClosed()) {
                pool.discard(key, box); // closed under us: nothing to give back
            } else {
                pool.giveBack(key, box);
            }
        }

        @Override
        public String toString() {
            return "pooled sandbox " + label + " in " + box.containerId();
        }
    }
}
