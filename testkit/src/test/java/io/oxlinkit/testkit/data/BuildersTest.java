package io.oxlinkit.testkit.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The builders' defaults make valid, usable objects and their overrides take effect. */
class BuildersTest {

    @Test
    void defaultsAreUsableAndOverridesApply() {
        assertThat(new ChannelDefinitionBuilder().build().form().fields())
                .extracting(f -> f.encrypt())
                .containsExactly(false, true);
        assertThat(new ChannelDefinitionBuilder().redirect().build().mode()).isEqualTo(ChannelMode.REDIRECT);
        assertThat(new ProviderBuilder()
                        .channel(new ChannelDefinitionBuilder().build())
                        .unavailable(true)
                        .build()
                        .unavailable())
                .isTrue();
        assertThat(new AccountBuilder()
                        .status(AccountStatus.PENDING_CONSENT)
                        .build()
                        .isPendingConsent())
                .isTrue();
        assertThat(new TransactionBuilder().amount("-1.50").build().amount().amount())
                .isEqualByComparingTo("-1.50");
        assertThat(new ConnectionBuilder()
                        .embeddedChannel("c", ChannelStatus.AUTH_FAILED)
                        .build()
                        .channels())
                .hasSize(1);
        assertThat(new EncryptionKeyBuilder()
                        .expiration(Instant.EPOCH)
                        .build()
                        .isUsableAt(Instant.EPOCH, java.time.Duration.ZERO))
                .isFalse();
        assertThat(new EventBuilder().failure(EventType.SYNC_ALL_FAILURE))
                .isInstanceOf(Event.SynchronizationFailed.class);
    }
}
