package nl.aanjager.reports;

import java.util.ArrayList;
import java.util.List;
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
    public ReportTable table() {
        int stages = partners.stream().mapToInt(p -> p.creditedByPosition().size()).max().orElse(0);
        List<String> headers = new ArrayList<>(List.of("partner_id", "partner"));
        for (int i = 1; i <= stages; i++) {
            headers.add("credited_stage_" + i);
        }
        headers.addAll(List.of("activities", "referrals_sent", "referrals_received", "acceptance_rate",
                "median_hours_to_accept"));
        List<List<Object>> rows = new ArrayList<>();
        for (Row p : partners) {
            List<Object> row = new ArrayList<>(List.of(p.partnerId(), p.name()));
            row.addAll(p.creditedByPosition());
            row.addAll(List.of(p.activities(), p.referralsSent(), p.referralsReceived(),
                    FunnelReport.blank(p.acceptanceRate()), FunnelReport.blank(p.medianHoursToAccept())));
            rows.add(row);
        }
        return new ReportTable("Partner contribution", headers, rows);
    }
}
