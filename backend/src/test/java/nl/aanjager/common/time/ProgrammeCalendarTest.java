package nl.aanjager.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.aanjager.activities.ActivityDtos.ActivityRequest;
import nl.aanjager.activities.ActivityType;
import org.junit.jupiter.api.Test;

/**
 * "Today" is the city's day on a server that runs on UTC: between midnight and 01:00 Dutch time
 * an activity dated today was refused as "in the future" because the validator asked the JVM.
 */
@QuarkusTest
class ProgrammeCalendarTest {
    @Inject
    ProgrammeCalendar calendar;

    @Inject
    Validator validator;

    @Inject
    ValidatorFactory validatorFactory;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @Test
    void the_programme_runs_on_the_configured_city_time_zone() {
        assertEquals(ZoneId.of("Europe/Amsterdam"), calendar.zone());
        assertEquals(ZonedDateTime.of(2026, 11, 28, 23, 0, 0, 0, ZoneId.of("UTC")).toInstant(),
                calendar.startOf(LocalDate.of(2026, 11, 29)).toInstant());
    }

    @Test
    void past_or_present_dates_are_judged_by_the_city_calendar_not_the_servers() {
        assertEquals(calendar.zone(), validatorFactory.getClockProvider().getClock().getZone());
        assertTrue(validator.validate(activityOn(calendar.today())).isEmpty());
        assertEquals(java.util.List.of("occurredOn"), validator.validate(activityOn(calendar.today().plusDays(1)))
                .stream().map(v -> v.getPropertyPath().toString()).toList());
    }

    @Test
    @jakarta.transaction.Transactional
    void the_report_facts_in_the_database_use_the_configured_zone_too() {
        assertEquals(calendar.zoneName(), entityManager.createNativeQuery("select time_zone from programme_setting")
                .getSingleResult(), "written at start");
        // an activity counts as contact at the end of its day in the city: 23:00 UTC in winter
        assertEquals(java.time.Instant.parse("2026-01-01T22:59:59.999999Z"), ((java.time.OffsetDateTime) entityManager
                .createNativeQuery("select activity_contact_at(date '2026-01-01')", java.time.OffsetDateTime.class)
                .getSingleResult()).toInstant());
        entityManager.createNativeQuery("update programme_setting set time_zone = 'Pacific/Kiritimati'").executeUpdate();
        try {
            assertEquals(java.time.Instant.parse("2026-01-01T09:59:59.999999Z"), ((java.time.OffsetDateTime) entityManager
                    .createNativeQuery("select activity_contact_at(date '2026-01-01')", java.time.OffsetDateTime.class)
                    .getSingleResult()).toInstant(), "another city's day ends at another moment");
        } finally {
            entityManager.createNativeQuery("update programme_setting set time_zone = :zone")
                    .setParameter("zone", calendar.zoneName()).executeUpdate();
        }
    }

    private static ActivityRequest activityOn(LocalDate day) {
        return new ActivityRequest(null, 1L, null, ActivityType.ADVICE_SESSION, day, null, null, null, null, null, null);
    }
}
