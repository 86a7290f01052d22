package dev.ratchet.harness.model.provider;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLimiterTest {
    /** A clock that moves only when the limiter sleeps. */
    static final class FakeClock implements RequestLimiter.Clock {
        long now;
        final List<Long> sleeps = new ArrayList<>();

        public long nanos() {
            return now;
        }

        public void sleepNanos(long n) {
            sleeps.add(n);
            now += n;
        }
    }

    @Test
    void requestsPerMinuteWaitsForTheWindow() throws Exception {
        FakeClock clock = new FakeClock();
        RequestLimiter limiter = new RequestLimiter(0, 2, clock);
        for (int i = 0; i < 3; i++) limiter.acquire().close();
        assertThat(clock.sleeps).containsExactly(60_000_000_000L);
    }

    @Test
    void maxConcurrentIsShared() throws Exception {
        RequestLimiter limiter = new RequestLimiter(2, 0, RequestLimiter.Clock.SYSTEM);
        AtomicInteger inside = new AtomicInteger(), most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(6);
        for (int i = 0; i < 6; i++) {
            Thread.ofVirtual().start(() -> {
                try (AutoCloseable slot = limiter.acquire()) {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.sleep(30);
                    inside.decrementAndGet();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(2);
    }
}
