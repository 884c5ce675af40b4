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

    /** Sets the id. */
    public ProviderBuilder id(String value) {
        this.id = value;
        return this;
    }

    /** Sets the name. */
    public ProviderBuilder name(String value) {
        this.name = value;
        return this;
    }

    /** Sets the country code. */
    public ProviderBuilder countryCode(String value) {
        this.countryCode = value;
        return this;
    }

    /** Sets the unavailable. */
    public ProviderBuilder unavailable(boolean value) {
        this.unavailable = value;
        return this;
    }

    /** Sets the interactive. */
    public ProviderBuilder interactive(boolean value) {
        this.interactive = value;
        return this;
    }

    /** Sets the channel. */
    public ProviderBuilder channel(ChannelDefinition channel) {
        channels.add(channel);
        return this;
    }

    /** The provider with the values set so far. */
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
