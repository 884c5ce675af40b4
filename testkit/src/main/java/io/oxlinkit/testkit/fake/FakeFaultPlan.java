package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OxlinApiException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The failures the fake is told to answer with: a queue of one-shot exceptions, or a server down until it recovers. */
final class FakeFaultPlan {

    private final Deque<RuntimeException> next = new ArrayDeque<>();
    private Optional<Integer> brokenStatus = Optional.empty();

    void failNext(List<RuntimeException> failures) {
        next.addAll(failures);
    }

    void breakServer(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a broken server answers a 5xx status, not " + status);
        }
        brokenStatus = Optional.of(status);
    }

    void recover() {
        brokenStatus = Optional.empty();
    }

    /** Throws the planned failure of this call, if any. */
    void check() {
        if (brokenStatus.isPresent()) {
            throw new OxlinApiException.ServerError(brokenStatus.get(), "server_error", "fake OXLIN is down", "");
        }
        RuntimeException fault = next.poll();
        if (fault != null) {
            throw fault;
        }
    }
}
