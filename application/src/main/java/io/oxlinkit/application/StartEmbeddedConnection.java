package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionsApi;
import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.connection.Owner;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.input.InputResult;
import io.oxlinkit.domain.input.Submission;
import io.oxlinkit.domain.journey.Journey;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a connection through an EMBEDDED channel: checks the form, encrypts exactly the
 * {@code encrypt:true} values to a valid key, subscribes the user to events (once), creates the
 * connection, stores it with a fresh journey, and wipes the plaintext it was given.
 */
public final class StartEmbeddedConnection {

    private final AgreementPolicy policy;

    private final ListProviders providers;
    private final CredentialSealer sealer;
    private final Subscriptions subscriptions;
    private final ConnectionsApi api;
    private final JourneyRecorder recorder;

    StartEmbeddedConnection(
            ListProviders providers,
            CredentialSealer sealer,
            Subscriptions subscriptions,
            ConnectionsApi api,
            JourneyRecorder recorder,
            AgreementPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.providers = Objects.requireNonNull(providers, "providers must not be null");
        this.sealer = Objects.requireNonNull(sealer, "sealer must not be null");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.recorder = Objects.requireNonNull(recorder, "recorder must not be null");
    }

    /**
     * Starts the connection. Every value of {@code values} is wiped when this returns, whatever the outcome.
     *
     * @param user the OXLIN user
     * @param providerId the bank
     * @param channelId an EMBEDDED channel definition of that bank
     * @param values what the user typed, by credential id
     */
    public StepResult start(
            UserId user, ProviderId providerId, ChannelDefinitionId channelId, Map<CredentialId, SecretValue> values) {
        try {
            policy.require(Feature.FULL_API_AGGREGATION);
            Optional<Provider> provider = providers.provider(user, providerId);
            if (provider.isEmpty()) {
                return StepResult.refused(
                        StepResult.Reason.UNKNOWN_PROVIDER, "provider " + providerId + " does not exist");
            }
            if (provider.get().unavailable()) {
                return StepResult.refused(
                        StepResult.Reason.PROVIDER_UNAVAILABLE, "provider " + providerId + " is unavailable");
            }
            Optional<ChannelDefinition> channel = provider.get().channel(channelId);
            if (channel.isEmpty()) {
                return StepResult.refused(
                        StepResult.Reason.UNKNOWN_CHANNEL, "provider " + providerId + " has no channel " + channelId);
            }
            if (channel.get().mode() != ChannelMode.EMBEDDED) {
                return StepResult.refused(
                        StepResult.Reason.WRONG_CHANNEL_MODE,
                        "channel " + channelId + " is " + channel.get().mode() + ": use StartRedirectConnection");
            }
            InputResult<Submission> checked = channel.get().form().fill(values);
            if (checked instanceof InputResult.Rejected<Submission> rejected) {
                return new StepResult.InvalidInput(rejected.errors());
            }
            subscriptions.ensure(user);
            ConnectionId id = sealer.sealAndSend(
                    user,
                    ((InputResult.Accepted<Submission>) checked).value(),
                    envelope -> api.createConnection(
                            user, new NewConnection(providerId, channelId, envelope.keyId(), envelope.credentials())));
            Connection placeholder = placeholder(id, provider.get(), channel.get());
            StoredConnection stored =
                    recorder.create(new StoredConnection(user, placeholder, Journey.started(id, channelId), 0));
            return new StepResult.Proceeded(id, stored.journey().nextStep());
        } finally {
            values.values().forEach(SecretValue::wipe);
        }
    }

    /** What is known of a connection just created, until its first event brings OXLIN's snapshot. */
    static Connection placeholder(ConnectionId id, Provider provider, ChannelDefinition channel) {
        Channel running = new Channel(
                channel.id(),
                channel.mode(),
                ChannelStatus.RUNNING,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                channel.accountTypes());
        return new Connection(
                id,
                provider.id(),
                provider.name(),
                ConnectionStatus.RUNNING,
                true,
                List.of(running),
                Owner.unknown(),
                Optional.empty());
    }
}
