package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.adapter.jdbc.codec.WireValues;
import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** {@link AccountStore} on JDBC: accounts upserted by id, all of a batch or none, each change fed in the same transaction. */
public final class JdbcAccountStore implements AccountStore {

    private static final List<String> COLUMNS = List.of(
            "id",
            "connection_id",
            "name",
            "account_number",
            "iban",
            "balance",
            "balance_scale",
            "currency",
            "balance_date",
            "type",
            "status",
            "classification",
            "channel_definition_id");

    private final Jdbc jdbc;
    private final JdbcChangeFeed feed;
    private final String upsert;

    JdbcAccountStore(Jdbc jdbc, JdbcChangeFeed feed) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.upsert = jdbc.dialect().upsert("oxk_accounts", List.of("id"), COLUMNS);
    }

    @Override
    public void saveAll(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        jdbc.inTransaction("saving accounts", db -> {
            long next = feed.lock(db);
            List<JdbcChangeFeed.AccountRow> changes = new ArrayList<>();
            for (Account incoming : accounts) {
                Optional<Account> stored = query(
                                db, "WHERE id = ? FOR UPDATE", incoming.id().value())
                        .stream()
                        .findFirst();
                ChangeFeed.AccountChangeKind.between(stored, incoming)
                        .ifPresent(kind -> changes.add(new JdbcChangeFeed.AccountRow(kind, incoming)));
            }
            try (PreparedStatement statement = db.prepareStatement(upsert)) {
                for (Account a : accounts) {
                    statement.setString(1, a.id().value());
                    statement.setString(2, a.connectionId().value());
                    Jdbc.setText(statement, 3, a.name().map(n -> StoredBounds.text("account.name", n)));
                    Jdbc.setText(statement, 4, a.accountNumber());
                    Jdbc.setText(statement, 5, a.iban());
                    if (a.balance().isPresent()) {
                        statement.setBigDecimal(
                                6,
                                StoredBounds.amount(
                                        "account.balance", a.balance().get().amount()));
                        statement.setInt(7, a.balance().get().amount().scale());
                        statement.setString(8, a.balance().get().currency().getCurrencyCode());
                    } else {
                        statement.setNull(6, Types.DECIMAL);
                        statement.setNull(7, Types.INTEGER);
                        statement.setNull(8, Types.CHAR);
                    }
                    Jdbc.setInstant(statement, 9, a.balanceDate());
                    statement.setString(10, a.rawType());
                    statement.setString(11, a.rawStatus());
                    statement.setString(12, a.rawClassification());
                    Jdbc.setText(statement, 13, a.channelDefinitionId().map(ChannelDefinitionId::value));
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            feed.appendAccounts(db, next, changes);
            return null;
        });
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return jdbc.inTransaction(
                "reading account " + id,
                db -> query(db, "WHERE id = ?", id.value()).stream().findFirst());
    }

    @Override
    public List<Account> findByConnection(ConnectionId connectionId) {
        return jdbc.inTransaction(
                "reading accounts", db -> query(db, "WHERE connection_id = ? ORDER BY id", connectionId.value()));
    }

    @Override
    public void delete(AccountId id) {
        jdbc.inTransaction("deleting account " + id, db -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM oxk_accounts WHERE id = ?")) {
                delete.setString(1, id.value());
                return delete.executeUpdate();
            }
        });
    }

    private List<Account> query(java.sql.Connection db, String where, String parameter) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT " + String.join(", ", COLUMNS) + " FROM oxk_accounts " + where)) {
            select.setString(1, parameter);
            List<Account> accounts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    BigDecimal balance = rows.getBigDecimal("balance");
                    Optional<Money> money = balance == null
                            ? Optional.empty()
                            : Optional.of(new Money(
                                    balance.setScale(rows.getInt("balance_scale")),
                                    Currency.getInstance(
                                            rows.getString("currency").trim())));
                    accounts.add(WireValues.account(
                            AccountId.of(rows.getString("id")),
                            ConnectionId.of(rows.getString("connection_id")),
                            Optional.ofNullable(rows.getString("name")),
                            Optional.ofNullable(rows.getString("account_number")),
                            Optional.ofNullable(rows.getString("iban")),
                            money,
                            Jdbc.instant(rows, "balance_date"),
                            rows.getString("type"),
                            rows.getString("status"),
                            rows.getString("classification"),
                            Optional.ofNullable(rows.getString("channel_definition_id"))
                                    .map(ChannelDefinitionId::of)));
                }
            }
            return accounts;
        }
    }
}
