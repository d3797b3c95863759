package nl.aanjager.audit;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which part of the trail to read; every filter is optional and they combine with "and". */
public class AuditFilter {
    @QueryParam("entityType")
    @Parameter(description = "The kind of record, e.g. company, contact, referral")
    public String entityType;

    @QueryParam("entityId")
    @Parameter(description = "One record (with entityType)")
    public Long entityId;

    @QueryParam("companyId")
    @Parameter(description = "Everything that happened at one company")
    public Long companyId;

    @QueryParam("actor")
    @Parameter(description = "The user or API client that made the change: its account name, a system"
            + " actor (system/demo), or the person's name as the trail shows it (actorName, any case)")
    public String actor;

    @QueryParam("partnerId")
    @Parameter(description = "Changes made by the people and systems of one partner")
    public Long partnerId;

    @QueryParam("action")
    @Parameter(description = "One operation (company.updated), or all of a kind with a trailing dot (company.)")
    public String action;

    @QueryParam("from")
    @Parameter(description = "From this moment on (inclusive)")
    public OffsetDateTime from;

    @QueryParam("to")
    @Parameter(description = "Before this moment (exclusive)")
    public OffsetDateTime to;
}
