package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/** {@link SubscriptionStore} on JDBC. */
public final class JdbcSubscriptionStore implements SubscriptionStore {

    private final Jdbc jdbc;
    private final String upsert;

    JdbcSubscriptionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.upsert = jdbc.dialect().upsert("oxk_subscriptions", List.of("user_id"), List.of("user_id", "queue_id"));
    }

    @Override
    public Optional<QueueId> queue(UserId user) {
        return jdbc.inTransaction("reading a subscription", db -> {
            try (PreparedStatement select =
                    db.prepareStatement("SELECT queue_id FROM oxk_subscriptions WHERE user_id = ?")) {
                select.setString(1, user.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(QueueId.of(rows.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<UserId> users() {
        return jdbc.inTransaction("listing subscribed users", db -> {
            List<UserId> users = new java.util.ArrayList<>();
            try (PreparedStatement select =
                            db.prepareStatement("SELECT user_id FROM oxk_subscriptions ORDER BY user_id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    users.add(UserId.of(rows.getString(1)));
                }
            }
            return users;
        });
    }

    @Override
    public void save(UserId user, QueueId queue) {
        jdbc.inTransaction("saving a subscription", db -> {
            try (PreparedStatement statement = db.prepareStatement(upsert)) {
                statement.setString(1, user.value());
                statement.setString(2, queue.value());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void erase(UserId user) {
        jdbc.update("erasing a subscription", "DELETE FROM oxk_subscriptions WHERE user_id = ?", user.value());
    }
}
