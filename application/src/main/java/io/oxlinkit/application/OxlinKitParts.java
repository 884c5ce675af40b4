package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.JourneyListener;
import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.application.port.WorkLeases;
import io.oxlinkit.domain.agreement.AgreementPolicy;

/** Everything the facade is made of, wired once by the builder. */
record OxlinKitParts(
        ConnectionStore connections,
        AccountStore accounts,
        TransactionStore transactions,
        CreateUser createUser,
        FindOrCreateUser findOrCreateUser,
        DeleteUser deleteUser,
        DeleteConnection deleteConnection,
        Housekeeping housekeeping,
        ExportUserData exportUserData,
        ListProviders listProviders,
        StartEmbeddedConnection startEmbedded,
        StartRedirectConnection startRedirect,
        CompleteRedirect completeRedirect,
        AnswerChallenge answerChallenge,
        GiveConsent giveConsent,
        PumpEvents pumpEvents,
        SynchronizeAccountData synchronize,
        CheckChannelHealth checkHealth,
        UpdateChannelCredentials updateCredentials,
        ReauthorizeChannel reauthorize,
        AddChannel addChannel,
        OpenWidget openWidget,
        CompleteWidget completeWidget,
        RefreshConnection refresh,
        SubscriptionStore subscriptionStore,
        WorkLeases leases,
        OxlinKitSettings settings,
        ChangeFeed changeFeed) {

    static OxlinKitParts wire(
            OxlinApi api,
            CredentialEncryptor encryptor,
            ConnectionStore connections,
            AccountStore accounts,
            TransactionStore transactions,
            EventInbox inbox,
            KeyStore keys,
            SubscriptionStore subscriptionStore,
            UserSecretVault vault,
            WorkLeases leases,
            JourneyListener listener,
            OxlinKitSettings settings,
            ChangeFeed changeFeed) {
        AgreementPolicy policy = settings.policy();
        LocalErasure erasure = new LocalErasure(
                connections, accounts, transactions, changeFeed, inbox, leases, keys, subscriptionStore, vault);
        JourneyRecorder recorder = new JourneyRecorder(connections, listener, settings.telemetry());
        ListProviders listProviders = new ListProviders(api, settings.clock(), settings.providerCacheTtl());
        CredentialSealer sealer = new CredentialSealer(
                new EncryptionKeys(api, keys, settings.clock(), leases, settings.workerId()), encryptor);
        Subscriptions subscriptions = new Subscriptions(api, subscriptionStore);
        SynchronizeAccountData synchronize = new SynchronizeAccountData(
                connections,
                api,
                accounts,
                transactions,
                settings.transactionPageSize(),
                settings.syncOverlap(),
                leases,
                settings.syncLease(),
                settings.clock(),
                settings.workerId(),
                recorder,
                settings.syncListener(),
                settings.fetchAheadExecutor(),
                settings.telemetry());
        RedirectStates states = new RedirectStates(vault, settings.random());
        StartRedirectConnection startRedirect =
                new StartRedirectConnection(listProviders, api, subscriptions, policy, states);
        UpdateChannelCredentials updateCredentials =
                new UpdateChannelCredentials(connections, listProviders, sealer, api, recorder, policy);
        ReauthorizeChannel reauthorize = new ReauthorizeChannel(connections, startRedirect, policy);
        AccountListing listing = new AccountListing(api, accounts);
        RefreshConnection refresh = new RefreshConnection(connections, api, recorder, listing);
        CompleteRedirect completeRedirect =
                new CompleteRedirect(api, connections, recorder, listProviders, listing, states);
        return new OxlinKitParts(
                connections,
                accounts,
                transactions,
                new CreateUser(api, vault, settings.random(), policy),
                new FindOrCreateUser(api, vault, settings.random(), policy, settings.loginDomain()),
                new DeleteUser(api, erasure),
                new DeleteConnection(api, erasure),
                new Housekeeping(inbox, transactions, leases, settings.clock(), settings.retention()),
                new ExportUserData(
                        connections, accounts, transactions, inbox, keys, subscriptionStore, vault, settings.clock()),
                listProviders,
                new StartEmbeddedConnection(listProviders, sealer, subscriptions, api, recorder, policy),
                startRedirect,
                completeRedirect,
                new AnswerChallenge(connections, api, sealer, recorder, policy),
                new GiveConsent(connections, api, accounts, transactions, recorder, policy),
                new PumpEvents(
                        subscriptions,
                        subscriptionStore,
                        api,
                        listing,
                        inbox,
                        recorder,
                        settings.synchronizeAfterSyncAll()
                                ? DataSyncs.on(synchronize, connections, settings.syncExecutor(), settings.clock())
                                : DataSyncs.off(connections),
                        settings.clock(),
                        settings.workerId(),
                        settings.eventLease(),
                        refresh,
                        settings.telemetry()),
                synchronize,
                new CheckChannelHealth(
                        connections, refresh, settings.renewalPolicy(), settings.clock(), leases, settings.workerId()),
                updateCredentials,
                reauthorize,
                new AddChannel(connections, updateCredentials, reauthorize),
                new OpenWidget(api, subscriptions, policy),
                new CompleteWidget(completeRedirect),
                refresh,
                subscriptionStore,
                leases,
                settings,
                changeFeed);
    }
}
