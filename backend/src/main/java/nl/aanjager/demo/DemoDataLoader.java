package nl.aanjager.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import nl.aanjager.common.security.CurrentUser;
import nl.aanjager.common.security.SystemActor;
import nl.aanjager.partners.PartnerKind;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.partners.PartnerRequest;
import nl.aanjager.partners.PartnerService;
import nl.aanjager.programmes.FunnelStage;
import nl.aanjager.programmes.Indicator;
import nl.aanjager.programmes.FunnelStageService;
import nl.aanjager.programmes.Programme;
import nl.aanjager.programmes.ProgrammeDtos.ProgrammeRequest;
import nl.aanjager.programmes.ProgrammeDtos.TargetRequest;
import nl.aanjager.programmes.ProgrammeService;
import nl.aanjager.programmes.ProgrammeTargetService;
import nl.aanjager.programmes.Theme;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with a demo partner network through the real services, once.
 * The first two partners get ids 1 and 2: the demo users partner1 and partner2 carry
 * those ids in their partner_id claim (see the realm file).
 */
@ApplicationScoped
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String NEXT = "MKB010>>Next 2.0";

    @ConfigProperty(name = "aanjager.demo-data.enabled")
    boolean enabled;

    @Inject
    PartnerRepository partnerRepository;

    @Inject
    PartnerService partners;

    @Inject
    ProgrammeService programmes;

    @Inject
    FunnelStageService stages;

    @Inject
    ProgrammeTargetService targets;

    @Inject
    DemoCompanies demoCompanies;

    @Inject
    DemoEvents demoEvents;

    @Inject
    DemoNetwork demoNetwork;

    @Inject
    CurrentUser user;

    @ActivateRequestContext
    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        // the trail says the demo data came from here, not from an unnamed "system"
        user.actAs(SystemActor.DEMO);
        if (partnerRepository.count() > 0) {
            programmes.findByName(NEXT).ifPresent(next -> demoEvents.ensureEventToday(next, stages.list(next.id).get(0)));
            return;
        }
        LOG.info("Empty database: loading the demo partner network");
        partner("Kamer van Koophandel Rotterdam", PartnerKind.CHAMBER_OF_COMMERCE, "https://www.kvk.nl");
        partner("FME Zuid-Holland", PartnerKind.INDUSTRY_ASSOCIATION, "https://www.fme.nl");
        partner("Hogeschool Rotterdam", PartnerKind.KNOWLEDGE_INSTITUTION, "https://www.hogeschoolrotterdam.nl");
        partner("Erasmus Universiteit Rotterdam", PartnerKind.KNOWLEDGE_INSTITUTION, "https://www.eur.nl");
        partner("Rabobank Rotterdam", PartnerKind.FINANCIAL_INSTITUTION, "https://www.rabobank.nl");
        partner("ING Rotterdam", PartnerKind.FINANCIAL_INSTITUTION, "https://www.ing.nl");
        partner("MKB-Nederland Rotterdam", PartnerKind.BUSINESS_NETWORK, "https://www.mkb.nl");
        partner("Ondernemersklankbord", PartnerKind.ADVISORY, "https://www.ondernemersklankbord.nl");
        partner("Rotterdam Partners", PartnerKind.GOVERNMENT, "https://rotterdampartners.nl");
        partner("InnovationQuarter", PartnerKind.GOVERNMENT, "https://www.innovationquarter.nl");
        partner("Techniek Nederland", PartnerKind.INDUSTRY_ASSOCIATION, "https://www.technieknederland.nl");
        partner("Albeda", PartnerKind.KNOWLEDGE_INSTITUTION, "https://www.albeda.nl");
        partner("Cirkelstad", PartnerKind.BUSINESS_NETWORK, "https://www.cirkelstad.nl");

        Programme next = programmes.create(new ProgrammeRequest(NEXT,
                "Rotterdamse mkb'ers inspireren, informeren en activeren om duurzaam, digitaal en circulair te ondernemen.",
                Set.of(Theme.SUSTAINABLE, Theme.DIGITAL, Theme.CIRCULAR), LocalDate.of(2024, 1, 1),
                LocalDate.of(2027, 12, 31)));
        FunnelStage inspired = stages.list(next.id).get(0);
        targets.add(next.id, new TargetRequest("5.000 mkb'ers geïnspireerd", inspired.id, null, 5000, LocalDate.of(2027, 12, 31)));
        targets.add(next.id, new TargetRequest("150 nieuwe banen", null, Indicator.JOBS_CREATED, 150,
                LocalDate.of(2027, 12, 31)));

        Programme smartIndustry = programmes.create(new ProgrammeRequest("Smart Industry Rotterdam",
                "Ambassadeurs en onderzoeksinterviews met maakbedrijven over wat zij nodig hebben om te groeien.",
                Set.of(Theme.DIGITAL, Theme.INNOVATION), LocalDate.of(2024, 6, 1), LocalDate.of(2026, 12, 31)));
        FunnelStage activated = stages.list(smartIndustry.id).get(2);
        targets.add(smartIndustry.id, new TargetRequest("100 maakbedrijven geactiveerd", activated.id, null, 100,
                LocalDate.of(2026, 12, 31)));
        demoCompanies.load(next, stages.list(next.id), smartIndustry);
        demoEvents.load(next, stages.list(next.id));
        demoNetwork.load(next, smartIndustry);
    }

    private void partner(String name, PartnerKind kind, String website) {
        partners.create(new PartnerRequest(name, kind, website, null, null, true));
    }
}
