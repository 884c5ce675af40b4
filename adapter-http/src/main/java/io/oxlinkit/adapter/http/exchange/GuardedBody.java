package io.oxlinkit.adapter.http.exchange;

import io.oxlinkit.adapter.http.wire.WireFormatException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A response body read within bounds. At most {@code maxBytes} are read (more is a {@link WireFormatException},
 * so a decoding error); a watchdog closes the stream when no byte came for the read timeout or when the call's
 * overall deadline passes, and the read then fails with a {@link SocketTimeoutException} (a transport error).
 * Closing is what wakes a read blocked in the JDK client; the watchdog runs on the {@link Watchdog} it is given.
 */
public final class GuardedBody extends FilterInputStream {

    /** Runs a check later; cancelled when the body is closed. */
    public interface Watchdog {
        /** Runs {@code check} once, after {@code delay}; the handle cancels it. */
        AutoCloseable after(Duration delay, Runnable check);
    }

    private final long maxBytes;
    private final Duration stall;
    private final Instant deadline;
    private final Clock clock;
    private final Watchdog watchdog;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private volatile Instant lastProgress;
    private volatile AutoCloseable pending;
    private long read;

    GuardedBody(InputStream in, long maxBytes, Duration stall, Instant deadline, Clock clock, Watchdog watchdog) {
        super(in);
        this.maxBytes = maxBytes;
        this.stall = stall;
        this.deadline = deadline;
        this.clock = clock;
        this.watchdog = watchdog;
        this.lastProgress = clock.instant();
        arm();
    }

    private void arm() {
        Instant now = clock.instant();
        Instant stallAt = lastProgress.plus(stall);
        Instant next = stallAt.isBefore(deadline) ? stallAt : deadline;
        Duration delay = Duration.between(now, next);
        pending = watchdog.after(delay.isNegative() ? Duration.ZERO : delay, this::check);
    }

    private void check() {
        Instant now = clock.instant();
        if (!now.isBefore(deadline) || !now.isBefore(lastProgress.plus(stall))) {
            timedOut.set(true);
            try {
                in.close();
            } catch (IOException ignored) {
                // closing only wakes the reader; it fails with the timeout below
            }
        } else {
            arm();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        failIfTimedOut();
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException woken) {
            failIfTimedOut();
            throw woken;
        }
        failIfTimedOut();
        if (n > 0) {
            lastProgress = clock.instant();
            read += n;
            if (read > maxBytes) {
                throw new WireFormatException("the response is larger than " + maxBytes + " bytes");
            }
        }
        return n;
    }

    private void failIfTimedOut() throws SocketTimeoutException {
        if (timedOut.get()) {
            throw new SocketTimeoutException("the response body stalled or passed the call's deadline");
        }
    }

    @Override
    public void close() throws IOException {
        AutoCloseable handle = pending;
        if (handle != null) {
            try {
                handle.close();
            } catch (Exception ignored) {
                // a cancelled check that already ran changes nothing
            }
        }
        super.close();
    }
}
