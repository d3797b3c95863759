package nl.aanjager.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long a contact person's data is kept without a sign of life, and when the job looks. */
@ConfigMapping(prefix = "aanjager.retention")
public interface RetentionConfig {
    /** Whether the scheduled run happens; an admin can always run it by hand. */
    @WithDefault("true")
    boolean enabled();

    /** A person without activity, registration, referral or renewed consent this long is anonymised. */
    @WithDefault("P24M")
    Period inactiveFor();

    /** When the scheduled run starts (Quartz-style cron, the server's time zone). */
    @WithDefault("0 30 3 * * ?")
    String cron();

    /** Persons anonymised per transaction. */
    @WithDefault("200")
    int batchSize();
}
