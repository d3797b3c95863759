package nl.aanjager.timeline;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing that happened with a company, from whichever feature it came. */
@Schema(name = "TimelineItem")
public record TimelineItem(
        @Schema(required = true) OffsetDateTime at,
        @Schema(required = true) Kind kind,
        @Schema(required = true, description = "Id of the activity, referral, stage record or audit entry") long refId,
        @Schema(description = "The partner who acted") Long partnerId,
        @Schema(description = "For referrals: the partner on the other side") Long otherPartnerId,
        @Schema(description = "Activity type, stage name, event title, or the audited action") String label,
        @Schema(description = "Activity summary, referral reason or withdrawal reason; absent when confidential") String text,
        Long programmeId,
        @Schema(description = "For stage items: the stage") Long stageId,
        @Schema(description = "For registration and check-in items: the event (refId is then the registration)")
        Long eventId,
        @Schema(description = "For registration and check-in items: the person (empty once erased)") String person,
        @Schema(required = true, description = "An activity whose summary only its own partner (and staff) may read")
        boolean confidential,
        @Schema(description = "Who recorded it") String actor) {

    @Schema(name = "TimelineKind")
    public enum Kind {
        ACTIVITY,
        REFERRAL_SENT,
        REFERRAL_ACCEPTED,
        REFERRAL_DECLINED,
        REFERRAL_DONE,
        STAGE_REACHED,
        STAGE_WITHDRAWN,
        EVENT_REGISTERED,
        EVENT_CHECKED_IN,
        CHANGE
    }
}
