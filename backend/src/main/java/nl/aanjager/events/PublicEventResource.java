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
import nl.aanjager.events.EventDtos.PublicRegistrationResponse;
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
    @Operation(operationId = "registerPublicly", summary = "Register for an event without an account; 429 with Retry-After when one address sends too many (no login)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicRegistrationResponse.class)))
    @APIResponse(responseCode = "202", description = "Already registered: the ticket was mailed again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicRegistrationResponse.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Response register(@PathParam("id") long id, @Valid @NotNull PublicRegistrationRequest request,
            @Context HttpServerRequest http) {
        PublicRegistrationResponse response = service.register(id, request, clientAddress(http));
        return Response.status(response.ticket() == null ? 202 : 201).entity(response).build();
    }

    @POST
    @Path("/registrations/{token}/cancellation")
    @Operation(operationId = "cancelPublicRegistration", summary = "Cancel with the secret from the ticket mail (no login)")
    public Map<String, String> cancel(@PathParam("token") String token, @Context HttpServerRequest http) {
        RegistrationStatus status = service.cancel(token, clientAddress(http))
                .orElseThrow(() -> ApiException.notFound("Registration", "with this code"));
        return Map.of("status", status.name());
    }

    private PublicEvent toPublic(Event e) {
        boolean full = e.capacity != null && registrations.placesTaken(e.id) >= e.capacity;
        return new PublicEvent(e.id, e.title, e.description, e.type, e.venue, e.onlineUrl, e.startsAt, e.endsAt, full);
    }

    /** Behind a proxy, enable quarkus.http.proxy.proxy-address-forwarding so this is the client. */
    private static String clientAddress(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
