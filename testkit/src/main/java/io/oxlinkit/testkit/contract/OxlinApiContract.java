package io.oxlinkit.testkit.contract;

import io.oxlinkit.testkit.contract.api.ChallengeContract;
import io.oxlinkit.testkit.contract.api.ChangingHistoryContract;
import io.oxlinkit.testkit.contract.api.ChannelRepairContract;
import io.oxlinkit.testkit.contract.api.ConsentContract;
import io.oxlinkit.testkit.contract.api.EmbeddedConnectionContract;
import io.oxlinkit.testkit.contract.api.Emulator;
import io.oxlinkit.testkit.contract.api.KitJourneyContract;
import io.oxlinkit.testkit.contract.api.ProvidersAndKeysContract;
import io.oxlinkit.testkit.contract.api.QueueAndPagingContract;
import io.oxlinkit.testkit.contract.api.RedirectContract;
import io.oxlinkit.testkit.contract.api.TwoChannelContract;
import io.oxlinkit.testkit.contract.api.TwoChannelKitJourneyContract;
import io.oxlinkit.testkit.contract.api.TypedErrorContract;
import io.oxlinkit.testkit.contract.api.UsersAndTokensContract;
import org.junit.jupiter.api.Nested;

/**
 * What the API port does, written from the integration guide and API-NOTES, held against every
 * emulator of the API: extend it, start a fresh {@link Emulator} in {@link #startEmulator()}, and
 * the subclass inherits one nested suite per resource (tokens and users, providers and keys, EMBEDDED
 * connections, challenges, REDIRECT flows, consent, two-channel connections, channel repair, queues
 * and paging, changing histories, typed errors, the guide's journeys through a host's OxlinKit, and two-channel journeys
 * and lost events through it). docs/testkit.md lists every test and hook.
 */
public abstract class OxlinApiContract {

    /** A fresh emulator for one test; the suite closes it. */
    protected abstract Emulator startEmulator();

    @Nested
    class UsersAndTokens extends UsersAndTokensContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class ProvidersAndKeys extends ProvidersAndKeysContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class EmbeddedConnections extends EmbeddedConnectionContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class Challenges extends ChallengeContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class Redirects extends RedirectContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class Consents extends ConsentContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class TwoChannels extends TwoChannelContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class TwoChannelKitJourneys extends TwoChannelKitJourneyContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class ChannelRepairs extends ChannelRepairContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class QueuesAndPaging extends QueueAndPagingContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class ChangingHistories extends ChangingHistoryContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class TypedErrors extends TypedErrorContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }

    @Nested
    class KitJourneys extends KitJourneyContract {
        @Override
        protected Emulator startEmulator() {
            return OxlinApiContract.this.startEmulator();
        }
    }
}
