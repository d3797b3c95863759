package nl.aanjager.common.time;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of Hibernate Validator, so that {@code @PastOrPresent} judges dates by the city's
 * calendar. The validator takes its clock once, while the application is built and before the
 * configuration is read; so the zone is looked up each time a date is judged.
 */
@ApplicationScoped
public class CityValidationClock implements ClockProvider {
    @Override
    public Clock getClock() {
        return new CityClock();
    }

    private static final class CityClock extends Clock {
        @Override
        public ZoneId getZone() {
            return Arc.container().instance(ProgrammeCalendar.class).get().zone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }
    }
}
