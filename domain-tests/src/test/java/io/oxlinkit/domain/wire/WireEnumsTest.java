package io.oxlinkit.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.account.TransactionType;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.provider.ChannelMode;
import org.junit.jupiter.api.Test;

/** Unknown wire values map to UNKNOWN, never to an exception; known aliases are read. */
class WireEnumsTest {

    @Test
    void unknownAndMissingValuesMapToUnknown() {
        assertThat(ConnectionStatus.fromWire("QUANTUM")).isEqualTo(ConnectionStatus.UNKNOWN);
        assertThat(ChannelStatus.fromWire(null)).isEqualTo(ChannelStatus.UNKNOWN);
        assertThat(ChannelMode.fromWire("")).isEqualTo(ChannelMode.UNKNOWN);
        assertThat(TransactionType.fromWire("CRYPTO_SWAP")).isEqualTo(TransactionType.UNKNOWN);
        assertThat(EventType.fromWire("CONNECTION_DELETED")).isEqualTo(EventType.UNKNOWN);
    }

    @Test
    void valuesAreReadIgnoringCaseAndBlanks() {
        assertThat(ConnectionStatus.fromWire(" partial_success ")).isEqualTo(ConnectionStatus.PARTIAL_SUCCESS);
    }

    @Test
    void guideSpellingsAreAliases() {
        assertThat(AccountStatus.fromWire("CONSENT_PENDING")).isEqualTo(AccountStatus.PENDING_CONSENT);
        assertThat(AccountStatus.fromWire("PENDING_CONSENT")).isEqualTo(AccountStatus.PENDING_CONSENT);
        assertThat(AccountClassification.fromWire("PERSONNAL")).isEqualTo(AccountClassification.PERSONAL);
        assertThat(EventType.fromWire("SYNC_ALL_FAILED")).isEqualTo(EventType.SYNC_ALL_FAILURE);
    }
}
