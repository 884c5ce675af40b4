package io.oxlinkit.spring.boot;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Application contexts of the starter's tests: an in-memory H2 of its own per context, the required secrets set. */
final class StarterContexts {

    static final String CLIENT_SECRET = "client-secret-that-must-not-show";
    static final String SEALING_KEY = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

    private StarterContexts() {}

    /** The kit's auto-configuration after Boot's {@code DataSource}, on a fresh H2 database. */
    static ApplicationContextRunner kit() {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, OxlinKitAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:mem:starter-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "oxlin.api.base-url=http://127.0.0.1:9/v2.1",
                        "oxlin.api.auth-base-url=http://127.0.0.1:9",
                        "oxlin.api.client-id=starter-client",
                        "oxlin.api.client-secret=" + CLIENT_SECRET,
                        "oxlin.storage.sealing-key=" + SEALING_KEY);
    }
}
