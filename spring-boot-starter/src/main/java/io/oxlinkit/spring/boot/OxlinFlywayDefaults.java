package io.oxlinkit.spring.boot;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps Boot's own Flyway off when only the kit brought Flyway: the JDBC adapter runs the kit's migrations itself
 * (its scripts under {@code db/oxlinkit}, its history table {@code oxk_schema_history}), and without this Boot's
 * Flyway would run on the host's database with nothing to migrate and create an empty {@code flyway_schema_history}.
 * It adds {@code spring.flyway.enabled=false} as the lowest-precedence default only when the host set no
 * {@code spring.flyway.*} property and has no scripts under {@code classpath:db/migration}; a host using Flyway is
 * left exactly as it is, and its migrations and the kit's keep apart (docs/spring-boot.md).
 */
public final class OxlinFlywayDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "oxlinFlywayDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!present("org.flywaydb.core.Flyway") || hostConfiguresFlyway(environment) || hostHasMigrations()) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(SOURCE, Map.of("spring.flyway.enabled", "false")));
    }

    private static boolean hostConfiguresFlyway(ConfigurableEnvironment environment) {
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith("spring.flyway.") || name.startsWith("SPRING_FLYWAY_")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hostHasMigrations() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*").length > 0;
        } catch (java.io.IOException unreadable) {
            return true; // unsure: leave the host's Flyway as Boot has it
        }
    }

    private static boolean present(String type) {
        try {
            Class.forName(type, false, OxlinFlywayDefaults.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
