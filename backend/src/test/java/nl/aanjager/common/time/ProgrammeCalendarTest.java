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

    private static ActivityRequest activityOn(LocalDate day) {
        return new ActivityRequest(null, 1L, null, ActivityType.ADVICE_SESSION, day, null, null, null, null, null, null);
    }
}
