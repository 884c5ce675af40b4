package io.oxlinkit.adapter.http.resilience;

import io.oxlinkit.adapter.http.error.LocallyRefusedException;
import io.oxlinkit.application.port.OxlinApiException;

/** How one call ended, as {@link io.oxlinkit.application.port.ApiCallObserver} is told: a kind of low cardinality and the status. */
record CallOutcome(String kind, int status) {

    static final CallOutcome SUCCESS = new CallOutcome("success", 200);

    /** The outcome of a call that failed with {@code failure}. */
    static CallOutcome of(Throwable failure) {
        if (failure instanceof LocallyRefusedException) {
            return new CallOutcome("refused_locally", 0);
        }
        if (failure instanceof OxlinApiException.RateLimited limited) {
            return new CallOutcome("rate_limited", limited.status());
        }
        if (failure instanceof OxlinApiException.Decoding decoding) {
            return new CallOutcome("decoding", decoding.status());
        }
        if (failure instanceof OxlinApiException api) {
            if (api.status() == 0) {
                return new CallOutcome("transport", 0);
            }
            return new CallOutcome(api.status() >= 500 ? "server_error" : "client_error", api.status());
        }
        return new CallOutcome("other", 0);
    }
}
