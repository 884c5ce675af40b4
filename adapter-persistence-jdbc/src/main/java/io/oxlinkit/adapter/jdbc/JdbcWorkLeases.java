package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.application.port.WorkLeases;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * {@link WorkLeases} on JDBC, shared by every host instance on the database. Taking a lease locks its
 * row with {@code SELECT ... FOR UPDATE SKIP LOCKED} on PostgreSQL and MariaDB (an instance never waits
 * on a row another instance is claiming: it moves on), plain {@code FOR UPDATE} on H2; a missing row is
 * inserted, and the primary key settles a race between two first inserts.
 */
public final class JdbcWorkLeases implements WorkLeases {

    private final Jdbc jdbc;

    JdbcWorkLeases(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryAcquire(String resource, String worker, Instant now, Duration lease) {
        try {
            return jdbc.inTransaction("taking lease " + resource, db -> {
                try (PreparedStatement select =
                        db.prepareStatement("SELECT worker, lease_until FROM oxk_work_leases WHERE resource = ?"
                                + jdbc.dialect().lockSkippingLocked())) {
                    select.setString(1, resource);
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            boolean lapsed = !Jdbc.instant(rows, "lease_until")
                                    .orElseThrow()
                                    .isAfter(now);
                            if (!lapsed) {
                                return false;
                            }
                            try (PreparedStatement update = db.prepareStatement(
                                    "UPDATE oxk_work_leases SET worker = ?, lease_until = ? WHERE resource = ?")) {
                                update.setString(1, worker);
                                Jdbc.setInstant(update, 2, now.plus(lease));
                                update.setString(3, resource);
                                return update.executeUpdate() == 1;
                            }
                        }
                    }
                }
                if (lockedByOther(db, resource)) {
                    return false;
                }
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO oxk_work_leases (resource, worker, lease_until) VALUES (?, ?, ?)")) {
                    insert.setString(1, resource);
                    insert.setString(2, worker);
                    Jdbc.setInstant(insert, 3, now.plus(lease));
                    return insert.executeUpdate() == 1;
                }
            });
        } catch (StorageException failure) {
            if (failure.getCause() instanceof SQLException sql && (Jdbc.isDuplicateKey(sql) || isLockConflict(sql))) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public boolean renew(String resource, String holder, Instant now, Duration lease) {
        return jdbc.inTransaction("renewing lease " + resource, db -> {
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE oxk_work_leases SET lease_until = ? WHERE resource = ? AND worker = ?")) {
                Jdbc.setInstant(update, 1, now.plus(lease));
                update.setString(2, resource);
                update.setString(3, holder);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(String resource, String worker) {
        jdbc.inTransaction("releasing lease " + resource, db -> {
            try (PreparedStatement delete =
                    db.prepareStatement("DELETE FROM oxk_work_leases WHERE resource = ? AND worker = ?")) {
                delete.setString(1, resource);
                delete.setString(2, worker);
                return delete.executeUpdate();
            }
        });
    }

    /** A row skipped by SKIP LOCKED exists but is being claimed: do not try to insert it. */
    private static boolean lockedByOther(java.sql.Connection db, String resource) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT 1 FROM oxk_work_leases WHERE resource = ?")) {
            select.setString(1, resource);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean isLockConflict(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("HYT00") || state.equals("55P03"));
    }

    @Override
    public void forget(String resource) {
        jdbc.update("forgetting a lease", "DELETE FROM oxk_work_leases WHERE resource = ?", resource);
    }

    @Override
    public int purgeLapsed(Instant lapsedBefore) {
        return jdbc.update("purging lapsed leases", "DELETE FROM oxk_work_leases WHERE lease_until < ?", lapsedBefore);
    }
}
