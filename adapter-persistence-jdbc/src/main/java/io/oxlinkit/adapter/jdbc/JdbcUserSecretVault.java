package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * {@link UserSecretVault} on JDBC that never stores a secret in clear: each value is sealed with
 * AES-256-GCM (the JDK's), a fresh 96-bit nonce, and the user id and kind as associated data (a sealed
 * value moved to another row does not open). The key id is stored beside it, so keys can be rotated:
 * add the new key as current and the old one as retired, call {@link #rotate()}, then drop the old one.
 */
public final class JdbcUserSecretVault implements UserSecretVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Jdbc jdbc;
    private final SealingKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final String upsert;

    JdbcUserSecretVault(Jdbc jdbc, SealingKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.upsert = jdbc.dialect()
                .upsert(
                        "oxk_user_secrets",
                        List.of("user_id", "kind"),
                        List.of("user_id", "kind", "key_id", "nonce", "sealed"));
    }

    @Override
    public void store(UserId user, Kind kind, SecretValue value) {
        byte[] plain = value.utf8Bytes();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = cipher(Cipher.ENCRYPT_MODE, keys.currentKey(), nonce, user, kind)
                    .doFinal(plain);
        } catch (GeneralSecurityException failure) {
            throw new StorageException("could not seal a secret of user " + user, failure);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        write(user, kind, keys.currentId(), nonce, sealed);
    }

    @Override
    public boolean replace(UserId user, Kind kind, SecretValue expected, SecretValue replacement) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = seal(user, kind, replacement, nonce);
        return jdbc.inTransaction("replacing a sealed secret", db -> {
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT key_id, nonce, sealed FROM oxk_user_secrets WHERE user_id = ? AND kind = ?"
                            + " FOR UPDATE")) {
                select.setString(1, user.value());
                select.setString(2, kind.name());
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                    SecretValue current = open(user, kind, rows.getString(1), rows.getBytes(2), rows.getBytes(3));
                    boolean same = current.equals(expected);
                    current.wipe();
                    if (!same) {
                        return false;
                    }
                }
            }
            try (PreparedStatement update =
                    db.prepareStatement("UPDATE oxk_user_secrets SET key_id = ?, nonce = ?, sealed = ?"
                            + " WHERE user_id = ? AND kind = ?")) {
                update.setString(1, keys.currentId());
                update.setBytes(2, nonce);
                update.setBytes(3, sealed);
                update.setString(4, user.value());
                update.setString(5, kind.name());
                return update.executeUpdate() == 1;
            }
        });
    }

    private byte[] seal(UserId user, Kind kind, SecretValue value, byte[] nonce) {
        byte[] plain = value.utf8Bytes();
        try {
            return cipher(Cipher.ENCRYPT_MODE, keys.currentKey(), nonce, user, kind)
                    .doFinal(plain);
        } catch (GeneralSecurityException failure) {
            throw new StorageException("could not seal a secret of user " + user, failure);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public Optional<SecretValue> find(UserId user, Kind kind) {
        return jdbc.inTransaction("reading a sealed secret", db -> {
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT key_id, nonce, sealed FROM oxk_user_secrets WHERE user_id = ? AND kind = ?")) {
                select.setString(1, user.value());
                select.setString(2, kind.name());
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(open(user, kind, rows.getString(1), rows.getBytes(2), rows.getBytes(3)));
                }
            }
        });
    }

    @Override
    public void erase(UserId user) {
        jdbc.inTransaction("erasing secrets", db -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM oxk_user_secrets WHERE user_id = ?")) {
                delete.setString(1, user.value());
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Re-seals with the current key every secret sealed with another one.
     *
     * @return how many secrets were re-sealed
     */
    public int rotate() {
        record Row(UserId user, Kind kind) {}
        List<Row> stale = jdbc.inTransaction("listing secrets to re-seal", db -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select =
                    db.prepareStatement("SELECT user_id, kind FROM oxk_user_secrets WHERE key_id <> ?")) {
                select.setString(1, keys.currentId());
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Row(UserId.of(result.getString(1)), Kind.valueOf(result.getString(2))));
                    }
                }
            }
            return rows;
        });
        for (Row row : stale) {
            find(row.user(), row.kind()).ifPresent(value -> {
                store(row.user(), row.kind(), value);
                value.wipe();
            });
        }
        return stale.size();
    }

    private SecretValue open(UserId user, Kind kind, String keyId, byte[] nonce, byte[] sealed) {
        SecretKey key = keys.key(keyId)
                .orElseThrow(() -> new StorageException(
                        "secret of user " + user + " is sealed with key '" + keyId
                                + "', which is not configured: add it as a retired key, then rotate",
                        null));
        byte[] plain = null;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, key, nonce, user, kind).doFinal(sealed);
            java.nio.CharBuffer decoded = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(plain));
            char[] chars = new char[decoded.remaining()];
            decoded.get(chars);
            if (decoded.hasArray()) {
                Arrays.fill(decoded.array(), '\0');
            }
            SecretValue value = SecretValue.of(chars);
            Arrays.fill(chars, '\0');
            return value;
        } catch (GeneralSecurityException tampered) {
            throw new StorageException(
                    "a sealed secret of user " + user + " does not open (wrong key or altered row)", tampered);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private void write(UserId user, Kind kind, String keyId, byte[] nonce, byte[] sealed) {
        jdbc.inTransaction("storing a sealed secret", db -> {
            try (PreparedStatement statement = db.prepareStatement(upsert)) {
                statement.setString(1, user.value());
                statement.setString(2, kind.name());
                statement.setString(3, keyId);
                statement.setBytes(4, nonce);
                statement.setBytes(5, sealed);
                return statement.executeUpdate();
            }
        });
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, UserId user, Kind kind)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((user.value() + "\u0000" + kind.name()).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
