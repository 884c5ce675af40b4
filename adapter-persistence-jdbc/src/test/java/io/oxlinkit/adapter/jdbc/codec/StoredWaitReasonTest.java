package io.oxlinkit.adapter.jdbc.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.journey.WaitReason;
import org.junit.jupiter.api.Test;

/** Wait reasons stored as enum names read back; rows written when reasons were free text read as the matching reason. */
class StoredWaitReasonTest {

    @Test
    void everyReasonReadsBackFromItsName() {
        for (WaitReason reason : WaitReason.values()) {
            assertThat(StoredWaitReason.read(reason.name())).isEqualTo(reason);
        }
    }

    @Test
    void theFreeTextOfEarlierRowsReadsAsItsReason() {
        assertThat(StoredWaitReason.read(
                        "the synchronization failed for a reason the user cannot fix; OXLIN will retry"))
                .isEqualTo(WaitReason.OXLIN_RETRIES);
        assertThat(StoredWaitReason.read("a challenge on channel 8702 waits; its prompt comes with the next event"))
                .isEqualTo(WaitReason.CHALLENGE_PROMPT_PENDING);
        assertThat(StoredWaitReason.read("")).isEqualTo(WaitReason.OXLIN_RETRIES);
    }
}
