package io.oxlinkit.adapter.http.wire;

import java.util.List;

/**
 * Request bodies, as records serialized by Jackson with snake_case names and null fields left out.
 * They hold revealed secrets only for the time of one request; their {@code toString} is redacted.
 */
public final class Bodies {

    private Bodies() {}

    /** {@code POST /users}. */
    public record NewUser(String email, String password) {
        @Override
        public String toString() {
            return "NewUser[***]";
        }
    }

    /** One {@code {id, value}} credential or challenge answer. */
    public record Credential(String id, String value) {
        @Override
        public String toString() {
            return "Credential[id=" + id + ", value=***]";
        }
    }

    /** {@code POST /connections}. */
    public record NewConnection(
            String providerId, String channelDefinitionId, String keyId, List<Credential> credentials) {}

    /** {@code PUT /connections/{id}/channels/{channel}}. */
    public record ChannelUpdate(String id, String keyId, List<Credential> credentials) {}

    /** {@code PUT /connections/{id}/credentials/{credential}}. */
    public record OneCredential(String value, String keyId) {
        @Override
        public String toString() {
            return "OneCredential[***]";
        }
    }

    /** {@code POST .../user_input}. */
    public record UserInput(List<Credential> credentials) {}

    /** One consent decision. */
    public record Decision(String accountId, boolean consent) {}

    /** {@code PUT /connections/{id}/consents}. */
    public record Consents(List<Decision> consents) {}

    /** {@code POST /queues/subscribe}. */
    public record Subscribe(List<String> topics) {}

    /** {@code POST /keys}. */
    public record NewKey(String type) {}

    /** What OXLIN needs to refresh the user's token during a redirect (secrets: never logged). */
    public record WidgetParams(
            String clientId, String clientSecret, String accessToken, String refreshToken, String providerId) {
        @Override
        public String toString() {
            return "WidgetParams[***]";
        }
    }

    /** {@code POST /providers/{id}/channels/{channel}/authorize_url}. */
    public record AuthorizeUrl(
            String redirectUri,
            Boolean useClientRedirect,
            String redirectState,
            String connectionId,
            String channelDefinitionId,
            WidgetParams widgetParams) {}

    /** {@code POST {embedBase}/widget/widget_session}: the user's token and the client's credentials (secrets). */
    public record WidgetSessionRequest(String accessToken, String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "WidgetSessionRequest[***]";
        }
    }
}
