package nl.aanjager.programmes;

import nl.aanjager.audit.Changes;
import nl.aanjager.audit.AuditLog;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.paging.SortSpec;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.programmes.ProgrammeDtos.ProgrammeRequest;

/** Programmes: their period and themes, and the default funnel a new programme starts with. */
@ApplicationScoped
public class ProgrammeService {
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "startDate", "startDate");

    @Inject
    AuditLog audit;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FunnelStageRepository stages;

    public PageResult<Programme> list(PageParams params, Theme theme) {
        PanacheQuery<Programme> query = programmes.search(params, theme, SortSpec.parse(params.sort, SORTABLE, "name"));
        return new PageResult<>(query.page(params.page, params.size).list(), query.count(), params.page, params.size);
    }

    public Optional<Programme> findByName(String name) {
        return programmes.findByNameIgnoreCase(name);
    }

    public Optional<Programme> find(long id) {
        return programmes.findByIdOptional(id);
    }

    @Transactional
    public Programme create(ProgrammeRequest request) {
        validate(request, null);
        Programme programme = new Programme();
        apply(request, programme);
        programmes.persistAndFlush(programme);
        for (int i = 0; i < DefaultStages.ALL.size(); i++) {
            FunnelStage stage = new FunnelStage();
            stage.programmeId = programme.id;
            stage.code = DefaultStages.ALL.get(i).code();
            // the English name: files and screens show a default-named stage in the reader's language
            stage.name = DefaultStages.ALL.get(i).name().en();
            stage.position = i + 1;
            stages.persist(stage);
        }
        audit.record("programme.created", "programme", programme.id, null, Changes.created(programme),
                DefaultStages.ALL.size() + " default funnel stages");
        return programme;
    }

    @Transactional
    public Optional<Programme> update(long id, long expectedVersion, ProgrammeRequest request) {
        return programmes.findByIdOptional(id).map(programme -> {
            ETags.checkVersion(programme.version, OptionalLong.of(expectedVersion));
            validate(request, id);
            var before = Changes.snapshot(programme);
            apply(request, programme);
            programmes.flush();
            audit.recordUpdate("programme.updated", "programme", id, null, before, programme);
            return programme;
        });
    }

    @Transactional
    public boolean delete(long id, OptionalLong expectedVersion) {
        Optional<Programme> programme = programmes.findByIdOptional(id);
        programme.ifPresent(found -> {
            ETags.checkVersion(found.version, expectedVersion);
            Changes gone = Changes.deleted(found);
            programmes.delete(found);
            programmes.flush();
            audit.record("programme.deleted", "programme", id, null, gone);
        });
        return programme.isPresent();
    }

    private void validate(ProgrammeRequest request, Long ownId) {
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ApiException.invalidField("endDate", FieldErrorCode.BEFORE_OTHER, "must not be before startDate");
        }
        programmes.findByNameIgnoreCase(request.name())
                .filter(existing -> !existing.id.equals(ownId))
                .ifPresent(existing -> {
                    throw ApiException.conflict(ProblemCode.PROGRAMME_EXISTS, "A programme named '" + existing.name
                            + "' already exists (id " + existing.id + ")", "name", existing.name);
                });
    }

    private static void apply(ProgrammeRequest request, Programme programme) {
        programme.name = request.name().trim();
        programme.description = request.description() == null || request.description().isBlank()
                ? null : request.description().trim();
        programme.themes = new java.util.ArrayList<>(request.themes().stream().sorted().map(Theme::name).toList());
        programme.startDate = request.startDate();
        programme.endDate = request.endDate();
    }
}
