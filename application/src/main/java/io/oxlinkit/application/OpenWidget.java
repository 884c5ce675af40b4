package io.oxlinkit.application;

import io.oxlinkit.application.port.WidgetApi;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.widget.WidgetOptions;
import io.oxlinkit.domain.widget.WidgetSession;
import io.oxlinkit.domain.widget.WidgetUrl;
import java.util.Objects;

/**
 * Opens OXLIN's widget for a user: checks the options against the host's agreement, subscribes the user
 * to events (once, so the connection the widget creates is followed), creates a widget session and
 * returns the address to send the user to. Allowed with or without a PSD2 agreement.
 */
public final class OpenWidget {

    private final WidgetApi api;
    private final Subscriptions subscriptions;
    private final AgreementPolicy policy;

    OpenWidget(WidgetApi api, Subscriptions subscriptions, AgreementPolicy policy) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
    }

    /**
     * The widget address for {@code user}.
     *
     * @throws io.oxlinkit.domain.agreement.NotPermittedByAgreementException when the options need an agreement the host lacks
     */
    public RedirectResult open(UserId user, WidgetOptions options) {
        options.check(policy);
        subscriptions.ensure(user);
        WidgetSession session = api.createWidgetSession(user);
        return new RedirectResult.SendUser(WidgetUrl.build(session.addConnection(), options));
    }
}
