package dev.ratchet.harness.model.provider;

import dev.ratchet.harness.model.ModelException;


import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * Caps one backend's requests across every sample of a run: at most {@code maxConcurrent} in
 * flight and {@code perMinute} started in any 60 s window. Zero means no cap.
 */
public final class RequestLimiter {
    /** Time source and sleep, so tests need not wait. */
    public interface Clock {
        long nanos();

        void sleepNanos(long n) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            public long nanos() {
                return System.nanoTime();
            }

            public void sleepNanos(long n) throws InterruptedException {
                Thread.sleep(n / 1_000_000, (int) (n % 1_000_000));
            }
        };
    }

    public static final RequestLimiter NONE = new RequestLimiter(0, 0, Clock.SYSTEM);
    private static final long MINUTE = 60_000_000_000L;

    private final Semaphore inFlight;
    private final int perMinute;
    private final Clock clock;
    private final Deque<Long> starts = new ArrayDeque<>();

    public RequestLimiter(int maxConcurrent, int perMinute, Clock clock) {
        this.inFlight = maxConcurrent > 0 ? new Semaphore(maxConcurrent, true) : null;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Waits for a slot; close the permit when the request is done. */
    public AutoCloseable acquire() {
        try {
            if (inFlight != null) inFlight.acquire();
            awaitRate();
        } catch (InterruptedException e) {
            if (inFlight != null) inFlight.release();
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while waiting for a request slot", false, e);
        }
        return inFlight == null ? () -> { } : inFlight::release;
    }

    private void awaitRate() throws InterruptedException {
        if (perMinute <= 0) return;
        while (true) {
            long wait;
            synchronized (starts) {
                long now = clock.nanos();
                while (!starts.isEmpty() && now - starts.peekFirst() >= MINUTE) starts.pollFirst();
                if (starts.size() < perMinute) {
                    starts.addLast(now);
                    return;
                }
                wait = starts.peekFirst() + MINUTE - now;
            }
            clock.sleepNanos(Math.max(wait, 1_000_000));
        }
    }
}
