package io.oxlinkit.adapter.http;

import io.oxlinkit.adapter.http.client.KeysClient;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.adapter.http.wire.Bodies;
import io.oxlinkit.adapter.http.wire.WireReader;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;

/** The user's PGP keys over HTTP. */
final class HttpKeys implements io.oxlinkit.application.port.KeysApi {

    private final HttpTransport transport;
    private final Exchange exchange;
    private final KeysClient keys;

    HttpKeys(HttpTransport transport) {
        this.transport = transport;
        this.exchange = transport.exchange;
        this.keys = transport.keys;
    }

    @Override
    public KeyId createKey(UserId user) {
        return KeyId.of(transport.asUser(
                user,
                "POST /keys",
                Safety.IDEMPOTENT,
                auth -> keys.create(auth, new Bodies.NewKey("PGP")),
                Exchange.createdId()));
    }

    @Override
    public EncryptionKey key(UserId user, KeyId keyId) {
        return transport.asUser(
                user,
                "GET /keys/{id}",
                Safety.IDEMPOTENT,
                auth -> keys.get(auth, keyId.value()),
                exchange.json(WireReader::key));
    }
}
