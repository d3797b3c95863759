package nl.aanjager.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import nl.aanjager.contacts.ContactRepository;
import org.jboss.logging.Logger;

/**
 * Registrations made before cancel links had a secret of their own mailed the ticket's token as
 * the link; that link no longer cancels. Each such person with a place or a waitlist spot at an
 * event still to come is mailed the new link once. Rows are claimed with SKIP LOCKED, so replicas
 * starting together share the work and never mail one person twice.
 */
@ApplicationScoped
public class CancelLinkNotices {
    private static final Logger LOG = Logger.getLogger(CancelLinkNotices.class);
    private static final int BATCH = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventRepository events;

    @Inject
    ContactRepository contacts;

    @Inject
    jakarta.enterprise.event.Event<RegistrationMails.CancelLinkMail> mails;

    void onStart(@Observes StartupEvent start) {
        int sent = sendPending();
        if (sent > 0) {
            LOG.infof("Mailed the new cancel link to %d registrations from before cancel links had their own secret",
                    sent);
        }
    }

    /** Mails every pending notice; returns how many mails were asked for. */
    public int sendPending() {
        int total = 0;
        int claimed;
        do {
            int[] mailed = {0};
            claimed = QuarkusTransaction.requiringNew().call(() -> claimBatch(mailed));
            total += mailed[0];
        } while (claimed == BATCH);
        return total;
    }

    private int claimBatch(int[] mailed) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("""
                update registration set cancel_link_sent_at = now()
                 where id in (select id from registration where cancel_link_sent_at is null
                              order by id limit :batch for update skip locked)
                returning id
                """).setParameter("batch", BATCH).getResultList();
        OffsetDateTime now = OffsetDateTime.now();
        for (Number id : ids) {
            Registration registration = registrations.findById(id.longValue());
            Event event = events.findById(registration.eventId);
            boolean stillToCome = event.status == EventStatus.PUBLISHED && event.endsAt.isAfter(now)
                    && (registration.status == RegistrationStatus.REGISTERED
                            || registration.status == RegistrationStatus.WAITLISTED);
            var contact = contacts.findById(registration.contactId);
            if (stillToCome && contact.email != null) {
                mails.fire(new RegistrationMails.CancelLinkMail(event, contact.name, contact.email,
                        registration.cancelCode));
                mailed[0]++;
            }
        }
        return ids.size();
    }
}
