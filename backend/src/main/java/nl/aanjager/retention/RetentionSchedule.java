package nl.aanjager.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.aanjager.common.security.CurrentUser;
import nl.aanjager.common.security.SystemActor;

/** Starts the retention run on its schedule, on every replica; the lock lets one of them work. */
@ApplicationScoped
public class RetentionSchedule {
    static final String IDENTITY = "retention";

    @Inject
    RetentionService retention;

    @Inject
    RetentionConfig config;

    @Inject
    CurrentUser user;

    private final Clock clock = Clock.systemUTC();

    @Scheduled(identity = IDENTITY, cron = "${aanjager.retention.cron:0 30 3 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        if (config.enabled()) {
            // the persons it erases are erased by the schedule, as the trail should say
            user.actAs(SystemActor.RETENTION);
            retention.run(RetentionRun.Trigger.SCHEDULE, "system", null, clock.instant());
        }
    }
}
