package io.oxlinkit.testkit.data;

import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.Provider;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Provider} with sane defaults and {@code with}-style overrides. */
public final class ProviderBuilder {

    private String id = "1";
    private String name = "Test Provider";
    private String countryCode = "FRA";
    private boolean unavailable;
    private boolean interactive;
    private final List<ChannelDefinition> channels = new ArrayList<>();

    public ProviderBuilder id(String value) {
        this.id = value;
        return this;
    }

    public ProviderBuilder name(String value) {
        this.name = value;
        return this;
    }

    public ProviderBuilder countryCode(String value) {
        this.countryCode = value;
        return this;
    }

    public ProviderBuilder unavailable(boolean value) {
        this.unavailable = value;
        return this;
    }

    public ProviderBuilder interactive(boolean value) {
        this.interactive = value;
        return this;
    }

    public ProviderBuilder channel(ChannelDefinition channel) {
        channels.add(channel);
        return this;
    }

    public Provider build() {
        return new Provider(
                ProviderId.of(id),
                name,
                countryCode,
                "https://static.example/" + id + ".png",
                channels,
                unavailable,
                interactive);
    }
}
