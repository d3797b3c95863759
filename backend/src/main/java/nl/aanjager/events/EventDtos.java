package nl.aanjager.events;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.aanjager.programmes.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the event and registration endpoints. */
public final class EventDtos {
    private EventDtos() {
    }

    @Schema(name = "EventRequest")
    public record EventRequest(
            @NotNull Long programmeId,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            @NotNull EventType type,
            Set<@NotNull Theme> themes,
            @Size(max = 300) String venue,
            @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "{aanjager.format.https-address}") String onlineUrl,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @Min(1) Integer capacity,
            @Schema(description = "The funnel stage of the programme that attendance credits") Long stageId,
            @Schema(description = "Organising partners. A partner caller's own partner is always one; other partners it"
                    + " names are invited and organise once they accept. Staff and admins name organisers directly")
            Set<@NotNull Long> organiserIds) {
    }

    @Schema(name = "EventOrganiser", description = "A partner that organises an event, or is invited to, by name")
    public record Organiser(
            @Schema(required = true) long id,
            @Schema(required = true) String name) {
    }

    /**
     * An event with the names of what it refers to next to the ids, so that every reader, the
     * door role too (which may not list programmes or partners), can say what it belongs to.
     */
    @Schema(name = "Event")
    public record EventResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long programmeId,
            @Schema(required = true) String title,
            String description,
            @Schema(required = true) EventType type,
            @Schema(required = true) List<Theme> themes,
            String venue,
            String onlineUrl,
            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true) OffsetDateTime endsAt,
            Integer capacity,
            Long stageId,
            @Schema(required = true) EventStatus status,
            @Schema(required = true, description = "Partners that organise the event (accepted)") List<Long> organiserIds,
            @Schema(required = true, description = "Partners invited to organise that have not accepted yet")
            List<Long> invitedOrganiserIds,
            @Schema(required = true) long version,
            @Schema(required = true, description = "The name of the programme (programmeId)") String programmeName,
            @Schema(description = "The code of the funnel stage attendance credits (stageId), e.g. inspired")
            String stageCode,
            @Schema(description = "The name of that stage") String stageName,
            @Schema(required = true, description = "The organising partners by name, in the order of organiserIds")
            List<Organiser> organisers,
            @Schema(required = true, description = "The invited partners by name, in the order of invitedOrganiserIds")
            List<Organiser> invitedOrganisers) {
    }

    @Schema(name = "EventPage")
    public record EventPage(
            @Schema(required = true) List<EventResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }

    @Schema(name = "RegistrationRequest")
    public record RegistrationRequest(@NotNull Long contactId) {
    }

    @Schema(name = "Registration")
    public record RegistrationResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long eventId,
            @Schema(required = true) long contactId,
            @Schema(required = true) long companyId,
            String contactName,
            String companyName,
            @Schema(required = true) RegistrationStatus status,
            @Schema(required = true) Registration.Source source,
            @Schema(required = true) boolean walkIn,
            @Schema(required = true) OffsetDateTime registeredAt,
            OffsetDateTime checkedInAt,
            @Schema(description = "Account name of who checked the person in; people see checkedInDevice")
            String checkedInBy,
            @Schema(description = "The QR payload of the ticket") String ticket,
            @Schema(description = "The phone or desk the person was checked in at, as the door named it")
            String checkedInDevice) {
    }

    @Schema(name = "RegistrationPage")
    public record RegistrationPage(
            @Schema(required = true) List<RegistrationResponse> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }

    @Schema(name = "PublicEvent", description = "What anyone may know of a published event")
    public record PublicEvent(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            String description,
            @Schema(required = true) EventType type,
            String venue,
            String onlineUrl,
            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true) OffsetDateTime endsAt,
            @Schema(required = true, description = "Whether a new registration gets a place or the waitlist") boolean full) {
    }

    @Schema(name = "PublicRegistrationRequest")
    public record PublicRegistrationRequest(
            @NotBlank @Size(max = 200) String companyName,
            @Pattern(regexp = "[0-9]{8}", message = "{aanjager.format.kvk-number}") String kvkNumber,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 200) String email,
            @NotNull @AssertTrue(message = "{aanjager.consent.required}") Boolean consent,
            @Schema(description = "Leave empty (a field people do not see)") String website) {
    }

    @Schema(name = "PublicRegistrationReceipt", description = "The same for every accepted registration, new or"
            + " not, so that nobody learns from it whether an address was registered: the mail tells the person")
    public record PublicRegistrationReceipt(
            @Schema(required = true, description = "Always RECEIVED") String status,
            @Schema(required = true) String detail) {

        public static final PublicRegistrationReceipt RECEIVED = new PublicRegistrationReceipt("RECEIVED",
                "Thank you. We sent a message to the address you gave: the ticket, or your place on the waitlist.");
    }
}
