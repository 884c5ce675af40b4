package io.oxlinkit.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.oxlinkit.adapter.http.log.Redactor;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.sandbox.Faults;
import io.oxlinkit.sandbox.SandboxConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every log line of a full flow, at DEBUG, holds no secret. */
class LogRedactionTest {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previous;

    @BeforeEach
    void capture() {
        previous = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }

    @Test
    void aFullFlowLogsNoSecret() throws Exception {
        List<String> secrets = new ArrayList<>();
        try (SandboxKit env = new SandboxKit()) {
            UserId user = env.kit.createUser("frank@host.example");
            env.sandbox.faults().add(Faults.Rule.status("GET /providers", 500, 1));
            SandboxJourneys.embeddedJourney(env, user);
            SandboxJourneys.redirectJourney(env, user);
            env.sandbox.expireTokens();
            env.api.listProviders(user);
            secrets.add(env.stores
                    .vault()
                    .find(user, UserSecretVault.Kind.PASSWORD)
                    .orElseThrow()
                    .reveal());
            secrets.add(env.stores
                    .vault()
                    .find(user, UserSecretVault.Kind.REFRESH_TOKEN)
                    .orElseThrow()
                    .reveal());
            secrets.add(env.api.config().clientSecret().reveal());
            secrets.add(SandboxConfig.DEFAULT_CLIENT_SECRET);
            secrets.add("correct-horse");
            secrets.add("123456");
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            lines.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertThat(lines).hasSizeGreaterThan(50);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("POST").contains("/connections"));
        for (String line : lines) {
            for (String secret : secrets) {
                assertThat(line).doesNotContain(secret);
            }
            assertThat(line).doesNotContainPattern("(?i)bearer [A-Za-z0-9_-]{8,}");
        }
    }

    @Test
    void theRedactorMasksSecretsInAnyShape() {
        assertThat(Redactor.redact("Authorization: Bearer abc.def-ghi")).isEqualTo("Authorization: Bearer ***");
        assertThat(Redactor.redact("{\"id\":\"301\",\"value\":\"hunter2\",\"password\": \"p\\\"w\"}"))
                .isEqualTo("{\"id\":\"301\",\"value\":\"***\",\"password\": \"***\"}");
        assertThat(Redactor.redact("grant_type=password&username=a&password=hunter2&client_secret=s3"))
                .isEqualTo("grant_type=password&username=a&password=***&client_secret=***");
    }
}
