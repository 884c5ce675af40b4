package io.oxlinkit.application;

/**
 * What a pump did.
 *
 * @param polled events read from the queue
 * @param recorded of those, events new to the inbox
 * @param applied events folded into their connection's journey
 * @param deferred events left for the next pump (their connection is not stored yet, or an earlier event of it failed)
 * @param failed events whose folding failed (they stay in the inbox)
 */
public record PumpReport(int polled, int recorded, int applied, int deferred, int failed) {
}
