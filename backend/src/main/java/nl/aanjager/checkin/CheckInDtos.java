package nl.aanjager.checkin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import nl.aanjager.events.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the check-in endpoints. */
public final class CheckInDtos {
    private CheckInDtos() {
    }

    @Schema(name = "ScanRequest", description = "A scanned ticket, or a registration picked by name")
    public record ScanRequest(
            @Size(max = 300) @Schema(description = "The QR code's text") String ticket,
            Long registrationId,
            @NotBlank @Size(max = 100) @Schema(description = "Which phone or desk, for the history") String device,
            @Size(max = 64) @Schema(description = "The device's id for this scan; a replay with it is applied once")
            String clientId,
            @Schema(description = "When it was scanned, for scans queued offline") OffsetDateTime scannedAt) {
    }

    @Schema(name = "CheckInResult")
    public record CheckInResult(
            @Schema(required = true) CheckInOutcome outcome,
            String clientId,
            Long registrationId,
            String name,
            String companyName,
            OffsetDateTime checkedInAt,
            String checkedInBy,
            String device,
            @Schema(description = "For a refusal: what is wrong, in words") String detail) {
    }

    @Schema(name = "ScanBatchRequest", description = "Scans a phone queued while offline, oldest first")
    public record ScanBatchRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid ScanRequest> scans) {
    }

    @Schema(name = "ScanBatchResult")
    public record ScanBatchResult(@Schema(required = true) List<CheckInResult> results) {
    }

    @Schema(name = "WalkInRequest", description = "Someone at the door who did not register")
    public record WalkInRequest(
            @NotBlank @Size(max = 200) String companyName,
            @Pattern(regexp = "[0-9]{8}", message = "{aanjager.format.kvk-number}") String kvkNumber,
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 100) String device,
            @Size(max = 64) String clientId,
            @Schema(required = true, description = "The person agreed, at the door, that their details are kept for"
                    + " the event and the programme's follow-up")
            @NotNull @AssertTrue(message = "{aanjager.consent.required}") Boolean consent) {
    }

    @Schema(name = "Attendance", description = "Live counts of one event")
    public record Attendance(
            @Schema(required = true, description = "Holding a place and not (yet) checked in") long registered,
            @Schema(required = true) long waitlisted,
            @Schema(required = true) long checkedIn,
            @Schema(required = true) long walkIns,
            @Schema(required = true) long noShows,
            @Schema(required = true) long cancelled,
            @Schema(required = true) long failedScans,
            Integer capacity) {
    }

    @Schema(name = "CheckInAttempt")
    public record AttemptResponse(
            @Schema(required = true) long id,
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true) CheckInOutcome outcome,
            Long registrationId,
            @Schema(description = "The person of the registration (empty once erased)") String name,
            String companyName,
            @Schema(required = true, description = "User name of the account that scanned; people see the device")
            String byUser,
            String device) {
    }

    @Schema(name = "CheckInList", description = "What a phone keeps to check people in while offline")
    public record CheckInList(
            @Schema(required = true) long eventId,
            @Schema(required = true) String title,
            @Schema(required = true, description = "Ed25519 public key (32 bytes, base64url) that verifies AJ2 tickets;"
                    + " it cannot sign one, so a door phone cannot make tickets")
            String ticketPublicKey,
            @Schema(required = true) OffsetDateTime generatedAt,
            @Schema(required = true) List<Attendee> attendees) {
    }

    @Schema(name = "CheckInAttendee")
    public record Attendee(
            @Schema(required = true) long registrationId,
            String name,
            String companyName,
            @Schema(required = true) RegistrationStatus status,
            OffsetDateTime checkedInAt,
            @Schema(required = true, description = "SHA-256 (base64url) of the AJ1 ticket this registration had before"
                    + " tickets were signed with Ed25519: a phone admits such a ticket offline when the digest of what it"
                    + " scans is here") String legacyTicketDigest) {
    }
}
