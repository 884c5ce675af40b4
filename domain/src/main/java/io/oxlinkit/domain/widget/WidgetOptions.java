package io.oxlinkit.domain.widget;

import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The query parameters of OXLIN's widget, checked against the guide's rules and the host's agreement.
 *
 * @param redirectUri where the widget sends the user back (absolute, no query or fragment: OXLIN does
 *     not accept variables in callbacks)
 * @param aspspCallbackUri the callback of a bank's PSD2 redirect, when the host hosts it (same rules)
 * @param captiveMode whether the widget keeps the user inside (no way out before the end)
 * @param selectAccounts whether the user picks the accounts to aggregate (needs an agreement)
 * @param multipleChannels whether the user may add several channels
 * @param selectChannel whether the user picks the channel
 * @param consentPerAccount whether the user consents per account (needs an agreement)
 * @param waitSyncEnd whether the widget waits for the first synchronization before returning
 */
public record WidgetOptions(
        URI redirectUri,
        Optional<URI> aspspCallbackUri,
        boolean captiveMode,
        boolean selectAccounts,
        boolean multipleChannels,
        boolean selectChannel,
        boolean consentPerAccount,
        boolean waitSyncEnd) {

    /** Checks the callback URIs and the guide's combinations (not the agreement: see {@link #check(AgreementPolicy)}). */
    public WidgetOptions {
        Objects.requireNonNull(redirectUri, "redirectUri must not be null");
        Objects.requireNonNull(aspspCallbackUri, "aspspCallbackUri must not be null");
        callback(redirectUri, "redirectUri");
        aspspCallbackUri.ifPresent(uri -> callback(uri, "aspspCallbackUri"));
        if (selectAccounts && (multipleChannels || selectChannel)) {
            throw new IllegalArgumentException(
                    "select_accounts=true goes with multiple_channels=false and select_channel=false"
                            + " (the guide's \"select accounts\" flow)");
        }
    }

    /** OXLIN's default widget flow back to {@code redirectUri}. */
    public static WidgetOptions defaults(URI redirectUri) {
        return new WidgetOptions(redirectUri, Optional.empty(), false, false, false, false, false, false);
    }

    /** The guide's "select accounts" flow: the user picks the accounts to aggregate (needs an agreement). */
    public static WidgetOptions selectAccounts(URI redirectUri, boolean captiveMode) {
        return new WidgetOptions(redirectUri, Optional.empty(), captiveMode, true, false, false, false, true);
    }

    /** Refuses options the host's agreement does not allow. */
    public void check(AgreementPolicy policy) {
        if (selectAccounts || consentPerAccount) {
            policy.require(Feature.CONSENT_PER_ACCOUNT);
        }
    }

    /** The parameters in a stable order, values unencoded. */
    public List<String[]> parameters() {
        List<String[]> parameters = new ArrayList<>();
        parameters.add(new String[] {"redirect_uri", redirectUri.toString()});
        parameters.add(new String[] {"redirect_url", redirectUri.toString()});
        aspspCallbackUri.ifPresent(uri -> parameters.add(new String[] {"aspsp_callback_uri", uri.toString()}));
        parameters.add(new String[] {"captive_mode", Boolean.toString(captiveMode)});
        parameters.add(new String[] {"select_accounts", Boolean.toString(selectAccounts)});
        parameters.add(new String[] {"multiple_channels", Boolean.toString(multipleChannels)});
        parameters.add(new String[] {"select_channel", Boolean.toString(selectChannel)});
        parameters.add(new String[] {"consent_per_account", Boolean.toString(consentPerAccount)});
        parameters.add(new String[] {"wait_sync_end", Boolean.toString(waitSyncEnd)});
        return parameters;
    }

    private static void callback(URI uri, String name) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    name + " must carry no query string or fragment: OXLIN does not accept variables");
        }
    }
}
