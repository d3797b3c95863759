package nl.aanjager.retention;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.security.CurrentUser;
import nl.aanjager.common.security.Roles;
import nl.aanjager.retention.RetentionCandidates.Candidate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/retention")
@Tag(name = "Retention")
public class RetentionResource {
    /** How many of the persons due the overview lists. */
    static final int LISTED = 50;

    @Inject
    RetentionService retention;

    @Inject
    RetentionCandidates candidates;

    @Inject
    RetentionConfig config;

    @Inject
    Scheduler scheduler;

    @Inject
    CurrentUser user;

    @Schema(name = "RetentionRun")
    public record RunResponse(
            @Schema(required = true) long id,
            @Schema(required = true) OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            @Schema(required = true, description = "Persons silent since before this moment were anonymised") OffsetDateTime cutoff,
            @Schema(required = true) int anonymised,
            @Schema(required = true, description = "SCHEDULE or ADMIN") String trigger,
            @Schema(required = true, description = "The account that started the run (system for the schedule)")
            String triggeredBy,
            @Schema(description = "Who started the run by hand, as people read them; absent for scheduled runs and"
                    + " runs from before names were kept") String triggeredByName,
            String error) {
        static RunResponse of(RetentionRun run) {
            return new RunResponse(run.id, run.startedAt, run.finishedAt, run.cutoff, run.anonymised, run.trigger.name(),
                    run.triggeredBy, run.triggeredByName, run.error);
        }
    }

    @Schema(name = "RetentionCandidate", description = "A person the next run would anonymise")
    public record CandidateResponse(
            @Schema(required = true) long contactId,
            String name,
            @Schema(required = true) long companyId,
            @Schema(required = true) String companyName,
            @Schema(required = true, description = "The last activity, registration, referral or consent") OffsetDateTime lastSeenAt) {
        static CandidateResponse of(Candidate candidate) {
            return new CandidateResponse(candidate.contactId(), candidate.name(), candidate.companyId(),
                    candidate.companyName(), candidate.lastSeenAt());
        }
    }

    @Schema(name = "RetentionOverview")
    public record Overview(
            @Schema(required = true, description = "ISO period a person may be silent, e.g. P24M") String inactiveFor,
            @Schema(required = true) int inactiveMonths,
            @Schema(required = true, description = "Whether the scheduled run happens") boolean scheduled,
            OffsetDateTime nextRunAt,
            @Schema(required = true, description = "A run now anonymises persons silent since before this moment") OffsetDateTime cutoff,
            @Schema(required = true, description = "How many persons a run now would anonymise") long due,
            @Schema(required = true, description = "The longest silent of them, at most 50") List<CandidateResponse> firstDue,
            @Schema(required = true, description = "The latest runs, newest first") List<RunResponse> lastRuns) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getRetention", summary = "The retention rule in force, its last runs and what a run now would"
            + " do (a dry run)")
    public Overview overview() {
        OffsetDateTime cutoff = retention.cutoff(Instant.now());
        OffsetDateTime next = Optional.ofNullable(scheduler.getScheduledJob(RetentionSchedule.IDENTITY))
                .map(Trigger::getNextFireTime).map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null);
        return new Overview(config.inactiveFor().toString(), (int) config.inactiveFor().toTotalMonths(),
                config.enabled(), config.enabled() ? next : null, cutoff, candidates.count(cutoff),
                candidates.first(cutoff, LISTED).stream().map(CandidateResponse::of).toList(),
                retention.lastRuns(5).stream().map(RunResponse::of).toList());
    }

    @POST
    @Path("/runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runRetention", summary = "Runs the retention rule now and answers what it did; 409 while"
            + " another run is busy")
    public RunResponse run() {
        return retention.run(RetentionRun.Trigger.ADMIN, user.actor(), user.actorName().orElse(null),
                Instant.now()).map(RunResponse::of)
                .orElseThrow(() -> ApiException.conflict(ProblemCode.RETENTION_BUSY,
                        "Another retention run is busy; try again when it has finished"));
    }
}
