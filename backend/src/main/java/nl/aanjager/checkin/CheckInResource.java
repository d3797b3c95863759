package nl.aanjager.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import nl.aanjager.checkin.CheckInDtos.AttemptResponse;
import nl.aanjager.checkin.CheckInDtos.Attendance;
import nl.aanjager.checkin.CheckInDtos.CheckInList;
import nl.aanjager.checkin.CheckInDtos.CheckInResult;
import nl.aanjager.checkin.CheckInDtos.ScanBatchRequest;
import nl.aanjager.checkin.CheckInDtos.ScanBatchResult;
import nl.aanjager.checkin.CheckInDtos.ScanRequest;
import nl.aanjager.checkin.CheckInDtos.WalkInRequest;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/events/{eventId}")
@Tag(name = "Check-in")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.CHECKIN})
public class CheckInResource {
    @Inject
    CheckInService checkIns;

    @Inject
    WalkInService walkIns;

    @Inject
    CheckInQueries queries;

    @POST
    @Path("/check-ins")
    @Operation(operationId = "checkIn", summary = "Check in a scanned ticket or a registration picked by name. The"
            + " answer is the same result the batch gives per scan: its outcome says who got in (CHECKED_IN,"
            + " ALREADY_CHECKED_IN) or why not (WRONG_EVENT, CANCELLED, WAITLISTED, NOT_OPEN, UNKNOWN_TICKET); a refusal"
            + " at the door is an answer, not an error")
    public CheckInResult checkIn(@PathParam("eventId") long eventId, @Valid @NotNull ScanRequest scan) {
        return checkIns.scan(eventId, scan, false);
    }

    @POST
    @Path("/check-ins/batch")
    @Operation(operationId = "checkInBatch", summary = "Apply scans a phone queued offline, each once (by clientId); conflicts and refusals come back per scan")
    public ScanBatchResult checkInBatch(@PathParam("eventId") long eventId, @Valid @NotNull ScanBatchRequest batch) {
        return new ScanBatchResult(batch.scans().stream().map(scan -> {
            try {
                return checkIns.scan(eventId, scan, true);
            } catch (ApiException e) {
                return new CheckInResult(CheckInOutcome.UNKNOWN_TICKET, scan.clientId(), null, null, null, null, null,
                        scan.device(), e.getMessage());
            }
        }).toList());
    }

    @DELETE
    @Path("/check-ins/{registrationId}")
    @Operation(operationId = "undoCheckIn", summary = "Undo a check-in made by mistake, within 15 minutes; audited")
    public CheckInResult undo(@PathParam("eventId") long eventId, @PathParam("registrationId") long registrationId,
            @QueryParam("device") @DefaultValue("unknown") String device) {
        return checkIns.undo(eventId, registrationId, device);
    }

    @GET
    @Path("/check-ins")
    @Operation(operationId = "listCheckIns", summary = "The check-in history: every scan, who, when, which device")
    public List<AttemptResponse> history(@PathParam("eventId") long eventId, @Valid @BeanParam PageParams paging) {
        return queries.history(eventId, paging.page, paging.size);
    }

    @POST
    @Path("/walk-ins")
    @Operation(operationId = "admitWalkIn", summary = "Admit someone who did not register: company (when new), contact and check-in in one call")
    public CheckInResult walkIn(@PathParam("eventId") long eventId, @Valid @NotNull WalkInRequest request) {
        return walkIns.admit(eventId, request);
    }

    @GET
    @Path("/attendance")
    @Operation(operationId = "getAttendance", summary = "Live counts: registered, checked in, walk-ins, failed scans")
    public Attendance attendance(@PathParam("eventId") long eventId) {
        return queries.attendance(eventId);
    }

    @GET
    @Path("/check-in-list")
    @Operation(operationId = "getCheckInList", summary = "Everything a phone needs to check people in offline: attendees and the event's ticket key")
    public CheckInList checkInList(@PathParam("eventId") long eventId) {
        return queries.checkInList(eventId);
    }
}
