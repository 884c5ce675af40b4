package io.oxlinkit.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A set-based statement's {@code column IN (keys)} condition for many string keys at once, bound the cheapest way
 * the database takes: on PostgreSQL one array parameter ({@code = ANY (?)}; binding and planning hundreds of
 * parameters costs more than the look-up), elsewhere a list of {@value #PER_STATEMENT} parameters at most, so a
 * caller runs its statement once per {@link #chunks chunk}.
 */
final class KeyList {

    /** Keys per statement where each key is one parameter: far below every database's parameter limit. */
    static final int PER_STATEMENT = 500;

    private final boolean array;
    private final List<String> keys;

    private KeyList(boolean array, List<String> keys) {
        this.array = array;
        this.keys = keys;
    }

    /** The keys in statement-sized chunks (one chunk on PostgreSQL, none for no keys). */
    static List<KeyList> chunks(Dialect dialect, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        if (dialect == Dialect.POSTGRESQL) {
            return List.of(new KeyList(true, List.copyOf(keys)));
        }
        List<KeyList> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += PER_STATEMENT) {
            chunks.add(new KeyList(
                    false, List.copyOf(keys.subList(from, Math.min(keys.size(), from + PER_STATEMENT)))));
        }
        return chunks;
    }

    /** The condition to follow the column's name: {@code = ANY (?)} or {@code IN (?, ?, ...)}. */
    String condition() {
        return array ? "= ANY (?)" : "IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")";
    }

    /** Binds the keys from parameter {@code index}; answers the index of the next parameter. */
    int bind(Connection db, PreparedStatement statement, int index) throws SQLException {
        if (array) {
            statement.setArray(index, db.createArrayOf("varchar", keys.toArray()));
            return index + 1;
        }
        for (int i = 0; i < keys.size(); i++) {
            statement.setString(index + i, keys.get(i));
        }
        return index + keys.size();
    }
}
