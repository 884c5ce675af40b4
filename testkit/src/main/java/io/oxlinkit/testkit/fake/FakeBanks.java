package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The banks registered on the fake, each with its script. */
final class FakeBanks {

    private final Map<ProviderId, FakeBank> banks = new LinkedHashMap<>();

    FakeBank register(Provider provider) {
        FakeBank bank = new FakeBank(provider);
        banks.put(provider.id(), bank);
        return bank;
    }

    List<Provider> providers() {
        return banks.values().stream().map(FakeBank::provider).toList();
    }

    FakeBank of(ProviderId providerId) {
        FakeBank bank = banks.get(providerId);
        if (bank == null) {
            throw new OxlinApiException.NotFound("not_found", "provider " + providerId + " not found", "");
        }
        return bank;
    }

    static ChannelDefinition definition(FakeBank bank, ChannelDefinitionId channel) {
        return bank.provider()
                .channel(channel)
                .orElseThrow(
                        () -> new OxlinApiException.NotFound("not_found", "channel " + channel + " not found", ""));
    }
}
