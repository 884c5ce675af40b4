package io.oxlinkit.domain.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.QueueId;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule 8: the pipe is reserved by OXLIN in redirect_state; the callback shapes. */
class RedirectStateTest {

    @Test
    void stateWithPipeIsRejected() {
        assertThatThrownBy(() -> new RedirectState("user-42|step"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("|");
        assertThatThrownBy(() -> RedirectRequest.clientCreatesConnection(
                        ProviderId.of("119"),
                        ChannelDefinitionId.of("redirect1"),
                        URI.create("https://host.example/cb"),
                        Optional.of(new RedirectState("a|b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stateWithoutPipeIsKept() {
        assertThat(new RedirectState("user-42:step").value()).isEqualTo("user-42:step");
    }

    @Test
    void callbackOfOxlinCreatedConnectionIsRead() {
        RedirectCallback callback =
                RedirectCallback.fromQuery(Map.of("connection_id", "555", "status", "RUNNING", "queue_id", "q1"));
        assertThat(callback)
                .isEqualTo(new RedirectCallback.ConnectionCreated(
                        ConnectionId.of("555"),
                        io.oxlinkit.domain.connection.ConnectionStatus.RUNNING,
                        Optional.of(QueueId.of("q1"))));
    }

    @Test
    void callbackOfClientHandledRedirectKeepsTheCodeSecret() {
        RedirectCallback callback = RedirectCallback.fromQuery(Map.of("code", "abc-secret", "state", "s1"));
        assertThat(callback).isInstanceOf(RedirectCallback.CodeReturned.class);
        assertThat(callback.toString()).doesNotContain("abc-secret");
    }

    @Test
    void callbackWithNothingUsableFails() {
        assertThat(RedirectCallback.fromQuery(Map.of("error", "access_denied")))
                .isEqualTo(new RedirectCallback.Failed("access_denied"));
    }
}
