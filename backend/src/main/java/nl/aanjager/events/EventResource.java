package nl.aanjager.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.export.ExportParams;
import nl.aanjager.common.export.Exports;
import nl.aanjager.common.paging.BooleanParam;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.common.security.Roles;
import nl.aanjager.contacts.ContactService;
import nl.aanjager.events.EventDtos.EventPage;
import nl.aanjager.events.EventDtos.EventRequest;
import nl.aanjager.events.EventDtos.EventResponse;
import nl.aanjager.events.EventDtos.RegistrationPage;
import nl.aanjager.events.EventDtos.RegistrationRequest;
import nl.aanjager.events.EventDtos.RegistrationResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/events")
@Tag(name = "Events")
public class EventResource {
    @Inject
    EventService events;

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationResponses registrationResponses;

    @Inject
    ContactService contacts;

    @Inject
    AccessScope scope;

    @Inject
    Exports exports;

    @Inject
    EventResponses responses;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER, Roles.CHECKIN})
    @Operation(operationId = "listEvents", summary = "Events in time order; from/to select a period. The door role (checkin) reaches only the events around now (aanjager.door.*)")
    public EventPage list(@Valid @BeanParam PageParams paging, @QueryParam("programmeId") Long programmeId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = EventStatus.class)) String status,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
            @QueryParam("invited") @Parameter(description = "true: only events the caller's partner is invited to"
                    + " organise and has not answered yet (partners)", schema = @Schema(type = SchemaType.BOOLEAN))
            String invited) {
        PageResult<Event> page = events.list(paging, programmeId,
                EnumParam.parse(EventStatus.class, "status", status), from, to,
                BooleanParam.parse("invited", invited, false));
        return new EventPage(responses.of(page.items()), page.total(), page.page(), page.size());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER, Roles.CHECKIN})
    @Operation(operationId = "getEvent", summary = "Read one event; the door role only around the event")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventResponse.class)))
    public Response get(@PathParam("id") long id) {
        Event event = events.find(id).orElseThrow(() -> ApiException.notFound("Event", id));
        return ETags.ok(responses.of(event), event.version).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "createEvent", summary = "Plan an event (as a draft); a partner always organises its own")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventResponse.class)))
    public Response create(@Valid @NotNull EventRequest request) {
        Event event = events.create(request);
        return Response.created(URI.create("/api/events/" + event.id))
                .entity(responses.of(event)).tag(ETags.of(event.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "updateEvent", summary = "Change an event one manages (a partner: one it organises); requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventResponse.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EventRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Event event = events.update(id, expected, request).orElseThrow(() -> ApiException.notFound("Event", id));
        return ETags.ok(responses.of(event), event.version).build();
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "publishEvent", summary = "Publish a draft (a partner: one it organises): registration opens")
    public EventResponse publish(@PathParam("id") long id) {
        return responses.of(events.publish(id).orElseThrow(() -> ApiException.notFound("Event", id)));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "cancelEvent", summary = "Cancel an event; a partner only one it organises")
    public EventResponse cancel(@PathParam("id") long id) {
        return responses.of(events.cancel(id).orElseThrow(() -> ApiException.notFound("Event", id)));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "closeEvent", summary = "Close an event after it took place (a partner: one it organises): registrations not checked in become no-shows")
    public EventResponse close(@PathParam("id") long id) {
        return responses.of(events.close(id).orElseThrow(() -> ApiException.notFound("Event", id)));
    }

    @POST
    @Path("/{id}/invitation/acceptance")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "acceptOrganiserInvitation", summary = "The caller's partner accepts the invitation to organise the event: it then manages it, sees who registered and is credited for attendance; 409 without an open invitation")
    public EventResponse acceptInvitation(@PathParam("id") long id) {
        return responses.of(events.acceptInvitation(id).orElseThrow(() -> ApiException.notFound("Event", id)));
    }

    @POST
    @Path("/{id}/invitation/decline")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "declineOrganiserInvitation", summary = "The caller's partner declines the invitation to organise the event; 409 without an open invitation")
    public EventResponse declineInvitation(@PathParam("id") long id) {
        return responses.of(events.declineInvitation(id).orElseThrow(() -> ApiException.notFound("Event", id)));
    }

    @GET
    @Path("/{id}/registrations")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listRegistrations", summary = "Who registered, in order (a partner: at events it organises); names where the caller may see them")
    public RegistrationPage registrations(@PathParam("id") long id, @Valid @BeanParam PageParams paging,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RegistrationStatus.class)) String status) {
        events.managed(id).orElseThrow(() -> ApiException.notFound("Event", id));
        PageResult<RegistrationResponse> page = registrationResponses.page(registrations.list(id,
                EnumParam.parse(RegistrationStatus.class, "status", status), paging.page, paging.size));
        return new RegistrationPage(page.items(), page.total(), page.page(), page.size());
    }

    @GET
    @Path("/{id}/registrations/export")
    @Produces({Exports.CSV_TYPE, Exports.XLSX_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "exportRegistrations", summary = "Who registered, as a CSV or Excel file (at most "
            + Exports.MAX_ROWS + "), in order; names where the caller may see them, never tickets; headers and words in"
            + " the language of Accept-Language")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = Exports.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Exports.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response exportRegistrations(@PathParam("id") long id, @BeanParam ExportParams params,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RegistrationStatus.class)) String status,
            @Context HttpHeaders headers) {
        Exports.Request request = exports.request(params, headers);
        events.managed(id).orElseThrow(() -> ApiException.notFound("Event", id));
        RegistrationStatus chosen = EnumParam.parse(RegistrationStatus.class, "status", status);
        return exports.download(request, RegistrationExport.TABLE,
                Exports.allPages((page, size) -> registrationResponses.page(registrations.list(id, chosen, page, size))));
    }

    @POST
    @Path("/{id}/registrations")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "register", summary = "Register a contact person: a place, or the waitlist when the event is full")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationResponse.class)))
    public Response register(@PathParam("id") long id, @Valid @NotNull RegistrationRequest request) {
        events.find(id).orElseThrow(() -> ApiException.notFound("Event", id));
        var contact = contacts.find(request.contactId())
                .orElseThrow(() -> ApiException.invalidField("contactId", FieldErrorCode.NOT_FOUND, "no such contact person"));
        Registration registration = registrations.register(id, contact,
                scope.seesEverything() ? Registration.Source.STAFF : Registration.Source.PARTNER);
        return Response.created(URI.create("/api/events/" + id + "/registrations/" + registration.id))
                .entity(registrationResponses.one(registration, true)).build();
    }

    @POST
    @Path("/{id}/registrations/{registrationId}/cancellation")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "cancelRegistration", summary = "Cancel a registration; the first on the waitlist gets the place")
    public RegistrationResponse cancelRegistration(@PathParam("id") long id,
            @PathParam("registrationId") long registrationId) {
        Registration registration = registrations.find(id, registrationId)
                .filter(r -> contacts.find(r.contactId).isPresent())
                .orElseThrow(() -> ApiException.notFound("Registration", registrationId));
        return registrationResponses.one(registrations.cancel(registration), false);
    }
}
