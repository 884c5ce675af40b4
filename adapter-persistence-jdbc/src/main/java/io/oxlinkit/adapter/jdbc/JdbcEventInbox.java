package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.adapter.jdbc.codec.DomainCodec;
import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.EventKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link EventInbox} on JDBC: the event id is the primary key (recorded once, with the user whose queue
 * delivered it); a claim is one conditional {@code UPDATE} (free or lapsed), atomic on every database, so
 * two attempts (threads or instances) never apply one event at once; a crashed claim is taken over when
 * its lease lapses.
 */
public final class JdbcEventInbox implements EventInbox {

    /** Attempts of a batch that lost a race with another instance recording the same events. */
    private static final int ATTEMPTS = 5;

    private final Jdbc jdbc;
    private final DomainCodec codec;
    private final Clock clock;
    private final MultiRowInsert<Recorded> insert;

    JdbcEventInbox(Jdbc jdbc, DomainCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
        this.insert = new MultiRowInsert<>(
                "oxk_event_inbox",
                List.of(
                        "id",
                        "connection_id",
                        "created_at",
                        "payload",
                        "applied",
                        "recorded_at",
                        "user_id",
                        "worker",
                        "lease_until"),
                row -> new Object[] {
                    row.event().header().id().value(),
                    row.event().header().connectionId().value(),
                    row.event().header().createdAt(),
                    codec.writeEvent(row.event()),
                    Boolean.FALSE,
                    row.recordedAt(),
                    row.user().value(),
                    row.claim().map(Claim::token).orElse(null), // a null binds as SQL NULL
                    row.claim().map(Claim::until)
                });
    }

    @Override
    public boolean record(UserId user, Event event) {
        return recordAll(user, List.of(event)) == 1;
    }

    @Override
    public List<Event> unapplied() {
        return select(
                "SELECT payload FROM oxk_event_inbox WHERE applied = ? ORDER BY created_at, id", Optional.empty());
    }

    @Override
    public List<Event> unapplied(UserId user) {
        return select(
                "SELECT payload FROM oxk_event_inbox WHERE applied = ? AND user_id = ? ORDER BY created_at, id",
                Optional.of(user));
    }

    private List<Event> select(String sql, Optional<UserId> user) {
        return jdbc.inTransaction("reading unapplied events", db -> {
            List<Event> events = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement(sql)) {
                select.setBoolean(1, false);
                if (user.isPresent()) {
                    select.setString(2, user.get().value());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(codec.readEvent(rows.getString(1)));
                    }
                }
            }
            events.sort(Comparator.comparing(e -> EventKey.of(e.header())));
            return events;
        });
    }

    @Override
    public boolean claim(EventId id, String worker, Instant now, Duration lease) {
        return claimAll(List.of(id), worker, now, lease).size() == 1;
    }

    @Override
    public void markApplied(EventId id, String worker) {
        markAppliedAll(List.of(id), worker);
    }

    @Override
    public void release(EventId id, String worker) {
        jdbc.inTransaction("releasing event " + id, db -> {
            try (PreparedStatement update =
                    db.prepareStatement("UPDATE oxk_event_inbox SET worker = NULL, lease_until = NULL"
                            + " WHERE id = ? AND worker = ? AND applied = ?")) {
                update.setString(1, id.value());
                update.setString(2, worker);
                update.setBoolean(3, false);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public boolean isApplied(EventId id) {
        return jdbc.inTransaction("reading event " + id, db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT applied FROM oxk_event_inbox WHERE id = ?")) {
                select.setString(1, id.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() && rows.getBoolean(1);
                }
            }
        });
    }

    @Override
    public int eraseConnection(io.oxlinkit.domain.id.ConnectionId connection) {
        return jdbc.update(
                "erasing a connection's events",
                "DELETE FROM oxk_event_inbox WHERE connection_id = ?",
                connection.value());
    }

    @Override
    public int eraseUser(UserId user) {
        return jdbc.update("erasing a user's events", "DELETE FROM oxk_event_inbox WHERE user_id = ?", user.value());
    }

    @Override
    public int purgeApplied(Instant recordedBefore) {
        return jdbc.update(
                "purging applied events",
                "DELETE FROM oxk_event_inbox WHERE applied = TRUE AND recorded_at < ?",
                recordedBefore);
    }

    /**
     * The new events of the batch in one transaction: a look-up of the batch's ids, then one multi-row insert. If
     * another instance inserts some of them first, the batch is rolled back and written again, its look-up then
     * seeing them (at most {@value #ATTEMPTS} times).
     */
    @Override
    public int recordAll(UserId user, List<Event> events) {
        return insertNew(user, events, Optional.empty()).size();
    }

    /** As {@link #recordAll}, the new rows written already held by {@code claim}: one write a row, not two. */
    @Override
    public List<EventId> recordAndClaimAll(UserId user, List<Event> events, String claim, Instant now, Duration lease) {
        return insertNew(user, events, Optional.of(new Claim(claim, now.plus(lease))));
    }

    private List<EventId> insertNew(UserId user, List<Event> events, Optional<Claim> claim) {
        if (events.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.inTransaction("recording " + events.size() + " event(s)", db -> {
                    Set<String> known = existing(db, events);
                    Map<String, Event> fresh = new LinkedHashMap<>();
                    for (Event event : events) {
                        if (!known.contains(event.header().id().value())) {
                            fresh.putIfAbsent(event.header().id().value(), event);
                        }
                    }
                    List<Recorded> rows = fresh.values().stream()
                            .map(event -> new Recorded(user, event, now, claim))
                            .toList();
                    insert.insert(db, rows);
                    return rows.stream().map(row -> row.event().header().id()).toList();
                });
            } catch (StorageException failure) {
                boolean raced = failure.getCause() instanceof SQLException sql && Jdbc.isDuplicateKey(sql);
                if (!raced || attempt >= ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }

    /** One row of the inbox as it is first written. */
    private record Recorded(UserId user, Event event, Instant recordedAt, Optional<Claim> claim) {}

    /** A claim written with the row. */
    private record Claim(String token, Instant until) {}

    private Set<String> existing(Connection db, List<Event> events) throws SQLException {
        Set<String> known = new HashSet<>();
        List<String> ids = events.stream().map(e -> e.header().id().value()).toList();
        for (KeyList chunk : KeyList.chunks(jdbc.dialect(), ids)) {
            try (PreparedStatement select =
                    db.prepareStatement("SELECT id FROM oxk_event_inbox WHERE id " + chunk.condition())) {
                chunk.bind(db, select, 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
            }
        }
        return known;
    }

    /**
     * One conditional {@code UPDATE} a row, each evaluated on the row's latest version, so two claims never both win
     * a row: on PostgreSQL one statement for the whole list answering the rows it took ({@code RETURNING}); on H2
     * and MariaDB a batch whose counts say which rows it took (H2 rewrites an updated row whether batched or
     * set-based, so one statement would save little there).
     */
    @Override
    public List<EventId> claimAll(List<EventId> ids, String claim, Instant now, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.inTransaction("claiming " + ids.size() + " events", db -> {
            if (jdbc.dialect() == Dialect.POSTGRESQL) {
                return claimReturning(db, ids, claim, now, lease);
            }
            try (PreparedStatement update = db.prepareStatement("UPDATE oxk_event_inbox SET worker = ?, lease_until = ?"
                    + " WHERE id = ? AND applied = ? AND (worker IS NULL OR lease_until <= ?)")) {
                for (EventId id : ids) {
                    update.setString(1, claim);
                    Jdbc.setInstant(update, 2, now.plus(lease));
                    update.setString(3, id.value());
                    update.setBoolean(4, false);
                    Jdbc.setInstant(update, 5, now);
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                List<EventId> claimed = new ArrayList<>(ids.size());
                for (int i = 0; i < ids.size(); i++) {
                    if (counts[i] == 1) {
                        claimed.add(ids.get(i));
                    }
                }
                return claimed;
            }
        });
    }

    private List<EventId> claimReturning(Connection db, List<EventId> ids, String claim, Instant now, Duration lease)
            throws SQLException {
        List<String> keys = ids.stream().map(EventId::value).distinct().toList();
        Set<String> won = new HashSet<>();
        for (KeyList chunk : KeyList.chunks(jdbc.dialect(), keys)) {
            try (PreparedStatement update = db.prepareStatement("UPDATE oxk_event_inbox SET worker = ?, lease_until = ?"
                    + " WHERE id " + chunk.condition() + " AND applied = ? AND (worker IS NULL OR lease_until <= ?)"
                    + " RETURNING id")) {
                update.setString(1, claim);
                Jdbc.setInstant(update, 2, now.plus(lease));
                int next = chunk.bind(db, update, 3);
                update.setBoolean(next, false);
                Jdbc.setInstant(update, next + 1, now);
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        won.add(rows.getString(1));
                    }
                }
            }
        }
        return keys.stream().filter(won::contains).map(EventId::of).toList();
    }

    @Override
    public void markAppliedAll(List<EventId> ids, String claim) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.inTransaction("marking " + ids.size() + " events applied", db -> {
            if (jdbc.dialect() == Dialect.POSTGRESQL) {
                int marked = 0;
                for (KeyList chunk : KeyList.chunks(
                        jdbc.dialect(), ids.stream().map(EventId::value).toList())) {
                    try (PreparedStatement update =
                            db.prepareStatement("UPDATE oxk_event_inbox SET applied = ? WHERE id " + chunk.condition()
                                    + " AND worker = ?")) {
                        update.setBoolean(1, true);
                        update.setString(chunk.bind(db, update, 2), claim);
                        marked += update.executeUpdate();
                    }
                }
                return marked;
            }
            try (PreparedStatement update =
                    db.prepareStatement("UPDATE oxk_event_inbox SET applied = ? WHERE id = ? AND worker = ?")) {
                for (EventId id : ids) {
                    update.setBoolean(1, true);
                    update.setString(2, id.value());
                    update.setString(3, claim);
                    update.addBatch();
                }
                return update.executeBatch().length;
            }
        });
    }
}
