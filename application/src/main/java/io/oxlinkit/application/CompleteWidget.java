package io.oxlinkit.application;

import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.redirect.RedirectCallback;
import java.util.Map;
import java.util.Objects;

/**
 * Finishes a widget flow: reads the callback the widget sent the user back with
 * ({@code connection_id}, {@code status}...), stores the connection and starts its journey; the event
 * pump then follows it to Done. Allowed with or without a PSD2 agreement.
 */
public final class CompleteWidget {

    private final CompleteRedirect redirects;

    CompleteWidget(CompleteRedirect redirects) {
        this.redirects = Objects.requireNonNull(redirects, "redirects must not be null");
    }

    /** Completes the widget flow from its callback's query parameters. */
    public StepResult complete(UserId user, Map<String, String> callbackQuery) {
        return redirects.complete(user, RedirectCallback.fromQuery(callbackQuery));
    }
}
