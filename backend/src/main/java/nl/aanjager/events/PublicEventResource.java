package nl.aanjager.events;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.events.EventDtos.PublicEvent;
import nl.aanjager.events.EventDtos.PublicRegistrationRequest;
import nl.aanjager.common.ratelimit.ClientAddress;
import nl.aanjager.events.EventDtos.PublicRegistrationReceipt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/public")
@Tag(name = "Public")
@PermitAll
public class PublicEventResource {
    @Inject
    PublicRegistrationService service;

    @Inject
    RegistrationRepository registrations;

    @GET
    @Path("/events")
    @Operation(operationId = "listPublicEvents", summary = "Published events that have not ended (no login)")
    public List<PublicEvent> list() {
        return service.upcoming().stream().map(this::toPublic).toList();
    }

    @GET
    @Path("/events/{id}")
    @Operation(operationId = "getPublicEvent", summary = "One published event (no login)")
    public PublicEvent get(@PathParam("id") long id) {
        return toPublic(service.publishedEvent(id).orElseThrow(() -> ApiException.notFound("Event", id)));
    }

    @POST
    @Path("/events/{id}/registrations")
    @Operation(operationId = "registerPublicly", summary = "Register for an event without an account. Every accepted registration gets the same 202, new or not: the mail tells the person their ticket or waitlist place; 429 with Retry-After when one address sends too many (no login)")
    @APIResponse(responseCode = "202", description = "Received: a mail with the ticket (or the waitlist place) is on its way",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicRegistrationReceipt.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Response register(@PathParam("id") long id, @Valid @NotNull PublicRegistrationRequest request,
            @Context HttpServerRequest http) {
        service.register(id, request, ClientAddress.of(http));
        return Response.accepted(PublicRegistrationReceipt.RECEIVED).build();
    }

    @POST
    @Path("/registrations/{cancelCode}/cancellation")
    @Operation(operationId = "cancelPublicRegistration", summary = "Cancel with the secret of the cancel link in the ticket mail; this code is not the ticket's token, so whoever sees a ticket cannot cancel it (no login)")
    public Map<String, String> cancel(@PathParam("cancelCode") String cancelCode, @Context HttpServerRequest http) {
        RegistrationStatus status = service.cancel(cancelCode, ClientAddress.of(http))
                .orElseThrow(() -> ApiException.notFound("Registration", "with this code"));
        return Map.of("status", status.name());
    }

    private PublicEvent toPublic(Event e) {
        boolean full = e.capacity != null && registrations.placesTaken(e.id) >= e.capacity;
        return new PublicEvent(e.id, e.title, e.description, e.type, e.venue, e.onlineUrl, e.startsAt, e.endsAt, full);
    }
}
