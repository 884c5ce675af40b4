package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/** {@link KeyStore} on JDBC: each user's newest PGP public key (public: not a secret). */
public final class JdbcKeyStore implements KeyStore {

    private final Jdbc jdbc;
    private final String upsert;

    JdbcKeyStore(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.upsert = jdbc.dialect()
                .upsert("oxk_keys", List.of("user_id"), List.of("user_id", "key_id", "public_key", "expiration"));
    }

    @Override
    public Optional<EncryptionKey> current(UserId user) {
        return jdbc.inTransaction("reading a key", db -> {
            try (PreparedStatement select =
                    db.prepareStatement("SELECT key_id, public_key, expiration FROM oxk_keys WHERE user_id = ?")) {
                select.setString(1, user.value());
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new EncryptionKey(
                            KeyId.of(rows.getString(1)),
                            rows.getString(2),
                            Jdbc.instant(rows, "expiration").orElseThrow()));
                }
            }
        });
    }

    @Override
    public void save(UserId user, EncryptionKey key) {
        jdbc.inTransaction("saving a key", db -> {
            try (PreparedStatement statement = db.prepareStatement(upsert)) {
                statement.setString(1, user.value());
                statement.setString(2, key.id().value());
                statement.setString(3, key.armoredPublicKey());
                Jdbc.setInstant(statement, 4, key.expiration());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void erase(UserId user) {
        jdbc.update("erasing a key", "DELETE FROM oxk_keys WHERE user_id = ?", user.value());
    }
}
