package nl.aanjager.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.aanjager.common.security.Roles;
import nl.aanjager.common.sql.CustomPlans;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programme's monitoring. Numbers count distinct companies; every report also downloads as CSV or Excel. */
@Path("/api/reports")
@Tag(name = "Reports")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
@CustomPlans
@Produces({"application/json", ReportDownloads.CSV, ReportDownloads.XLSX})
public class ReportResource {
    @Inject
    ReportDownloads downloads;

    @Inject
    FunnelReportQuery funnel;

    @Inject
    ProgressReportQuery progress;

    @Inject
    BreakdownReportQuery breakdown;

    @Inject
    EventsReportQuery events;

    @Inject
    PartnerContributionQuery partners;

    @Inject
    OutcomesReportQuery outcomes;

    @Inject
    NeedsReportQuery needs;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/funnel")
    @Operation(operationId = "funnelReport", summary = "Distinct companies per stage, conversion and median days between stages")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = FunnelReport.class)),
            @Content(mediaType = ReportDownloads.CSV), @Content(mediaType = ReportDownloads.XLSX)})
    public Response funnel(@BeanParam ReportFilter filter) {
        return downloads.respond(funnel.report(filter.checked()), filter, headers);
    }

    @GET
    @Path("/progress")
    @Operation(operationId = "progressReport", summary = "Each target now, per month, and the date it is met at the current pace")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ProgressReport.class)),
            @Content(mediaType = ReportDownloads.CSV), @Content(mediaType = ReportDownloads.XLSX)})
    public Response progress(@BeanParam ReportFilter filter) {
        return downloads.respond(progress.report(filter.checked()), filter, headers);
    }

    @GET
    @Path("/breakdown")
    @Operation(operationId = "breakdownReport", summary = "The funnel split by theme, partner, district, sector or sizeClass")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = BreakdownReport.class)),
            @Content(mediaType = ReportDownloads.CSV), @Content(mediaType = ReportDownloads.XLSX)})
    public Response breakdown(@BeanParam ReportFilter filter, @QueryParam("by") @DefaultValue("district") String by) {
        return downloads.respond(breakdown.report(filter.checked(), by), filter, headers);
    }

    @GET
    @Path("/events")
    @Operation(operationId = "eventsReport", summary = "Per event: registrations, attendance rate, walk-ins, no-shows, new companies")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = EventsReport.class)),
            @Content(mediaType = ReportDownloads.CSV), @Content(mediaType = ReportDownloads.XLSX)})
    public Response events(@BeanParam ReportFilter filter) {
        return downloads.respond(events.report(filter.checked()), filter, headers);
    }

    @GET
    @Path("/partners")
    @Operation(operationId = "partnersReport", summary = "Per partner: companies credited per stage, activities, referrals and how fast they are accepted")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = PartnerContributionReport.class)),
            @Content(mediaType = ReportDownloads.CSV), @Content(mediaType = ReportDownloads.XLSX)})
    public Response partners(@BeanParam ReportFilter filter) {
        return downloads.respond(partners.report(filter.checked()), filter, headers);
    }

    @GET
    @Path("/outcomes")
    @Operation(operationId = "outcomesReport", summary = "Outcome indicators summed in total and per partner")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = OutcomesReport.class)),
            @Content(mediaType = ReportDownloads.CSV), @Content(mediaType = ReportDownloads.XLSX)})
    public Response outcomes(@BeanParam ReportFilter filter) {
        return downloads.respond(outcomes.report(filter.checked()), filter, headers);
    }

    @GET
    @Path("/needs")
    @Operation(operationId = "needsReport", summary = "Needs raised: distinct companies per need, by sector and size class")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = NeedsReport.class)),
            @Content(mediaType = ReportDownloads.CSV), @Content(mediaType = ReportDownloads.XLSX)})
    public Response needs(@BeanParam ReportFilter filter) {
        return downloads.respond(needs.report(filter.checked()), filter, headers);
    }
}
