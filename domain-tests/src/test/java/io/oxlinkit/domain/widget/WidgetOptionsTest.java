package io.oxlinkit.domain.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.NotPermittedByAgreementException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Widget options: the guide's combinations, the callback rules, and the agreement. */
class WidgetOptionsTest {

    private static final URI CALLBACK = URI.create("https://host.example/widget/done");

    @Test
    void theGuidesSelectAccountsFlowIsAccepted() {
        WidgetOptions options = WidgetOptions.selectAccounts(CALLBACK, true);
        assertThat(options.selectAccounts()).isTrue();
        assertThat(options.multipleChannels()).isFalse();
        assertThat(options.selectChannel()).isFalse();
        options.check(AgreementPolicy.withPsd2Agreement());
    }

    @Test
    void selectingAccountsWithMultipleChannelsOrAChannelChoiceIsRefused() {
        assertThatThrownBy(() -> new WidgetOptions(CALLBACK, Optional.empty(), false, true, true, false, false, false))
                .hasMessageContaining("select_accounts");
        assertThatThrownBy(() -> new WidgetOptions(CALLBACK, Optional.empty(), false, true, false, true, false, false))
                .hasMessageContaining("select_channel");
    }

    @Test
    void selectingAccountsNeedsAnAgreement() {
        assertThatThrownBy(
                        () -> WidgetOptions.selectAccounts(CALLBACK, false).check(AgreementPolicy.withoutAgreement()))
                .isInstanceOf(NotPermittedByAgreementException.class);
        WidgetOptions.defaults(CALLBACK).check(AgreementPolicy.withoutAgreement());
    }

    @Test
    void callbacksCarryNoVariables() {
        assertThatThrownBy(() -> WidgetOptions.defaults(URI.create("https://host.example/cb?user=42")))
                .hasMessageContaining("query");
        assertThatThrownBy(() -> WidgetOptions.defaults(URI.create("https://host.example/cb#x")))
                .hasMessageContaining("fragment");
        assertThatThrownBy(() -> WidgetOptions.defaults(URI.create("/relative")))
                .hasMessageContaining("absolute");
    }
}
