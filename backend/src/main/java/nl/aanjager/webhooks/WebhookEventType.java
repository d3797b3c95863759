package nl.aanjager.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The event types a subscription can ask for, by their names on the wire. */
public enum WebhookEventType {
    COMPANY_CREATED("company.created", "A company was added"),
    COMPANY_UPDATED("company.updated", "A company's master data changed"),
    COMPANY_STAGE_REACHED("company.stage_reached", "A company entered a funnel stage of a programme for the first time"),
    ACTIVITY_CREATED("activity.created", "A partner recorded an activity with a company"),
    REFERRAL_CREATED("referral.created", "A company was referred from one partner to another"),
    REFERRAL_ACCEPTED("referral.accepted", "The receiving partner accepted a referral"),
    REFERRAL_DECLINED("referral.declined", "The receiving partner declined a referral"),
    REFERRAL_COMPLETED("referral.completed", "The receiving partner completed a referral"),
    REGISTRATION_CREATED("registration.created", "Someone of a company registered for an event"),
    REGISTRATION_CANCELLED("registration.cancelled", "A registration for an event was cancelled"),
    REGISTRATION_CHECKED_IN("registration.checked_in", "A registered person or a walk-in was admitted at the door"),
    IMPORT_FINISHED("import.finished", "An import finished applying its rows");

    /** The type of a test ping; not subscribable, sent on request to one subscription. */
    public static final String PING = "webhook.ping";

    public final String wireName;
    public final String description;

    WebhookEventType(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public static Optional<WebhookEventType> of(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }
}
