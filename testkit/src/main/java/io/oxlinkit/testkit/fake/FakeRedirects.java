package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.redirect.RedirectRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The fake's authorize sessions (one per authorize URL, used once) and the authorization codes they hand out (used once). */
final class FakeRedirects {

    /** An authorize session: who asked, for what. */
    record Session(UserId user, RedirectRequest request) {}

    private final Supplier<String> ids;
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Session> codes = new HashMap<>();

    FakeRedirects(Supplier<String> ids) {
        this.ids = ids;
    }

    URI open(UserId user, RedirectRequest request) {
        String session = ids.get();
        sessions.put(session, new Session(user, request));
        return URI.create("https://bank.fake.example/authorize?session=" + session);
    }

    /** The open session of an authorize URL the fake handed out. */
    Session peek(URI authorizeUrl) {
        Session session = sessions.get(sessionId(authorizeUrl));
        if (session == null) {
            throw new IllegalArgumentException("no open authorize session for " + authorizeUrl);
        }
        return session;
    }

    /** Ends the session of an authorize URL the fake handed out. */
    Session close(URI authorizeUrl) {
        Session session = peek(authorizeUrl);
        sessions.remove(sessionId(authorizeUrl));
        return session;
    }

    private static String sessionId(URI authorizeUrl) {
        return Optional.ofNullable(authorizeUrl.getQuery()).orElse("").replace("session=", "");
    }

    /** A one-use code for a client-handled redirect. */
    String issueCode(Session session) {
        String code = "code-" + ids.get();
        codes.put(code, session);
        return code;
    }

    /** Takes a code: it must exist, be the user's, and not have been used. */
    Session redeem(UserId user, String code) {
        Session session = codes.get(code);
        if (session == null || !session.user().equals(user)) {
            throw new OxlinApiException.BadRequest("invalid_grant", "unknown or used authorization code", "");
        }
        codes.remove(code);
        return session;
    }
}
