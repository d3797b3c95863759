package nl.aanjager.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Delivery of webhooks (application.properties, aanjager.webhooks.*). */
@ConfigMapping(prefix = "aanjager.webhooks")
public interface WebhookConfig {
    /** How often each replica looks for new events and deliveries due (read by the scheduler). */
    @WithDefault("2s")
    String pollEvery();

    /** How long a dispatcher holds a claimed delivery; a dead one's deliveries are taken over after it. */
    @WithDefault("PT1M")
    Duration lease();

    /** Time to connect to a receiver. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Time for a receiver to answer once connected. */
    @WithDefault("PT15S")
    Duration readTimeout();

    /**
     * When each attempt of a delivery is made, counted from the previous one (the first from the
     * event); after the last the delivery has failed. Standard Webhooks' recommended schedule.
     */
    @WithDefault("PT0S,PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
    List<Duration> retrySchedule();

    /** Each wait is made up to this fraction longer or shorter, so retries of many deliveries spread out. */
    @WithDefault("0.1")
    double jitter();

    /** A subscription whose deliveries all failed for this long is disabled, with the reason for its owner. */
    @WithDefault("P5D")
    Duration disableAfterFailingFor();

    /** After a rotation the previous secret keeps signing (a second signature) this long. */
    @WithDefault("PT24H")
    Duration previousSecretValidFor();

    /**
     * Dev, test and the local jar only: also accept {@code http} URLs and loopback addresses
     * (a receiver on the developer's machine). Never in production: private, loopback and
     * link-local addresses are refused there (server-side request forgery).
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** Deliveries one dispatcher claims at a time. */
    @WithDefault("100")
    int batchSize();

    /** Deliveries one replica sends at the same time. */
    @WithDefault("16")
    int concurrency();

    /** How much of a receiver's answer the attempt log keeps. */
    @WithDefault("2048")
    int responseExcerptBytes();
}
