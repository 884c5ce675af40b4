package io.oxlinkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Boot's Flyway is kept off only for hosts that do not use Flyway themselves. */
class OxlinFlywayDefaultsTest {

    private final OxlinFlywayDefaults defaults = new OxlinFlywayDefaults();

    @Test
    void turnsBootsFlywayOffWhenTheHostNeitherConfiguresItNorHasMigrations() {
        StandardEnvironment environment = new StandardEnvironment();
        defaults.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.flyway.enabled")).isEqualTo("false");
        assertThat(environment.getPropertySources().stream()
                        .reduce((first, second) -> second)
                        .orElseThrow()
                        .getName())
                .as("the lowest precedence: any host setting wins")
                .isEqualTo(OxlinFlywayDefaults.SOURCE);
    }

    @Test
    void leavesAHostThatConfiguresFlywayAsItIs() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("host", Map.of("spring.flyway.locations", "classpath:db/host")));
        defaults.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.flyway.enabled")).isNull();
        assertThat(environment.getPropertySources().contains(OxlinFlywayDefaults.SOURCE))
                .isFalse();
    }

    @Test
    void aHostsExplicitChoiceWinsOverTheDefault() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("host", Map.of("spring.flyway.enabled", "true")));
        defaults.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.flyway.enabled")).isEqualTo("true");
    }
}
