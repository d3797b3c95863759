package nl.aanjager.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.Contact;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.events.Event;
import nl.aanjager.events.EventRepository;
import nl.aanjager.events.EventStatus;
import nl.aanjager.events.EventType;
import nl.aanjager.events.Registration;
import nl.aanjager.events.RegistrationRepository;
import nl.aanjager.events.RegistrationStatus;
import nl.aanjager.programmes.FunnelStage;
import nl.aanjager.programmes.Programme;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * An event today (open for check-in right after `make run`) with 40 registrations, and one in
 * a month that is open for public registration.
 */
@ApplicationScoped
public class DemoEvents {
    private static final List<String> FIRST = List.of("Anouk", "Bram", "Chantal", "Daan", "Esra", "Floor", "Gijs",
            "Hanna", "Ibrahim", "Jasmijn");
    private static final List<String> LAST = List.of("de Jong", "Jansen", "Bakker", "Visser", "Öztürk", "Mulder");

    @Inject
    ProgrammeCalendar calendar;

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CompanyRepository companies;

    @Inject
    ContactRepository contacts;

    void load(Programme next, List<FunnelStage> stages) {
        LocalDate today = calendar.today();
        event(next, stages.get(1), "Masterclass Circulair Inkopen", EventType.MASTERCLASS,
                today.plusDays(30).atTime(LocalTime.of(15, 0)).atZone(calendar.zone()).toOffsetDateTime(),
                today.plusDays(30).atTime(LocalTime.of(17, 30)).atZone(calendar.zone()).toOffsetDateTime(), 25);
        eventToday(next, stages.get(0));
    }

    /**
     * "Ondernemen010 Live!" today, open for check-in, with 40 registrations — again on every
     * start of a day without one, so the door can be tried whenever the demo runs.
     */
    void ensureEventToday(Programme next, FunnelStage stage) {
        OffsetDateTime now = OffsetDateTime.now(calendar.zone());
        boolean running = events.count("status = ?1 and startsAt <= ?2 and endsAt >= ?3", EventStatus.PUBLISHED,
                now.plusHours(1), now) > 0;
        if (!running) {
            eventToday(next, stage);
        }
    }

    private void eventToday(Programme next, FunnelStage stage) {
        Event live = event(next, stage, "Ondernemen010 Live!", EventType.INSPIRATION_SESSION,
                OffsetDateTime.now(calendar.zone()).minusHours(1), OffsetDateTime.now(calendar.zone()).plusHours(6), 60);
        List<Long> companyIds = companies.findAll().list().stream().map(c -> c.id).toList();
        if (companyIds.isEmpty()) {
            return; // a database from before the demo had companies: the event stays empty
        }
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Contact person = new Contact();
            person.companyId = companyIds.get(i % companyIds.size());
            person.name = FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size()) % LAST.size());
            person.email = "deelnemer" + i + "@example.nl";
            person.consentPurpose = "Aanmelding Ondernemen010 Live!";
            person.consentSource = "openbaar aanmeldformulier";
            person.consentGivenAt = OffsetDateTime.now().minusDays(10);
            person.createdAt = OffsetDateTime.now().minusDays(10);
            contacts.persist(person);
            people.add(person);
        }
        for (Contact person : people) {
            Registration registration = Registration.of(live.id, person.id, person.companyId,
                    Registration.Source.PUBLIC, "demo", OffsetDateTime.now().minusDays(10));
            registration.status = RegistrationStatus.REGISTERED;
            registrations.persist(registration);
        }
    }

    private Event event(Programme programme, FunnelStage stage, String title, EventType type, OffsetDateTime start,
            OffsetDateTime end, int capacity) {
        Event event = new Event();
        event.programmeId = programme.id;
        event.title = title;
        event.description = "Voor ondernemers, partners en de gemeente Rotterdam.";
        event.type = type;
        event.themes = new ArrayList<>(List.of("DIGITAL", "SUSTAINABLE"));
        event.venue = "Kamer van Koophandel, Blaak 40, Rotterdam";
        event.startsAt = start;
        event.endsAt = end;
        event.capacity = capacity;
        event.stageId = stage.id;
        event.status = EventStatus.PUBLISHED;
        event.organiserIds = new java.util.HashSet<>(Set.of(1L, 2L));
        event.createdAt = OffsetDateTime.now();
        events.persist(event);
        return event;
    }
}
