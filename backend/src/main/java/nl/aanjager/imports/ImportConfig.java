package nl.aanjager.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and pace of imports (application.properties, aanjager.imports.*). */
@ConfigMapping(prefix = "aanjager.imports")
public interface ImportConfig {
    /** Rows one transaction applies: a crash leaves each chunk wholly applied or not at all. */
    @WithDefault("1000")
    int chunkSize();

    /** How long a runner holds a job without renewing; after that another replica (or a restart) takes over. */
    @WithDefault("PT15S")
    Duration lease();

    /** How often a runner looks for queued jobs and jobs whose runner died (read by the scheduler). */
    @WithDefault("5s")
    String pollEvery();

    /** The largest upload; enforced for every request by common/bodylimit, which reads it by name. */
    @WithDefault("50M")
    String maxUploadSize();

    @WithDefault("200000")
    int maxRows();

    @WithDefault("200")
    int maxColumns();

    @WithDefault("4000")
    int maxCellLength();

    default UploadedTable.Limits limits() {
        return new UploadedTable.Limits(maxRows(), maxColumns(), maxCellLength());
    }
}
