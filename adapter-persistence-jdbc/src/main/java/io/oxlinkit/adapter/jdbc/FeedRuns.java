package io.oxlinkit.adapter.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.oxlinkit.adapter.jdbc.codec.TransactionJson;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.account.Transaction;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several consecutive transaction changes of one account held in one feed row, a <em>run</em>: the row's
 * {@code position} is the first change's, its {@code span} the number of changes, and its payload a JSON array
 * of the changes, each with its {@code kind}. A sync's page is one row instead of hundreds (one
 * index entry, one statement), while a reader still sees one entry per change at its own position. Each change
 * is a compact array ({@link TransactionJson#writeRow}; the account is the row's), about a third of a document. A run is
 * cut before its payload could pass {@link #MAX_RUN_CHARS} (counting the worst-case escaping of every text), so
 * it fits every database's column; a change alone is written as a plain row, as before runs existed.
 */
final class FeedRuns {

    /** The {@code kind} column of a run's row; its entries carry their own kinds. */
    static final String RUN = "RUN";

    /** Bound of a run's payload: H2's column holds 2,000,000 characters. */
    static final int MAX_RUN_CHARS = 1_500_000;

    /** A row to append: one change ({@code span} 1) or a run of them. */
    record Row(String subject, String kind, String accountId, String transactionId, String payload, int span) {}

    private final TransactionJson json;

    FeedRuns(TransactionJson json) {
        this.json = json;
    }

    /** The rows holding {@code changes}: per account, in the order the changes came, runs within the bound. */
    List<Row> rows(String subject, List<JdbcChangeFeed.Change> changes) {
        Map<String, List<JdbcChangeFeed.Change>> byAccount = new LinkedHashMap<>();
        for (JdbcChangeFeed.Change change : changes) {
            byAccount
                    .computeIfAbsent(change.transaction().accountId().value(), a -> new ArrayList<>())
                    .add(change);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<JdbcChangeFeed.Change>> account : byAccount.entrySet()) {
            List<JdbcChangeFeed.Change> run = new ArrayList<>();
            long budget = 0;
            for (JdbcChangeFeed.Change change : account.getValue()) {
                long size = worstCase(change.transaction());
                if (!run.isEmpty() && budget + size > MAX_RUN_CHARS) {
                    rows.add(row(subject, account.getKey(), run));
                    run = new ArrayList<>();
                    budget = 0;
                }
                run.add(change);
                budget += size;
            }
            rows.add(row(subject, account.getKey(), run));
        }
        return rows;
    }

    private Row row(String subject, String accountId, List<JdbcChangeFeed.Change> run) {
        if (run.size() == 1) {
            JdbcChangeFeed.Change only = run.get(0);
            return new Row(
                    subject,
                    only.kind().name(),
                    accountId,
                    only.transaction().id().value(),
                    json.write(only.transaction()),
                    1);
        }
        StringWriter out = new StringWriter(run.size() * 320);
        try (JsonGenerator array = json.factory().createGenerator(out)) {
            array.writeStartArray();
            for (JdbcChangeFeed.Change change : run) {
                json.writeRow(array, change.kind().name(), change.transaction());
            }
            array.writeEndArray();
        } catch (IOException impossible) {
            throw new StorageException("could not write a run of changes", impossible);
        }
        return new Row(subject, RUN, accountId, "", out.toString(), run.size());
    }

    /** Characters a change could take at most in a run: each text escaped as six characters a character. */
    private static long worstCase(Transaction t) {
        long texts = t.label().length()
                + t.id().value().length()
                + t.accountId().value().length()
                + t.rawType().length()
                + t.rawStatus().length();
        return 6 * texts + 400;
    }

    /** The changes a run's payload holds, from {@code first} on. */
    List<ChangeFeed.TransactionChange> entries(long first, int span, String accountId, String payload) {
        JsonNode array = json.tree(payload);
        if (!array.isArray() || array.size() != span) {
            throw new StorageException("a stored run of changes does not hold its " + span + " changes", null);
        }
        List<ChangeFeed.TransactionChange> entries = new ArrayList<>(span);
        io.oxlinkit.domain.id.AccountId account = io.oxlinkit.domain.id.AccountId.of(accountId);
        for (int i = 0; i < span; i++) {
            JsonNode row = array.get(i);
            entries.add(new ChangeFeed.TransactionChange(
                    first + i, kind(row.path(0).asText()), json.readRow(row, account)));
        }
        return entries;
    }

    static ChangeFeed.ChangeKind kind(String stored) {
        try {
            return ChangeFeed.ChangeKind.valueOf(stored);
        } catch (IllegalArgumentException unknown) {
            throw new StorageException("a stored change has an unknown kind", unknown);
        }
    }
}
