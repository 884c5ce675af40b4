package io.oxlinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `oxlin demo` in-process: every step is printed, checked, and the exit code is 0. */
class DemoTest {

    @Test
    void theDemoRunsEveryStepAndExitsZero() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = Oxlin.execute(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(buffer, true, StandardCharsets.UTF_8),
                Map.of(),
                "demo");
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output)
                .contains("[1/11] Create an OXLIN user")
                .contains("[3/11] Open an EMBEDDED connection at bank 87")
                .contains("au 0606060606")
                .contains("> 12345 (refused on the client")
                .contains("[5/11] Consent to one account of two")
                .contains("shared Compte courant, declined Livret A")
                .contains("last transactions:")
                .contains("FixCredentials (AUTH_FAILED)")
                .contains("identifier shown as [**er]")
                .contains("the health check is clean")
                .contains("[10/11] Open a REDIRECT connection at bank 119")
                .contains("[11/11] Connect a bank through OXLIN's widget")
                .contains("shared one account of two")
                .contains("Carte Visa")
                .contains("Demo finished: every step did what it should.")
                .doesNotContain("correct-horse")
                .doesNotContain("DEMO FAILED");
    }
}
