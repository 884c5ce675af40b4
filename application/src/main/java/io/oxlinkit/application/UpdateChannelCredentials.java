package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.ConnectionsApi;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.input.InputResult;
import io.oxlinkit.domain.input.Submission;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives an EMBEDDED channel new credentials (after AUTH_FAILED, TOO_MANY_ATTEMPTS,
 * PASSWORD_CHANGE_REQUIRED, or to add an EMPTY channel): the whole channel
 * ({@code PUT /connections/{id}/channels/{channel}}) or one credential
 * ({@code PUT /connections/{id}/credentials/{credential_id}}). Values are checked against the channel's
 * form, {@code encrypt:true} ones encrypted, all wiped. The channel's journey runs its job again (a channel
 * added lists its accounts) and the stored channel is marked RUNNING until OXLIN's next event says how the
 * new credentials fared.
 */
public final class UpdateChannelCredentials {

    private final AgreementPolicy policy;

    private final ConnectionStore store;
    private final ListProviders providers;
    private final CredentialSealer sealer;
    private final ConnectionsApi api;
    private final JourneyRecorder recorder;

    UpdateChannelCredentials(
            ConnectionStore store,
            ListProviders providers,
            CredentialSealer sealer,
            ConnectionsApi api,
            JourneyRecorder recorder,
            AgreementPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.providers = Objects.requireNonNull(providers, "providers must not be null");
        this.sealer = Objects.requireNonNull(sealer, "sealer must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.recorder = Objects.requireNonNull(recorder, "recorder must not be null");
    }

    /** Replaces every credential of the channel. The values are wiped. */
    public StepResult update(
            ConnectionId connectionId, ChannelDefinitionId channelId, Map<CredentialId, SecretValue> values) {
        return run(connectionId, channelId, values, false);
    }

    /** Replaces one credential of the channel (the others are kept by OXLIN). The value is wiped. */
    public StepResult updateOne(
            ConnectionId connectionId, ChannelDefinitionId channelId, CredentialId credentialId, SecretValue value) {
        return run(connectionId, channelId, Map.of(credentialId, value), true);
    }

    private StepResult run(
            ConnectionId connectionId,
            ChannelDefinitionId channelId,
            Map<CredentialId, SecretValue> values,
            boolean single) {
        try {
            policy.require(Feature.FULL_API_AGGREGATION);
            Optional<StoredConnection> stored = store.find(connectionId);
            if (stored.isEmpty()) {
                return StepResult.refused(
                        StepResult.Reason.UNKNOWN_CONNECTION, "connection " + connectionId + " is not stored");
            }
            Optional<ChannelDefinition> channel = providers
                    .provider(stored.get().userId(), stored.get().connection().providerId())
                    .flatMap(p -> p.channel(channelId));
            if (channel.isEmpty()) {
                return StepResult.refused(
                        StepResult.Reason.UNKNOWN_CHANNEL,
                        "connection " + connectionId + " has no channel " + channelId);
            }
            if (channel.get().mode() != ChannelMode.EMBEDDED) {
                return StepResult.refused(
                        StepResult.Reason.WRONG_CHANNEL_MODE,
                        "channel " + channelId + " is " + channel.get().mode() + ": use ReauthorizeChannel");
            }
            InputResult<Submission> checked = single
                    ? channel.get().form().fillSome(values)
                    : channel.get().form().fill(values);
            if (checked instanceof InputResult.Rejected<Submission> rejected) {
                return new StepResult.InvalidInput(rejected.errors());
            }
            sealer.sealAndDeliver(
                    stored.get().userId(), ((InputResult.Accepted<Submission>) checked).value(), envelope -> {
                        if (single) {
                            api.updateCredential(
                                    stored.get().userId(),
                                    connectionId,
                                    envelope.keyId(),
                                    envelope.credentials().get(0));
                        } else {
                            api.updateChannel(
                                    stored.get().userId(),
                                    connectionId,
                                    channelId,
                                    envelope.keyId(),
                                    envelope.credentials());
                        }
                    });
            StoredConnection saved = recorder.update(
                            connectionId,
                            c -> c.with(c.journey().credentialsGiven(channelId, c.connection()))
                                    .with(c.connection().withChannelStatus(channelId, ChannelStatus.RUNNING)))
                    .orElseThrow();
            return new StepResult.Proceeded(connectionId, saved.journey().nextStep());
        } finally {
            values.values().forEach(SecretValue::wipe);
        }
    }
}
