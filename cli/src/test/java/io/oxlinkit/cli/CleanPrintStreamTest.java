package io.oxlinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.testkit.data.TransactionBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Server text printed by the command line loses the characters a terminal acts on: escape sequences (C0),
 * C1 controls and bidi overrides and isolates, whether printed with print, println, printf or in a table;
 * ordinary text, accents and emoji are kept.
 */
class CleanPrintStreamTest {

    private static final String HOSTILE =
            "BANQUE \u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eEVIL\u202c\u2066x\u2069 Caf\u00e9 \uD83D\uDE00";

    @Test
    void everyWayOfPrintingDropsTheControlAndBidiCharacters() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CleanPrintStream out = new CleanPrintStream(bytes)) {
            out.println(HOSTILE);
            out.print(HOSTILE);
            out.println();
            out.printf("%s%n", HOSTILE);
            out.append(HOSTILE).println();
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines())
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).isEqualTo("BANQUE ]0;pwned[2J31mEVILx Caf\u00e9 \uD83D\uDE00"));
        assertThat(printed).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "\u2066");
    }

    @Test
    void aTableOfTransactionsShowsTheirLabelsCleaned() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Transaction hostile = new TransactionBuilder()
                .id("t1")
                .accountId("a1")
                .label("CB\u001b[31m\u202eX\nY")
                .build();
        try (CleanPrintStream out = new CleanPrintStream(bytes)) {
            Tables.transactions(out, List.of(hostile), "");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("CB[31mX Y")
                .doesNotContain("\u001b")
                .doesNotContain("\u202e");
    }
}
