package io.oxlinkit.adapter.http;

import io.oxlinkit.adapter.http.client.ProvidersClient;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.adapter.http.token.TokenManager;
import io.oxlinkit.adapter.http.wire.Bodies;
import io.oxlinkit.adapter.http.wire.WireReader;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.redirect.RedirectRequest;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Banks and their authorize URLs over HTTP. */
final class HttpProviders implements io.oxlinkit.application.port.ProvidersApi {

    private final HttpTransport transport;
    private final OxlinHttpConfig config;
    private final UserSecretVault vault;
    private final Exchange exchange;
    private final ProvidersClient providers;

    HttpProviders(HttpTransport transport) {
        this.transport = transport;
        this.config = transport.config;
        this.vault = transport.vault;
        this.exchange = transport.exchange;
        this.providers = transport.providers;
    }

    @Override
    public List<Provider> listProviders(UserId user) {
        return transport.asUser(user, "GET /providers", Safety.IDEMPOTENT, providers::list, exchange.json(list -> {
            List<Provider> result = new ArrayList<>();
            WireReader.items(list, "providers").forEach(node -> result.add(WireReader.provider(node)));
            return result;
        }));
    }

    @Override
    public Provider provider(UserId user, ProviderId providerId) {
        return transport.asUser(
                user,
                "GET /providers/{id}",
                Safety.IDEMPOTENT,
                auth -> providers.get(auth, providerId.value()),
                exchange.json(WireReader::provider));
    }

    @Override
    public URI authorizeUrl(UserId user, RedirectRequest request) {
        String location = transport.asUser(
                user,
                "POST /providers/{id}/channels/{channel}/authorize_url",
                Safety.IDEMPOTENT,
                auth -> {
                    Optional<SecretValue> refresh =
                            vault.find(user, UserSecretVault.Kind.REFRESH_TOKEN).filter(r -> !TokenManager.isClaim(r));
                    Bodies.WidgetParams widget = new Bodies.WidgetParams(
                            config.clientId(),
                            config.clientSecret().reveal(),
                            auth.substring("Bearer ".length()),
                            refresh.map(SecretValue::reveal).orElse(null),
                            request.providerId().value());
                    refresh.ifPresent(SecretValue::wipe);
                    Bodies.AuthorizeUrl body = new Bodies.AuthorizeUrl(
                            request.redirectUri().toString(),
                            request.clientHandled() ? Boolean.TRUE : null,
                            request.state().map(s -> s.value()).orElse(null),
                            request.existingConnection()
                                    .map(ConnectionId::value)
                                    .orElse(null),
                            request.existingConnection().isPresent()
                                    ? request.channel().value()
                                    : null,
                            widget);
                    return providers.authorizeUrl(
                            auth,
                            request.providerId().value(),
                            request.channel().value(),
                            body);
                },
                Exchange.location());
        URI url = URI.create(location);
        if (!url.isAbsolute()) {
            throw new OxlinApiException.Decoding(201, "authorize_url answered a relative Location", "", null);
        }
        return url;
    }
}
