package nl.aanjager.common.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The calendar the programme runs on. "Today", the bounds of a day and the months of the
 * reports are those of the city, never of the server: a backend on UTC would otherwise refuse
 * an activity dated today between midnight and 01:00 (02:00 in summer) Dutch time.
 * {@link CityValidationClock} makes {@code @PastOrPresent} and its kin follow the same calendar.
 */
@ApplicationScoped
public class ProgrammeCalendar {
    private final ZoneId zone;

    ProgrammeCalendar(Settings settings) {
        this.zone = settings.timeZone();
    }

    /** The city's time zone, for Java date arithmetic. */
    public ZoneId zone() {
        return zone;
    }

    /** The time zone's name, bound as a parameter where SQL turns days into moments (`at time zone :zone`). */
    public String zoneName() {
        return zone.getId();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The first moment of the day in the city. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    @ConfigMapping(prefix = "aanjager.programme")
    public interface Settings {
        /** The time zone of the city that runs the programme (an IANA name such as Europe/Amsterdam). */
        @WithDefault("Europe/Amsterdam")
        ZoneId timeZone();
    }
}
