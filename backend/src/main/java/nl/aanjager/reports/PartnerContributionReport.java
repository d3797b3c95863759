package nl.aanjager.reports;

import java.util.ArrayList;
import java.util.List;
import nl.aanjager.common.export.Words;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What each partner contributes: companies credited per stage, activities, referrals. */
@Schema(name = "PartnerContributionReport")
public record PartnerContributionReport(@Schema(required = true) List<Row> partners) implements Tabular {

    @Schema(name = "PartnerContributionRow")
    public record Row(
            @Schema(required = true) long partnerId,
            @Schema(required = true) String name,
            @Schema(required = true, description = "Distinct companies credited per stage position (1 = first stage)")
            List<Long> creditedByPosition,
            @Schema(required = true) long activities,
            @Schema(required = true) long referralsSent,
            @Schema(required = true) long referralsReceived,
            @Schema(description = "Accepted (or done) among answered referrals received, 0..1") Double acceptanceRate,
            @Schema(description = "Median hours from receiving a referral to accepting it") Double medianHoursToAccept) {
    }

    @Override
    public ReportTable table(ReportNames names) {
        int stages = partners.stream().mapToInt(p -> p.creditedByPosition().size()).max().orElse(0);
        List<Words> headers = new ArrayList<>(List.of(ReportTable.words("Partner", "Partner")));
        for (int i = 1; i <= stages; i++) {
            headers.add(ReportTable.words("Bedrijven in fase " + i, "Companies at stage " + i));
        }
        headers.addAll(List.of(ReportTable.words("Activiteiten", "Activities"),
                ReportTable.words("Doorverwijzingen verstuurd", "Referrals sent"),
                ReportTable.words("Doorverwijzingen ontvangen", "Referrals received"),
                ReportTable.words("Geaccepteerd (0-1)", "Accepted (0-1)"),
                ReportTable.words("Mediaan uren tot accepteren", "Median hours to accept")));
        List<List<Object>> rows = new ArrayList<>();
        for (Row p : partners) {
            List<Object> row = new ArrayList<>(List.of(p.name()));
            row.addAll(p.creditedByPosition());
            row.addAll(ReportTable.row(p.activities(), p.referralsSent(), p.referralsReceived(), p.acceptanceRate(),
                    p.medianHoursToAccept()));
            rows.add(row);
        }
        return new ReportTable(ReportTable.words("Bijdrage per partner", "Partner contribution"),
                ReportTable.words("bijdrage-per-partner", "partner-contribution"), headers, rows);
    }
}
