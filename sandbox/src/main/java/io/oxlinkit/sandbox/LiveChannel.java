package io.oxlinkit.sandbox;

import io.oxlinkit.sandbox.TestBanks.ChannelDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One channel of a connection: its status and dates, its job, and what an admin scripted for its next job. */
final class LiveChannel {

    final ChannelDef def;
    ChannelState state = ChannelState.EMPTY;
    Long expires;
    Long lastSuccess;
    Long lastEnd;
    final List<String[]> masked = new ArrayList<>();
    ChannelJob job = new ChannelJob.Idle();
    /** The bank refused the credentials last sent: every job fails AUTH_FAILED until they change. */
    boolean refused;

    Optional<ChannelState> nextJobFails = Optional.empty();
    boolean nextJobAsksSms;

    LiveChannel(ChannelDef def) {
        this.def = def;
    }

    /**
     * Ends a job at {@code now} (epoch seconds), or one second after the channel's previous end if that is not
     * earlier: a real job takes seconds, and the API's dates are whole seconds, so two jobs of one channel never
     * share an end date (the sandbox's virtual clock stands still between calls).
     */
    long endJob(long now) {
        lastEnd = lastEnd == null ? now : Math.max(now, lastEnd + 1);
        return lastEnd;
    }

    boolean embedded() {
        return def.mode().equals("EMBEDDED");
    }
}
