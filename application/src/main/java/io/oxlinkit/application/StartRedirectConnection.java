package io.oxlinkit.application;

import io.oxlinkit.application.port.ProvidersApi;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.redirect.RedirectRequest;
import io.oxlinkit.domain.redirect.RedirectState;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts a connection through a REDIRECT (PSD2) channel: asks OXLIN for the bank's authorize URL, in
 * either mode of the guide (OXLIN creates the connection and calls the host back with its id, or the
 * host receives {@code code} and {@code state} and creates it). Subscribes the user to events first.
 */
public final class StartRedirectConnection {

    private final AgreementPolicy policy;

    private final ListProviders providers;
    private final ProvidersApi api;
    private final Subscriptions subscriptions;
    private final RedirectStates states;

    StartRedirectConnection(
            ListProviders providers,
            ProvidersApi api,
            Subscriptions subscriptions,
            AgreementPolicy policy,
            RedirectStates states) {
        this.states = Objects.requireNonNull(states, "states must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.providers = Objects.requireNonNull(providers, "providers must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions must not be null");
    }

    /** OXLIN creates the connection; the host's {@code redirectUri} receives connection_id, status and queue_id. */
    public RedirectResult start(UserId user, ProviderId providerId, ChannelDefinitionId channelId, URI redirectUri) {
        if (SafeUris.problem(redirectUri).isPresent()) {
            return unsafe(redirectUri);
        }
        return authorize(user, RedirectRequest.oxlinCreatesConnection(providerId, channelId, redirectUri));
    }

    /**
     * The host creates the connection from the {@code code} its {@code redirectUri} receives with a {@code state}:
     * the host's, or one the kit issues; either is recorded and checked when the browser comes back.
     */
    public RedirectResult startClientHandled(
            UserId user,
            ProviderId providerId,
            ChannelDefinitionId channelId,
            URI redirectUri,
            Optional<RedirectState> state) {
        if (SafeUris.problem(redirectUri).isPresent()) {
            return unsafe(redirectUri);
        }
        return authorize(user, RedirectRequest.clientCreatesConnection(providerId, channelId, redirectUri, state));
    }

    /** Asks for the authorize URL of any valid request (also used for renewals). */
    public RedirectResult authorize(UserId user, RedirectRequest request) {
        policy.require(Feature.FULL_API_AGGREGATION);
        Optional<Provider> provider = providers.provider(user, request.providerId());
        if (provider.isEmpty()) {
            return new RedirectResult.Refused(
                    StepResult.Reason.UNKNOWN_PROVIDER, "provider " + request.providerId() + " does not exist");
        }
        if (provider.get().unavailable()) {
            return new RedirectResult.Refused(
                    StepResult.Reason.PROVIDER_UNAVAILABLE, "provider " + request.providerId() + " is unavailable");
        }
        Optional<ChannelDefinition> channel = provider.get().channel(request.channel());
        if (channel.isEmpty()) {
            return new RedirectResult.Refused(
                    StepResult.Reason.UNKNOWN_CHANNEL,
                    "provider " + request.providerId() + " has no channel " + request.channel());
        }
        if (channel.get().mode() != ChannelMode.REDIRECT) {
            return new RedirectResult.Refused(
                    StepResult.Reason.WRONG_CHANNEL_MODE,
                    "channel " + request.channel() + " is " + channel.get().mode());
        }
        if (SafeUris.problem(request.redirectUri()).isPresent()) {
            return unsafe(request.redirectUri());
        }
        subscriptions.ensure(user);
        RedirectRequest sent = request;
        if (request.clientHandled()) {
            RedirectState state = states.issue(user, request.state());
            sent = new RedirectRequest(
                    request.providerId(),
                    request.channel(),
                    request.redirectUri(),
                    true,
                    Optional.of(state),
                    request.existingConnection());
        }
        URI location = api.authorizeUrl(user, sent);
        if (SafeUris.problem(location).isPresent()) {
            return new RedirectResult.Refused(
                    StepResult.Reason.UNSAFE_REDIRECT_URI,
                    "OXLIN's authorize URL " + SafeUris.problem(location).get());
        }
        return new RedirectResult.SendUser(location);
    }

    private static RedirectResult unsafe(URI target) {
        return new RedirectResult.Refused(
                StepResult.Reason.UNSAFE_REDIRECT_URI,
                "the redirect URI " + SafeUris.problem(target).orElse(""));
    }
}
