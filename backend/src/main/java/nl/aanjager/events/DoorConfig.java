package nl.aanjager.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How far the door role (checkin) reaches: the events around now, not every event there is. */
@ConfigMapping(prefix = "aanjager.door")
public interface DoorConfig {
    /** How long before an event starts the door reaches it: to download its list and open the door. */
    @WithDefault("PT12H")
    Duration reachesBeforeStart();

    /** How long after an event ends the door still reaches it: to sync scans made offline. */
    @WithDefault("PT6H")
    Duration reachesAfterEnd();
}
