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
    public ReportTable table() {
        return new ReportTable("Outcomes", List.of("indicator", "partner_id", "total", "companies"), rows.stream()
                .map(r -> List.<Object>of(r.indicator().name(), FunnelReport.blank(r.partnerId()), r.total(),
                        r.companies()))
                .toList());
    }
}
