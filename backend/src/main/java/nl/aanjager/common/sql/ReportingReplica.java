package nl.aanjager.common.sql;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The read-only database the reports read from, when one is configured
 * ({@code aanjager.reporting.jdbc-url}: in a cluster the {@code -ro} service of the PostgreSQL
 * cluster, whose hot standbys follow the primary by streaming replication). Without it the
 * reports read the primary. Its connections are read-only, so a write sent here by mistake fails
 * instead of reaching a standby (where it would fail anyway) or, misconfigured, the primary.
 */
@ApplicationScoped
public class ReportingReplica {
    private final Optional<AgroalDataSource> pool;

    ReportingReplica(Settings settings, @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.pool = settings.jdbcUrl().map(url -> open(url, settings.username().or(() -> username),
                settings.password().or(() -> password), settings.maxSize()));
    }

    public boolean configured() {
        return pool.isPresent();
    }

    Connection connection() throws SQLException {
        return pool.orElseThrow().getConnection();
    }

    @PreDestroy
    void close() {
        pool.ifPresent(AgroalDataSource::close);
    }

    private static AgroalDataSource open(String url, Optional<String> username, Optional<String> password, int maxSize) {
        var configuration = new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(pool -> pool
                .maxSize(maxSize)
                .acquisitionTimeout(Duration.ofSeconds(3))
                .validationTimeout(Duration.ofSeconds(30))
                .connectionFactoryConfiguration(factory -> {
                    factory.jdbcUrl(url).readOnly(true).jdbcProperty("ApplicationName", "aanjager-reports")
                            .jdbcProperty("readOnlyMode", "always").jdbcProperty("connectTimeout", "3")
                            // only analytical statements run here: plans for their actual values (CustomPlans)
                            .jdbcProperty("options", "-c plan_cache_mode=force_custom_plan");
                    username.ifPresent(name -> factory.principal(new NamePrincipal(name)));
                    password.ifPresent(secret -> factory.credential(new SimplePassword(secret)));
                    return factory;
                }));
        try {
            return AgroalDataSource.from(configuration);
        } catch (SQLException e) {
            throw new IllegalStateException("The reporting database could not be set up: " + e.getMessage(), e);
        }
    }

    @ConfigMapping(prefix = "aanjager.reporting")
    public interface Settings {
        /** JDBC URL of the read-only reporting database; none: the reports read the primary. */
        Optional<String> jdbcUrl();

        /** Defaults to the primary's user name. */
        Optional<String> username();

        /** Defaults to the primary's password. */
        Optional<String> password();

        @WithDefault("8")
        int maxSize();
    }
}
