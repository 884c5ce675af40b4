package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.adapter.jdbc.codec.DomainCodec;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StaleSnapshotException;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ConnectionStore} on JDBC, with optimistic locking on a version column. */
public final class JdbcConnectionStore implements ConnectionStore {

    private static final String COLUMNS = "id, user_id, provider_id, status, snapshot, journey, version";

    private final Jdbc jdbc;
    private final DomainCodec codec;
    private final Clock clock;

    JdbcConnectionStore(Jdbc jdbc, DomainCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public StoredConnection save(StoredConnection connection) {
        String snapshot = codec.writeConnection(connection.connection());
        String journey = codec.writeJourney(connection.journey());
        if (connection.version() == 0) {
            try {
                jdbc.inTransaction("saving connection " + connection.id(), db -> {
                    try (PreparedStatement insert = db.prepareStatement("INSERT INTO oxk_connections (" + COLUMNS
                            + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)")) {
                        bind(insert, connection, snapshot, journey);
                        Jdbc.setInstant(insert, 7, clock.instant());
                        return insert.executeUpdate();
                    }
                });
            } catch (io.oxlinkit.application.port.StorageException failure) {
                if (failure.getCause() instanceof SQLException sql && Jdbc.isDuplicateKey(sql)) {
                    throw new StaleSnapshotException(connection.id(), 0, storedVersion(connection.id()));
                }
                throw failure;
            }
        } else {
            int updated = jdbc.inTransaction("saving connection " + connection.id(), db -> {
                try (PreparedStatement update = db.prepareStatement(
                        "UPDATE oxk_connections SET user_id = ?, provider_id = ?, status = ?,"
                                + " snapshot = ?, journey = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
                    update.setString(1, connection.userId().value());
                    update.setString(2, connection.connection().providerId().value());
                    update.setString(3, connection.connection().rawStatus());
                    update.setString(4, snapshot);
                    update.setString(5, journey);
                    Jdbc.setInstant(update, 6, clock.instant());
                    update.setString(7, connection.id().value());
                    update.setLong(8, connection.version());
                    return update.executeUpdate();
                }
            });
            if (updated != 1) {
                throw new StaleSnapshotException(connection.id(), connection.version(), storedVersion(connection.id()));
            }
        }
        return new StoredConnection(
                connection.userId(), connection.connection(), connection.journey(), connection.version() + 1);
    }

    @Override
    public Optional<StoredConnection> find(ConnectionId id) {
        return jdbc.inTransaction("reading connection " + id, db -> {
            List<StoredConnection> found = query(db, "WHERE id = ?", id.value());
            return found.stream().findFirst();
        });
    }

    @Override
    public List<StoredConnection> findByUser(UserId user) {
        return jdbc.inTransaction(
                "reading connections of a user", db -> query(db, "WHERE user_id = ? ORDER BY id", user.value()));
    }

    @Override
    public List<StoredConnection> findAll() {
        return jdbc.inTransaction("reading connections", db -> query(db, "ORDER BY id", null));
    }

    @Override
    public void delete(ConnectionId id) {
        jdbc.inTransaction("deleting connection " + id, db -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM oxk_connections WHERE id = ?")) {
                delete.setString(1, id.value());
                return delete.executeUpdate();
            }
        });
    }

    private List<StoredConnection> query(Connection db, String where, String parameter) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT " + COLUMNS + " FROM oxk_connections " + where)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            List<StoredConnection> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new StoredConnection(
                            UserId.of(rows.getString("user_id")),
                            codec.readConnection(rows.getString("snapshot")),
                            codec.readJourney(rows.getString("journey")),
                            rows.getLong("version")));
                }
            }
            return result;
        }
    }

    private static void bind(PreparedStatement insert, StoredConnection connection, String snapshot, String journey)
            throws SQLException {
        insert.setString(1, connection.id().value());
        insert.setString(2, connection.userId().value());
        insert.setString(3, connection.connection().providerId().value());
        insert.setString(4, connection.connection().rawStatus());
        insert.setString(5, snapshot);
        insert.setString(6, journey);
    }

    private long storedVersion(ConnectionId id) {
        return jdbc.inTransaction("reading the version of connection " + id, db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT version FROM oxk_connections WHERE id = ?")) {
                select.setString(1, id.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        });
    }
}
