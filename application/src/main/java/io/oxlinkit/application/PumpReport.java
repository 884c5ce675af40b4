package io.oxlinkit.application;

/**
 * What a pump did.
 *
 * @param polled events read from the queue
 * @param recorded of those, events new to the inbox
 * @param applied events folded into their connection's journey
 * @param deferred events left for the next pump (their connection is not stored yet, or an earlier event of it failed)
 * @param failed events whose folding failed (they stay in the inbox), or users whose pump stopped ({@code pumpAll})
 * @param queueReadFailures queues that could not be read (their events wait at OXLIN for the next pump)
 */
public record PumpReport(int polled, int recorded, int applied, int deferred, int failed, int queueReadFailures) {

    /** The sum of two reports. */
    public PumpReport plus(PumpReport other) {
        return new PumpReport(
                polled + other.polled,
                recorded + other.recorded,
                applied + other.applied,
                deferred + other.deferred,
                failed + other.failed,
                queueReadFailures + other.queueReadFailures);
    }
}
