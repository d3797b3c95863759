package nl.aanjager.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of /api/webhooks. */
public final class WebhookDtos {
    private WebhookDtos() {
    }

    @Schema(name = "WebhookSubscriptionRequest")
    public record SubscriptionRequest(
            @Schema(required = true, description = "https URL the events are POSTed to", example = "https://crm.example.nl/hooks/aanjager")
            @NotBlank @Size(max = 2000) String url,
            @Schema(required = true, description = "Event types wanted; see GET /api/webhooks/event-types")
            @NotEmpty @Size(max = 50) List<@NotBlank String> eventTypes,
            @Size(max = 500) String description,
            @Schema(description = "Whether events are sent; default true. Enabling a disabled subscription clears why it was disabled")
            Boolean enabled,
            @Schema(description = "Admin only, on create: the partner it belongs to; none for the municipality's own (receives everything)."
                    + " Partners always subscribe for their own partner")
            Long partnerId) {
    }

    @Schema(name = "WebhookSubscription")
    public record SubscriptionResponse(
            @Schema(required = true) long id,
            @Schema(description = "The partner it belongs to; absent for the municipality's own") Long partnerId,
            @Schema(required = true) String url,
            @Schema(required = true) List<String> eventTypes,
            String description,
            @Schema(required = true) boolean enabled,
            @Schema(description = "Why the dispatcher disabled it (the endpoint kept failing)") String disabledReason,
            OffsetDateTime disabledAt,
            @Schema(description = "Since when every attempt failed; absent when the last one succeeded") OffsetDateTime failingSince,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true, description = "Send it back in If-Match to change the subscription") long version,
            @Schema(description = "Only in the answer to create: the signing secret (whsec_…). It is never shown again")
            String secret) {
        static SubscriptionResponse from(WebhookSubscription s, String secret) {
            return new SubscriptionResponse(s.id, s.partnerId, s.url, List.copyOf(s.eventTypes), s.description, s.enabled,
                    s.disabledReason, s.disabledAt, s.failingSince, s.createdAt, s.version, secret);
        }
    }

    @Schema(name = "WebhookSubscriptionPage")
    public record SubscriptionPage(
            @Schema(required = true) List<SubscriptionResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }

    @Schema(name = "WebhookSecret", description = "A new signing secret; shown once")
    public record SecretResponse(
            @Schema(required = true, description = "whsec_ and base64: verify signatures with it") String secret,
            @Schema(description = "Until then the previous secret signs too (a second signature in webhook-signature)")
            OffsetDateTime previousSecretValidUntil) {
    }

    @Schema(name = "WebhookEventType")
    public record EventTypeResponse(
            @Schema(required = true, example = "referral.accepted") String type,
            @Schema(required = true) String description) {
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptResponse(
            @Schema(required = true) OffsetDateTime at,
            @Schema(description = "The receiver's HTTP status; absent when it could not be reached") Integer statusCode,
            @Schema(required = true) int durationMs,
            @Schema(description = "The first 2 KB of the receiver's answer") String responseExcerpt,
            @Schema(description = "Why the attempt failed without an answer (timeout, refused URL, …)") String error) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryResponse(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The webhook-id of every attempt is msg_ and this id") long eventId,
            @Schema(required = true) String eventType,
            @Schema(required = true, enumeration = {"PENDING", "DELIVERED", "FAILED"}) String state,
            @Schema(required = true) int attemptCount,
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime nextAttemptAt,
            OffsetDateTime deliveredAt,
            @Schema(required = true, description = "Newest first") List<AttemptResponse> attempts) {
    }

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(
            @Schema(required = true) List<DeliveryResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }

    @Schema(name = "WebhookDeliveryQueued")
    public record DeliveryQueued(
            @Schema(required = true) @NotNull Long deliveryId,
            @Schema(required = true) long eventId) {
    }
}
