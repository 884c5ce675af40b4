package io.oxlinkit.application;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a user's browser may be sent: an absolute https URI with a host and no user info, or http to a loopback
 * host (development). Anything else ({@code javascript:}, {@code data:}, a relative or hostless URI, plain http to
 * a remote host) is refused before the user is sent, whether it came from the host (a redirect target) or from
 * the server (an authorize URL).
 */
final class SafeUris {

    private SafeUris() {}

    /** Why {@code uri} is not a safe browser target, if it is not. */
    static Optional<String> problem(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || host.isEmpty()) {
            return Optional.of("must be absolute, with a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry user info");
        }
        boolean loopback =
                host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
        if (scheme.equals("https") || (scheme.equals("http") && loopback)) {
            return Optional.empty();
        }
        return Optional.of("must be https (http only to a loopback host)");
    }
}
