package io.oxlinkit.adapter.jdbc.codec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oxlinkit.application.UserDataSink;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A user's data export ({@code kit.exportUserData}) as one JSON document, written as it is told (one transaction
 * at a time), and read back. Connections, accounts, transactions and events take the forms the store keeps
 * them in; secrets are listed by kind, never with a value.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     kit.exportUserData(user, UserDataJson.writer(out));
 * }
 * }</pre>
 */
public final class UserDataJson {

    /** An export read back: the user, what is held, and each connection with its accounts and transactions. */
    public record UserData(
            UserId user,
            Instant exportedAt,
            Set<UserSecretVault.Kind> secretsHeld,
            Optional<String> keyId,
            Optional<String> queueId,
            List<ConnectionData> connections,
            List<Event> unappliedEvents) {}

    /** One connection of an export. */
    public record ConnectionData(Connection connection, List<AccountData> accounts) {}

    /** One account of an export, with every transaction stored for it, newest first. */
    public record AccountData(Account account, List<Transaction> transactions) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UserDataJson() {}

    /** A sink writing the export to {@code out} (left open; flushed at the end). */
    public static UserDataSink writer(OutputStream out) {
        try {
            return new Writer(new JsonFactory().createGenerator(out, JsonEncoding.UTF8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Reads an export written by {@link #writer}. */
    public static UserData read(InputStream in) {
        DomainCodec codec = new DomainCodec();
        TransactionJson transactionJson = new TransactionJson();
        try {
            JsonNode root = MAPPER.readTree(in);
            Set<UserSecretVault.Kind> held = EnumSet.noneOf(UserSecretVault.Kind.class);
            root.path("secrets_held").forEach(kind -> held.add(UserSecretVault.Kind.valueOf(kind.asText())));
            List<ConnectionData> connections = new ArrayList<>();
            for (JsonNode connection : root.path("connections")) {
                List<AccountData> accounts = new ArrayList<>();
                for (JsonNode account : connection.path("accounts")) {
                    List<Transaction> transactions = new ArrayList<>();
                    account.path("transactions").forEach(t -> transactions.add(transactionJson.read(t.toString())));
                    accounts.add(new AccountData(codec.account(account.path("account")), transactions));
                }
                connections.add(new ConnectionData(
                        codec.readConnection(connection.path("connection").toString()), accounts));
            }
            List<Event> events = new ArrayList<>();
            root.path("unapplied_events").forEach(e -> events.add(codec.readEvent(e.toString())));
            return new UserData(
                    UserId.of(root.path("user_id").asText()),
                    Instant.parse(root.path("exported_at").asText()),
                    held,
                    text(root, "key_id"),
                    text(root, "queue_id"),
                    connections,
                    events);
        } catch (IOException | RuntimeException unreadable) {
            throw new StorageException("the export could not be read", unreadable);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    /** Writes as it is told; every write failure is an {@link UncheckedIOException}. */
    private static final class Writer implements UserDataSink {
        private final JsonGenerator json;
        private final DomainCodec codec = new DomainCodec();
        private final TransactionJson transactions = new TransactionJson();
        private boolean inConnection;

        Writer(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public void user(
                UserId user,
                Instant exportedAt,
                Set<UserSecretVault.Kind> secretsHeld,
                Optional<EncryptionKey> key,
                Optional<QueueId> queue) {
            write(() -> {
                json.writeStartObject();
                json.writeStringField("format", "oxlin-kit user data v1");
                json.writeStringField("user_id", user.value());
                json.writeStringField("exported_at", exportedAt.toString());
                json.writeArrayFieldStart("secrets_held");
                for (UserSecretVault.Kind kind : secretsHeld) {
                    json.writeString(kind.name());
                }
                json.writeEndArray();
                if (key.isPresent()) {
                    json.writeStringField("key_id", key.get().id().value());
                    json.writeStringField(
                            "key_expiration", key.get().expiration().toString());
                }
                if (queue.isPresent()) {
                    json.writeStringField("queue_id", queue.get().value());
                }
                json.writeArrayFieldStart("connections");
            });
        }

        @Override
        public void connection(Connection connection) {
            write(() -> {
                json.writeStartObject();
                json.writeFieldName("connection");
                json.writeRawValue(codec.writeConnection(connection));
                json.writeArrayFieldStart("accounts");
                inConnection = true;
            });
        }

        @Override
        public void account(Account account) {
            write(() -> {
                json.writeStartObject();
                json.writeFieldName("account");
                json.writeRawValue(MAPPER.writeValueAsString(codec.account(account)));
                json.writeArrayFieldStart("transactions");
            });
        }

        @Override
        public void transaction(Transaction transaction) {
            write(() -> json.writeRawValue(transactions.write(transaction)));
        }

        @Override
        public void endAccount() {
            write(() -> {
                json.writeEndArray();
                json.writeEndObject();
            });
        }

        @Override
        public void endConnection() {
            write(() -> {
                json.writeEndArray();
                json.writeEndObject();
                inConnection = false;
            });
        }

        @Override
        public void end(List<Event> unappliedEvents) {
            if (inConnection) {
                throw new IllegalStateException("the export ended inside a connection");
            }
            write(() -> {
                json.writeEndArray();
                json.writeArrayFieldStart("unapplied_events");
                for (Event event : unappliedEvents) {
                    json.writeRawValue(codec.writeEvent(event));
                }
                json.writeEndArray();
                json.writeEndObject();
                json.flush();
            });
        }

        private interface Step {
            void run() throws IOException;
        }

        private void write(Step step) {
            try {
                step.run();
            } catch (IOException failure) {
                throw new UncheckedIOException("writing the export failed", failure);
            }
        }
    }
}
