package io.oxlinkit.testkit.journeys;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.Telemetry;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An OxlinKit wired with the testkit only: fake API, fake encryptor, in-memory stores, fake clock. */
final class KitHarness {

    final FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
    final FakeOxlinApi api = new FakeOxlinApi(clock);
    final InMemoryAdapters stores = InMemoryAdapters.create();
    final List<NextStep> announced = new CopyOnWriteArrayList<>();
    final OxlinKit kit;

    KitHarness() {
        this(null);
    }

    KitHarness(CredentialEncryptor encryptor) {
        this(encryptor, Telemetry.NONE);
    }

    KitHarness(CredentialEncryptor encryptor, Telemetry telemetry) {
        kit = stores.plugInto(OxlinKit.builder())
                .telemetry(telemetry)
                .api(api)
                .encryptor(encryptor == null ? new FakeCredentialEncryptor(clock) : encryptor)
                .clock(clock)
                .listener((user, connection, step) -> announced.add(step))
                .build();
    }

    NextStep next(ConnectionId connection) {
        return kit.nextStep(connection).orElseThrow();
    }

    NextStep pumpAndNext(UserId user, ConnectionId connection) {
        kit.pumpEvents(user);
        return next(connection);
    }
}
