package nl.aanjager.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.aanjager.common.export.Column;
import nl.aanjager.common.export.ExportTable;
import nl.aanjager.common.export.Words;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.referrals.ReferralDtos.ReferralResponse;

/** The referral list as a file, with the partners' names where the list has their ids. */
@ApplicationScoped
class ReferralExport {
    record Row(ReferralResponse referral, String fromPartner, String toPartner) {
    }

    static final ExportTable<Row> TABLE = new ExportTable<>(new Words("Doorverwijzingen", "Referrals"),
            new Words("doorverwijzingen", "referrals"), List.of(
                    Column.of("Doorverwezen op", "Referred on", r -> r.referral().createdAt()),
                    Column.of("Bedrijf", "Company", r -> r.referral().companyName()),
                    Column.of("Contactpersoon", "Contact person", r -> r.referral().contactName()),
                    Column.of("Van", "From", Row::fromPartner),
                    Column.of("Naar", "To", Row::toPartner),
                    Column.of("Reden", "Reason", r -> r.referral().reason()),
                    Column.of("Status", "Status", r -> r.referral().status()),
                    Column.of("Beantwoord op", "Answered on", r -> r.referral().respondedAt()),
                    Column.of("Toelichting bij het antwoord", "Note with the answer", r -> r.referral().responseNote()),
                    Column.of("Afgerond op", "Completed on", r -> r.referral().completedAt())));

    @Inject
    ReferralResponses responses;

    @Inject
    PartnerRepository partners;

    /** One page with names, from one query for the companies and people and one for the partners. */
    PageResult<Row> named(PageResult<Referral> page) {
        List<ReferralResponse> referrals = responses.all(page.items());
        Map<Long, String> partnerNames = partners.namesById(referrals.stream()
                .flatMap(r -> Stream.of(r.fromPartnerId(), r.toPartnerId())).distinct().toList());
        List<Row> rows = referrals.stream().map(r -> new Row(r, partnerNames.get(r.fromPartnerId()),
                partnerNames.get(r.toPartnerId()))).toList();
        return new PageResult<>(rows, page.total(), page.page(), page.size());
    }
}
