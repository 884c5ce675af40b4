package io.oxlinkit.adapter.http.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.adapter.http.wire.WireFormatException;
import io.oxlinkit.testkit.fake.FakeClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The body guard driven by hand: a fake clock and a watchdog whose checks run only when the test fires them, so
 * stalls, progress, the deadline and the size cap are decided by the test's steps, never by elapsed time.
 */
class GuardedBodyTest {

    private static final Duration STALL = Duration.ofSeconds(10);
    private final FakeClock clock = new FakeClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final ManualWatchdog watchdog = new ManualWatchdog();

    @Test
    void aBodyThatMakesNoProgressForTheReadTimeoutFailsAsATimeout() throws IOException {
        TrackedStream source = new TrackedStream(new byte[100]);
        GuardedBody body = guard(source, 1_000, clock.instant().plusSeconds(60));
        assertThat(body.read(new byte[10], 0, 10)).isEqualTo(10);
        assertThat(watchdog.lastDelay()).isEqualTo(STALL);

        clock.advance(STALL);
        watchdog.fire();

        assertThat(source.closed).as("closing is what wakes a blocked read").isTrue();
        assertThatThrownBy(() -> body.read(new byte[10], 0, 10)).isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void progressBeforeTheCheckRearmsItForTheTimeLeft() throws IOException {
        TrackedStream source = new TrackedStream(new byte[100]);
        GuardedBody body = guard(source, 1_000, clock.instant().plusSeconds(60));
        clock.advance(Duration.ofSeconds(6));
        assertThat(body.read(new byte[10], 0, 10)).isEqualTo(10);
        clock.advance(Duration.ofSeconds(4));

        watchdog.fire();

        assertThat(source.closed).isFalse();
        assertThat(watchdog.lastDelay())
                .as("re-armed for the stall counted from the last byte")
                .isEqualTo(Duration.ofSeconds(6));
        assertThat(body.read(new byte[10], 0, 10)).isEqualTo(10);
    }

    @Test
    void aBodyThatKeepsTricklingStillEndsAtTheCallsDeadline() throws IOException {
        TrackedStream source = new TrackedStream(new byte[100]);
        Instant deadline = clock.instant().plusSeconds(25);
        GuardedBody body = guard(source, 1_000, deadline);
        for (int second = 0; second < 25; second++) {
            assertThat(body.read(new byte[1], 0, 1)).isEqualTo(1);
            clock.advance(Duration.ofSeconds(1));
            if (watchdog.due(clock.instant())) {
                watchdog.fire();
            }
        }
        assertThat(source.closed)
                .as("one byte a second never stalls, but the deadline passed")
                .isTrue();
        assertThatThrownBy(() -> body.read(new byte[1], 0, 1)).isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void aReadBlockedInTheSourceIsWokenAndFailsAsATimeout() throws Exception {
        BlockingStream source = new BlockingStream();
        GuardedBody body = guard(source, 1_000, clock.instant().plusSeconds(60));
        CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
            try {
                body.read(new byte[10], 0, 10);
                return null;
            } catch (IOException failure) {
                return failure;
            }
        });
        assertThat(source.reading.await(10, TimeUnit.SECONDS)).isTrue();

        clock.advance(STALL);
        watchdog.fire();

        assertThat(reader.get(10, TimeUnit.SECONDS)).isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void moreBytesThanTheCapIsAWireFormatError() throws IOException {
        GuardedBody body =
                guard(new TrackedStream(new byte[100]), 64, clock.instant().plusSeconds(60));
        assertThat(body.read(new byte[64], 0, 64)).isEqualTo(64);
        assertThatThrownBy(() -> body.read(new byte[64], 0, 64))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("larger than 64 bytes");
    }

    @Test
    void closingTheBodyCancelsItsCheck() throws IOException {
        GuardedBody body =
                guard(new TrackedStream(new byte[1]), 64, clock.instant().plusSeconds(60));
        body.close();
        assertThat(watchdog.cancelled).isEqualTo(1);
    }

    private GuardedBody guard(InputStream source, long maxBytes, Instant deadline) {
        return new GuardedBody(source, maxBytes, STALL, deadline, clock, watchdog);
    }

    /** Holds the one pending check; runs it when the test says so. */
    private final class ManualWatchdog implements GuardedBody.Watchdog {
        private final List<Duration> delays = new ArrayList<>();
        private Instant dueAt;
        private Runnable pending;
        private int cancelled;

        @Override
        public AutoCloseable after(Duration delay, Runnable check) {
            delays.add(delay);
            dueAt = clock.instant().plus(delay);
            pending = check;
            return () -> cancelled++;
        }

        Duration lastDelay() {
            return delays.get(delays.size() - 1);
        }

        boolean due(Instant now) {
            return pending != null && !now.isBefore(dueAt);
        }

        void fire() {
            Runnable check = pending;
            pending = null;
            check.run();
        }
    }

    /** A byte source that records whether it was closed. */
    private static final class TrackedStream extends ByteArrayInputStream {
        private volatile boolean closed;

        TrackedStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A source whose read blocks until it is closed, as the JDK client's does on a silent server. */
    private static final class BlockingStream extends InputStream {
        private final CountDownLatch reading = new CountDownLatch(1);
        private final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public int read() throws IOException {
            reading.countDown();
            try {
                closed.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("stream closed");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return read();
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }
}
