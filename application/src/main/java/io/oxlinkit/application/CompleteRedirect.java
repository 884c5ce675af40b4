package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.ConnectionsApi;
import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.Journey;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.provider.CredentialType;
import io.oxlinkit.domain.redirect.RedirectCallback;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finishes a REDIRECT: reads the browser's callback and stores the connection with its journey, followed
 * from the snapshot read right after (a listing already done there has its accounts fetched). For a
 * renewal, a repair or a REDIRECT channel added to a stored connection, each REDIRECT channel authorized
 * again has its accounts listed again: new accounts wait for consent, else the kit fetches the data.
 */
public final class CompleteRedirect {

    /** Credential id used for the authorization code when the channel definition names none. */
    public static final CredentialId DEFAULT_CODE_CREDENTIAL = CredentialId.of("AUTHORIZATION_CODE");

    private final ConnectionsApi api;
    private final ConnectionStore store;
    private final JourneyRecorder recorder;
    private final ListProviders providers;
    private final AccountListing listing;
    private final RedirectStates states;

    CompleteRedirect(
            ConnectionsApi api,
            ConnectionStore store,
            JourneyRecorder recorder,
            ListProviders providers,
            AccountListing listing,
            RedirectStates states) {
        this.states = Objects.requireNonNull(states, "states must not be null");
        this.listing = Objects.requireNonNull(listing, "listing must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.recorder = Objects.requireNonNull(recorder, "recorder must not be null");
        this.providers = Objects.requireNonNull(providers, "providers must not be null");
    }

    /** Completes a redirect where OXLIN created (or updated) the connection. */
    public StepResult complete(UserId user, RedirectCallback callback) {
        if (callback instanceof RedirectCallback.ConnectionCreated created) {
            return track(user, created.connectionId());
        }
        if (callback instanceof RedirectCallback.Failed failed) {
            return StepResult.refused(StepResult.Reason.REDIRECT_FAILED, "the redirect failed: " + failed.reason());
        }
        ((RedirectCallback.CodeReturned) callback).code().wipe();
        return StepResult.refused(
                StepResult.Reason.REDIRECT_FAILED,
                "the callback carries a code: complete it with completeClientHandled");
    }

    /**
     * Completes a client-handled redirect: creates the connection from the returned code (sent as the
     * channel's AUTHORIZATION_CODE credential) and tracks it. The code is wiped.
     */
    public StepResult completeClientHandled(
            UserId user, ProviderId providerId, ChannelDefinitionId channelId, RedirectCallback callback) {
        if (!(callback instanceof RedirectCallback.CodeReturned returned)) {
            return complete(user, callback);
        }
        if (!states.accept(user, returned.state())) {
            returned.code().wipe();
            return StepResult.refused(
                    StepResult.Reason.REDIRECT_STATE_MISMATCH,
                    "the callback does not carry the state issued for this redirect: no connection is created");
        }
        try {
            Optional<ChannelDefinition> channel =
                    providers.provider(user, providerId).flatMap(p -> p.channel(channelId));
            if (channel.isEmpty()) {
                return StepResult.refused(
                        StepResult.Reason.UNKNOWN_CHANNEL, "provider " + providerId + " has no channel " + channelId);
            }
            CredentialId codeId = channel.get().credentials().stream()
                    .filter(f -> f.type() == CredentialType.AUTHORIZATION_CODE)
                    .map(CredentialField::id)
                    .findFirst()
                    .orElse(DEFAULT_CODE_CREDENTIAL);
            OutgoingCredential code = new OutgoingCredential(codeId, returned.code(), false);
            ConnectionId id = api.createConnection(
                    user, new NewConnection(providerId, channelId, Optional.empty(), List.of(code)));
            return track(user, id);
        } finally {
            returned.code().wipe();
        }
    }

    private StepResult track(UserId user, ConnectionId id) {
        Connection snapshot = api.connection(user, id);
        Optional<StoredConnection> existing = store.find(id);
        StoredConnection saved;
        if (existing.isPresent()) {
            saved = recorder.update(
                            id,
                            c -> listing.settle(
                                    c.with(snapshot).with(c.journey().authorizedAgain(snapshot))))
                    .orElseThrow();
        } else {
            StoredConnection created = recorder.create(new StoredConnection(user, snapshot, Journey.started(id), 0));
            saved = recorder.update(id, c -> listing.settle(c.reconciled(snapshot)))
                    .orElse(created);
        }
        return new StepResult.Proceeded(id, saved.journey().nextStep());
    }
}
