package nl.aanjager.reports;

import java.math.BigDecimal;
import java.util.List;
import nl.aanjager.programmes.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the support led to, summed per indicator, in total and per partner. */
@Schema(name = "OutcomesReport")
public record OutcomesReport(@Schema(required = true) List<Row> rows) implements Tabular {

    @Schema(name = "OutcomesReportRow", description = "Without partnerId: the indicator's total")
    public record Row(
            @Schema(required = true) Indicator indicator,
            Long partnerId,
            @Schema(required = true) BigDecimal total,
            @Schema(required = true) long companies) {
    }

    @Override
    public ReportTable table(ReportNames names) {
        return new ReportTable(ReportTable.words("Resultaten", "Outcomes"), ReportTable.words("resultaten", "outcomes"),
                List.of(ReportTable.words("Indicator", "Indicator"), ReportTable.words("Partner", "Partner"),
                        ReportTable.words("Totaal", "Total"), ReportTable.words("Bedrijven", "Companies")),
                rows.stream().map(r -> ReportTable.row(r.indicator(), r.partnerId() == null
                        ? ReportTable.words("Alle partners", "All partners") : names.partner(r.partnerId()), r.total(),
                        r.companies())).toList());
    }
}
