package nl.aanjager.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanjager.activities.Activity;
import nl.aanjager.activities.ActivityRepository;
import nl.aanjager.activities.ActivityType;
import nl.aanjager.ambassadors.Ambassador;
import nl.aanjager.ambassadors.AmbassadorRepository;
import nl.aanjager.companies.Company;
import nl.aanjager.companies.CompanyDtos.CompanyRequest;
import nl.aanjager.companies.CompanyService;
import nl.aanjager.contacts.Contact;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.funnel.FunnelService;
import nl.aanjager.funnel.StageSource;
import nl.aanjager.programmes.FunnelStage;
import nl.aanjager.programmes.Programme;
import nl.aanjager.referrals.Referral;
import nl.aanjager.referrals.ReferralRepository;
import nl.aanjager.referrals.ReferralStatus;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * Demo SMEs with contacts, activities, funnel progress, a referral and an ambassador, so that
 * every screen has something to show right after `make run`. Partner ids 1 and 2 are the
 * demo users' partners.
 */
@ApplicationScoped
public class DemoCompanies {

    @Inject
    ProgrammeCalendar calendar;

    @Inject
    CompanyService companies;

    @Inject
    ContactRepository contacts;

    @Inject
    ActivityRepository activities;

    @Inject
    ReferralRepository referrals;

    @Inject
    AmbassadorRepository ambassadors;

    @Inject
    FunnelService funnel;

    record Sme(String kvk, String name, String sbi, int employees, String postcode, String district, String contact) {
    }

    static final List<Sme> SMES = List.of(
            new Sme("24123456", "Jansen Metaalbewerking B.V.", "25.62", 34, "3089 JB", "Charlois", "Henk Jansen"),
            new Sme("24234567", "Bakkerij De Zon", "10.71", 6, "3022 CD", "Delfshaven", "Fatima El Amrani"),
            new Sme("24345678", "Maasstad Installatietechniek", "43.22", 48, "3074 AB", "Feijenoord", "Kees de Wit"),
            new Sme("24456789", "Circulair Bouwen Rotterdam", "41.20", 12, "3011 AB", "Centrum", "Sanne Visser"),
            new Sme("24567890", "Digitaal Drukwerk Noord", "18.12", 9, "3037 AB", "Noord", "Ahmed Yilmaz"),
            new Sme("24678901", "Havenlogistiek Waalhaven", "52.24", 120, "3089 KE", "Charlois", "Marieke Bos"),
            new Sme("24789012", "Koffiebranderij Katendrecht", "10.83", 15, "3072 AP", "Feijenoord", "Joost Vermeulen"),
            new Sme("24890123", "Smart Robotics Zuid", "28.99", 27, "3087 BA", "Charlois", "Lotte Hendriks"),
            new Sme("24901234", "Groene Daken Hillegersberg", "43.91", 4, "3054 AB", "Hillegersberg-Schiebroek",
                    "Ruud van Dam"),
            new Sme("25012345", "Van der Berg Installatie", "43.22", 22, "3067 GG", "Prins Alexander", "Els van der Berg"),
            new Sme("25012346", "Van den Berg Installatietechniek", "43.22", 22, "3067 GG", "Prins Alexander",
                    "Els van der Berg"));

    void load(Programme next, List<FunnelStage> nextStages, Programme smartIndustry) {
        List<Company> created = new ArrayList<>();
        List<Contact> people = new ArrayList<>();
        for (Sme sme : SMES) {
            Company company = companies.create(new CompanyRequest(sme.kvk(), null, sme.name(), sme.sbi(), null,
                    sme.employees(), null, null, sme.postcode(), "Rotterdam", sme.district(), null, List.of()));
            created.add(company);
            Contact person = new Contact();
            person.companyId = company.id;
            person.name = sme.contact();
            person.email = sme.contact().toLowerCase().replaceAll("[^a-z]+", ".") + "@example.nl";
            person.jobTitle = "Directeur";
            person.consentPurpose = "Uitnodigingen en opvolging MKB010>>Next";
            person.consentSource = "Adviesgesprek";
            person.consentGivenAt = OffsetDateTime.now().minusMonths(3);
            person.createdAt = OffsetDateTime.now().minusMonths(3);
            // the Chamber of Commerce (partner 1) entered the first nine; partner 2 sees those it names on
            // its own activities, and the one partner 1 refers to it (README "Who sees what")
            person.createdByPartnerId = created.size() <= 9 ? 1L : null;
            contacts.persist(person);
            people.add(person);
        }
        LocalDate start = calendar.today().minusMonths(5);
        for (int i = 0; i < 9; i++) {
            long partner = i % 3 == 0 ? 2 : 1;
            FunnelStage stage = nextStages.get(Math.min(i % 4, nextStages.size() - 1));
            activity(created.get(i), people.get(i), partner, ActivityType.values()[i % 5], start.plusDays(i * 11L),
                    next, stage, i % 4 == 0);
        }
        // warm handovers name the person to speak to, whom the receiving partner then sees
        referral(created.get(0), people.get(0), 1, 2, "Wil investeren in een nieuwe lasrobot; zoekt financiering.");
        referral(created.get(3), people.get(3), 2, 1, "Vraagt om advies over circulaire inkoop.");
        Ambassador ambassador = new Ambassador();
        ambassador.contactId = people.get(7).id;
        ambassador.programmeId = smartIndustry.id;
        ambassador.termStart = calendar.today().minusMonths(8);
        ambassadors.persist(ambassador);
    }

    private void activity(Company company, Contact person, long partner, ActivityType type, LocalDate on,
            Programme programme, FunnelStage stage, boolean confidential) {
        Activity activity = new Activity();
        activity.partnerId = partner;
        activity.companyId = company.id;
        activity.contactId = person.id;
        activity.type = type;
        activity.occurredOn = on;
        activity.summary = confidential ? "Vertrouwelijk: bespreking overname en financiering."
                : "Gesprek over verduurzaming van het bedrijfspand en digitalisering van de administratie.";
        activity.confidential = confidential;
        activity.themes = new ArrayList<>(List.of("SUSTAINABLE", "DIGITAL"));
        activity.needs = new ArrayList<>(List.of("FINANCING", "SUSTAINABILITY"));
        activity.programmeId = programme.id;
        activity.stageId = stage.id;
        activity.createdBy = "demo";
        activity.createdAt = OffsetDateTime.now();
        activities.persist(activity);
        funnel.record(new FunnelService.Progress(company.id, programme.id, stage.id,
                calendar.startOf(on), StageSource.ACTIVITY, activity.id, partner));
    }

    private void referral(Company company, Contact person, long from, long to, String reason) {
        Referral referral = new Referral();
        referral.companyId = company.id;
        referral.contactId = person.id;
        referral.fromPartnerId = from;
        referral.toPartnerId = to;
        referral.reason = reason;
        referral.status = ReferralStatus.OPEN;
        referral.createdBy = "demo";
        referral.createdAt = OffsetDateTime.now().minusDays(2);
        referrals.persist(referral);
    }
}
