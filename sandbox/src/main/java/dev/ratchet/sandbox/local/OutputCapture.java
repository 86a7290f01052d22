package dev.ratchet.sandbox.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Drains one output stream on a virtual thread, keeping only the first {@code cap} bytes. The rest is
 * still read (so the child never blocks on a full pipe) but dropped, so huge outputs cost no memory.
 */
final class OutputCapture {

    private final InputStream in;
    private final int cap;
    private final Thread reader;
    private byte[] kept = new byte[0];
    private int length;
    private boolean overflowed;

    private OutputCapture(InputStream in, int cap, String name) {
        this.in = in;
        this.cap = cap;
        this.reader = Thread.ofVirtual().name(name).unstarted(this::drain);
    }

    static OutputCapture start(InputStream in, int cap, String name) {
        var capture = new OutputCapture(in, cap, name);
        capture.reader.start();
        return capture;
    }

    private void drain() {
        var buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                append(buffer, n);
            }
        } catch (IOException e) {
            // The pipe was closed under us (process killed, stream closed): keep what we have.
        }
    }

    private synchronized void append(byte[] buffer, int n) {
        int room = cap - length;
        int take = Math.min(room, n);
        if (take > 0) {
            if (length + take > kept.length) {
                // Grow geometrically but never past the cap: small outputs stay small.
                kept = Arrays.copyOf(kept, Math.min(cap, Math.max(length + take, kept.length * 2)));
            }
            System.arraycopy(buffer, 0, kept, length, take);
            length += take;
        }
        if (n > take) overflowed = true;
    }

    /** Waits up to {@code millis} for the stream to end; true if it did. */
    boolean awaitEnd(long millis) throws InterruptedException {
        if (millis <= 0) return !reader.isAlive();
        return reader.join(java.time.Duration.ofMillis(millis));
    }

    /** What was kept so far, decoded leniently (malformed bytes become U+FFFD). */
    synchronized String text() {
        return new String(kept, 0, length, StandardCharsets.UTF_8);
    }

    synchronized boolean overflowed() {
        return overflowed;
    }
}
