package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.redirect.RedirectRequest;
import java.net.URI;
import java.util.List;

/** Providers and their REDIRECT authorize URLs. Every method may throw {@link OxlinApiException}. */
public interface ProvidersApi {

    /** Every provider, in the server's order, unavailable ones included. */
    List<Provider> listProviders(UserId user);

    /**
     * One provider.
     *
     * @throws OxlinApiException.NotFound when it does not exist
     */
    Provider provider(UserId user, ProviderId providerId);

    /**
     * Asks for the bank's authorize URL ({@code POST /providers/{id}/channels/{channel}/authorize_url}).
     * Safe to repeat: each call yields a new URL and creates nothing until the user finishes.
     *
     * @return the URL from the {@code Location} header
     */
    URI authorizeUrl(UserId user, RedirectRequest request);
}
