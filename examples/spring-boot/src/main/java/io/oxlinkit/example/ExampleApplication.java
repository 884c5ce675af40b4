package io.oxlinkit.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A host's back end over the kit: the starter configures everything from {@code oxlin.*} on the application's
 * {@code DataSource}; {@link BankingController} holds the few endpoints a host writes.
 */
@SpringBootApplication
public class ExampleApplication {

    /** Starts the application ({@code application.properties} points at a sandbox on port 8089 and an H2 file). */
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
