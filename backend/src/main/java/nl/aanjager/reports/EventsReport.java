package nl.aanjager.reports;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Per event: who registered, who came, who walked in, who stayed away, and who was new. */
@Schema(name = "EventsReport")
public record EventsReport(
        @Schema(required = true) List<Row> events,
        @Schema(required = true) Row total) implements Tabular {

    @Schema(name = "EventsReportRow")
    public record Row(
            Long eventId,
            @Schema(required = true) String title,
            OffsetDateTime startsAt,
            @Schema(required = true, description = "Registrations not cancelled, walk-ins excluded") long registrations,
            @Schema(required = true, description = "Checked in, walk-ins included") long attended,
            @Schema(required = true) long walkIns,
            @Schema(required = true) long noShows,
            @Schema(description = "Registered people who came, 0..1") Double attendanceRate,
            @Schema(required = true, description = "Companies that came and had no earlier contact with the programme")
            long newCompanies) {
    }

    @Override
    public ReportTable table(ReportNames names) {
        List<List<Object>> rows = new java.util.ArrayList<>(events.stream().map(EventsReport::row).toList());
        rows.add(row(total));
        return new ReportTable(ReportTable.words("Bijeenkomsten", "Events"), ReportTable.words("bijeenkomsten", "events"),
                List.of(ReportTable.words("Bijeenkomst", "Event"), ReportTable.words("Begint", "Starts"),
                        ReportTable.words("Aanmeldingen", "Registrations"), ReportTable.words("Aanwezig", "Attended"),
                        ReportTable.words("Binnengelopen", "Walk-ins"), ReportTable.words("Niet verschenen", "No-shows"),
                        ReportTable.words("Opkomst (0-1)", "Attendance (0-1)"),
                        ReportTable.words("Nieuwe bedrijven", "New companies")), rows);
    }

    private static List<Object> row(Row r) {
        // the total row has no event: it is named in words
        Object title = r.eventId() == null ? ReportTable.words("Totaal", "Total") : r.title();
        return ReportTable.row(title, r.startsAt(), r.registrations(), r.attended(), r.walkIns(), r.noShows(),
                r.attendanceRate(), r.newCompanies());
    }
}
