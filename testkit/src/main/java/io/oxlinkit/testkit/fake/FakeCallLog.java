package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.id.CredentialId;
import java.util.ArrayList;
import java.util.List;

/** What the fake received: every call as {@code "METHOD /path"}, and every credential or answer value as sent. */
final class FakeCallLog {

    private final List<String> calls = new ArrayList<>();
    private final List<FakeOxlinApi.Received> received = new ArrayList<>();

    void call(String description) {
        calls.add(description);
    }

    void received(String operation, CredentialId id, String value, boolean encrypted) {
        received.add(new FakeOxlinApi.Received(operation, id, value, encrypted));
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    long count(String call) {
        return calls.stream().filter(call::equals).count();
    }

    List<FakeOxlinApi.Received> received() {
        return List.copyOf(received);
    }
}
