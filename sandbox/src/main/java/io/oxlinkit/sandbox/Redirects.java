package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.oxlinkit.sandbox.TestBanks.Bank;
import io.oxlinkit.sandbox.TestBanks.ChannelDef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Authorize sessions (one per authorize URL, ended at the bank's page) and the one-use codes of client-handled redirects. */
final class Redirects {

    /** What an authorize URL was made for. */
    record Session(
            String id,
            String userId,
            Bank bank,
            ChannelDef channel,
            String redirectUri,
            boolean clientRedirect,
            String state,
            String connectionId) {}

    private final Supplier<String> secrets;
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Session> codes = new HashMap<>();

    Redirects(Supplier<String> secrets) {
        this.secrets = secrets;
    }

    /** Opens a session from the {@code authorize_url} body; returns its id. */
    String open(String userId, Bank bank, ChannelDef channel, JsonNode body) {
        if (!channel.mode().equals("REDIRECT")) {
            throw ApiError.badRequest("invalid_channel", "channel " + channel.id() + " is not a REDIRECT channel");
        }
        String redirectUri = Json.text(body, "redirect_uri");
        String state = Json.optionalText(body, "redirect_state");
        if (state != null && state.contains("|")) {
            throw ApiError.badRequest("invalid_state", "redirect_state must not contain '|'");
        }
        String session = secrets.get().substring(0, 16);
        sessions.put(
                session,
                new Session(
                        session,
                        userId,
                        bank,
                        channel,
                        redirectUri,
                        Json.flag(body, "use_client_redirect"),
                        state,
                        Json.optionalText(body, "connection_id")));
        return session;
    }

    Optional<Session> peek(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    Session close(String sessionId) {
        Session session = sessions.remove(sessionId);
        if (session == null) {
            throw ApiError.notFound("authorization session " + sessionId);
        }
        return session;
    }

    String issueCode(Session session) {
        String code = "code-" + secrets.get().substring(0, 20);
        codes.put(code, session);
        return code;
    }

    /** Takes a code once; refused when unknown, used, or another user's. */
    Session redeem(String userId, String code) {
        Session session = code == null ? null : codes.get(code);
        if (session == null || !session.userId().equals(userId)) {
            throw ApiError.badRequest("invalid_grant", "unknown or used authorization code");
        }
        codes.remove(code);
        return session;
    }
}
