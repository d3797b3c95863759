package nl.aanjager.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.aanjager.activities.ActivityDtos.ActivityResponse;
import nl.aanjager.common.export.Column;
import nl.aanjager.common.export.ExportTable;
import nl.aanjager.common.export.Words;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.programmes.FunnelStageRepository;
import nl.aanjager.programmes.ProgrammeRepository;

/**
 * The activity list as a file. It holds what the list shows the caller (a confidential summary
 * of another partner stays out), with names where the list has ids.
 */
@ApplicationScoped
class ActivityExport {
    /** The stage as files show it: {@link nl.aanjager.programmes.DefaultStages#label}. */
    record Row(ActivityResponse activity, String partner, String company, String programme, Object stage) {
    }

    static final ExportTable<Row> TABLE = new ExportTable<>(new Words("Activiteiten", "Activities"),
            new Words("activiteiten", "activities"), List.of(
                    Column.of("Datum", "Date", r -> r.activity().occurredOn()),
                    Column.of("Soort", "Type", r -> r.activity().type()),
                    Column.of("Partner", "Partner", Row::partner),
                    Column.of("Bedrijf", "Company", Row::company),
                    Column.of("Contactpersoon", "Contact person", r -> r.activity().contactName()),
                    Column.of("Samenvatting", "Summary", r -> r.activity().summary()),
                    Column.of("Vertrouwelijk", "Confidential", r -> r.activity().confidential()),
                    Column.of("Thema's", "Themes", r -> r.activity().themes()),
                    Column.of("Behoeften", "Needs", r -> r.activity().needs()),
                    Column.of("Programma", "Programme", Row::programme),
                    Column.of("Fase", "Stage", Row::stage),
                    Column.of("Vastgelegd op", "Recorded on", r -> r.activity().createdAt())));

    @Inject
    PartnerRepository partners;

    @Inject
    CompanyRepository companies;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FunnelStageRepository stages;

    /** One page with names, from one query per kind of name. */
    PageResult<Row> named(PageResult<ActivityResponse> page) {
        List<ActivityResponse> items = page.items();
        Map<Long, String> partnerNames = partners.namesById(ids(items, ActivityResponse::partnerId));
        Map<Long, String> companyNames = companies.namesById(ids(items, ActivityResponse::companyId));
        Map<Long, String> programmeNames = programmes.namesById(ids(items, ActivityResponse::programmeId));
        Map<Long, Object> stageNames = stages.labelsById(ids(items, ActivityResponse::stageId));
        List<Row> rows = items.stream().map(a -> new Row(a, partnerNames.get(a.partnerId()),
                companyNames.get(a.companyId()), nameOf(programmeNames, a.programmeId()), nameOf(stageNames, a.stageId())))
                .toList();
        return new PageResult<>(rows, page.total(), page.page(), page.size());
    }

    /** An activity without a programme has no programme name (and the empty map refuses a null key). */
    private static <T> T nameOf(Map<Long, T> names, Long id) {
        return id == null ? null : names.get(id);
    }

    private static Collection<Long> ids(List<ActivityResponse> items, Function<ActivityResponse, Long> id) {
        return items.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }
}
