package nl.aanjager.common.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

    /**
     * The database's report facts (V17, {@code activity_contact_at}) read the zone from
     * {@code programme_setting}; written only when it differs, so a start writes nothing normally.
     */
    @Transactional
    void tellTheDatabase(@Observes StartupEvent started, EntityManager entityManager) {
        Object stored = entityManager.createNativeQuery("select time_zone from programme_setting").getSingleResult();
        if (!zoneName().equals(stored)) {
            entityManager.createNativeQuery("update programme_setting set time_zone = ?1").setParameter(1, zoneName())
                    .executeUpdate();
        }
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
