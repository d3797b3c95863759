package nl.aanjager.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import nl.aanjager.webhooks.WebhookDtos.DeliveryPage;
import nl.aanjager.webhooks.WebhookDtos.DeliveryQueued;
import nl.aanjager.webhooks.WebhookDtos.DeliveryResponse;
import nl.aanjager.webhooks.WebhookDtos.EventTypeResponse;
import nl.aanjager.webhooks.WebhookDtos.SecretResponse;
import nl.aanjager.webhooks.WebhookDtos.SubscriptionPage;
import nl.aanjager.webhooks.WebhookDtos.SubscriptionRequest;
import nl.aanjager.webhooks.WebhookDtos.SubscriptionResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/webhooks")
@Tag(name = "Webhooks")
public class WebhookResource {
    private static final String SUBSCRIPTION = "Webhook subscription";

    @Inject
    WebhookService service;

    @GET
    @Path("/event-types")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types a subscription can ask for")
    public List<EventTypeResponse> eventTypes() {
        return Arrays.stream(WebhookEventType.values()).map(type -> new EventTypeResponse(type.wireName, type.description)).toList();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listWebhookSubscriptions", summary = "A partner's own webhook subscriptions, newest first; admins see all")
    public SubscriptionPage list(@Valid @BeanParam PageParams paging,
            @QueryParam("partnerId") @Parameter(description = "Admin: one partner's subscriptions; partners always see their own") Long partnerId) {
        PageResult<WebhookSubscription> page = service.list(partnerId, paging.page, paging.size);
        return new SubscriptionPage(page.items().stream().map(s -> SubscriptionResponse.from(s, null)).toList(),
                page.total(), page.page(), page.size());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe an https endpoint to event types; the answer holds the signing secret, shown only this once")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response create(@Valid @NotNull SubscriptionRequest request) {
        WebhookService.Created created = service.create(request);
        WebhookSubscription subscription = created.subscription();
        return Response.created(URI.create("/api/webhooks/" + subscription.id))
                .entity(SubscriptionResponse.from(subscription, created.secret())).tag(ETags.of(subscription.version)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "getWebhookSubscription", summary = "Read one's own webhook subscription, with why it was disabled if it was")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response get(@PathParam("id") long id) {
        WebhookSubscription subscription = service.find(id).orElseThrow(() -> ApiException.notFound(SUBSCRIPTION, id));
        return ETags.ok(SubscriptionResponse.from(subscription, null), subscription.version).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "updateWebhookSubscription", summary = "Change URL, event types, description or enabled; requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SubscriptionRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        WebhookSubscription subscription = service.update(id, expected, request)
                .orElseThrow(() -> ApiException.notFound(SUBSCRIPTION, id));
        return ETags.ok(SubscriptionResponse.from(subscription, null), subscription.version).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "deleteWebhookSubscription", summary = "Stop a subscription and forget its deliveries")
    @APIResponse(responseCode = "204")
    public Response delete(@PathParam("id") long id) {
        if (!service.delete(id)) {
            throw ApiException.notFound(SUBSCRIPTION, id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secrets")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "rotateWebhookSecret", summary = "A new signing secret, shown once; the previous one keeps signing for 24 hours")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SecretResponse.class)))
    public Response rotateSecret(@PathParam("id") long id) {
        SecretResponse secret = service.rotateSecret(id).orElseThrow(() -> ApiException.notFound(SUBSCRIPTION, id));
        return Response.status(Response.Status.CREATED).entity(secret).build();
    }

    @POST
    @Path("/{id}/pings")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "pingWebhook", summary = "Send a test event (webhook.ping) to the endpoint; its delivery shows in the log")
    @APIResponse(responseCode = "202", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryQueued.class)))
    public Response ping(@PathParam("id") long id) {
        DeliveryQueued queued = service.ping(id).orElseThrow(() -> ApiException.notFound(SUBSCRIPTION, id));
        return Response.accepted(queued).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription, newest first, each with its attempts")
    public DeliveryPage deliveries(@PathParam("id") long id, @Valid @BeanParam PageParams paging) {
        PageResult<DeliveryResponse> page = service.deliveries(id, paging.page, paging.size)
                .orElseThrow(() -> ApiException.notFound(SUBSCRIPTION, id));
        return new DeliveryPage(page.items(), page.total(), page.page(), page.size());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/resend")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "resendWebhookDelivery", summary = "Send a delivery again now, with the same webhook-id")
    @APIResponse(responseCode = "202", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryQueued.class)))
    public Response resend(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        DeliveryQueued queued = service.resend(id, deliveryId).orElseThrow(() -> ApiException.notFound(SUBSCRIPTION, id));
        return Response.accepted(queued).build();
    }
}
