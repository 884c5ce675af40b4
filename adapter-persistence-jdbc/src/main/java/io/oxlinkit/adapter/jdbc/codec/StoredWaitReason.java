package io.oxlinkit.adapter.jdbc.codec;

import io.oxlinkit.domain.journey.WaitReason;

/** Reads a stored Wait reason: an enum name, or the free text that rows held before reasons were an enum. */
final class StoredWaitReason {

    private StoredWaitReason() {}

    static WaitReason read(String stored) {
        for (WaitReason reason : WaitReason.values()) {
            if (reason.name().equals(stored) || reason.description().equals(stored)) {
                return reason;
            }
        }
        return stored.contains("challenge") ? WaitReason.CHALLENGE_PROMPT_PENDING : WaitReason.OXLIN_RETRIES;
    }
}
