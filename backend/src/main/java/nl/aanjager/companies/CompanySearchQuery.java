package nl.aanjager.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.RenamedParam;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.common.sql.ReportingDatabase;
import nl.aanjager.common.sql.SqlConditions;

/**
 * "Which companies match this search and these filters?" — native SQL on pg_trgm's index:
 * names containing every word searched for, or, when there are none, names that look alike.
 * Three statements per page whatever its size (count, ids of the page, the companies), one
 * more when a name search falls back to look-alikes. The name order also pages by cursor.
 */
@ApplicationScoped
public class CompanySearchQuery {
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "c.name", "kvkNumber", "c.kvk_number", "createdAt", "c.created_at", "postcode", "c.postcode");

    /** Below this many companies the exact count is cheap enough (a few ms). */
    static final long ESTIMATE_ABOVE = 100_000;

    @Inject
    EntityManager entityManager;

    @Inject
    ReportingDatabase reporting;

    @Inject
    CompanyReportConditions reportConditions;

    @Inject
    AccessScope scope;

    public CompanyListPage search(PageParams params, CompanyFilter filter, String after) {
        SqlConditions where = new SqlConditions().add("c.merged_into_id is null");
        addFilters(filter, where);
        int beforeReportConditions = where.size();
        reportConditions.add(filter, where);
        // the companies behind a dashboard number read where the dashboard's numbers were read
        boolean behindAReport = where.size() > beforeReportConditions;
        String relevance = null;
        long total;
        boolean exact = true;
        if (params.hasSearch() && isNameSearch(params.q.trim())) {
            String words = where.bind("q", normalise(params.q));
            relevance = "similarity(c.search_name, " + words + ") desc";
            // every word found in the name: precise and cheap on the trigram index ...
            SqlConditions containing = where.copy();
            for (String word : normalise(params.q).split("\\s+")) {
                containing.add("c.search_name like " + where.bind("word", "%" + escapeLike(word) + "%"));
            }
            total = count(containing, behindAReport);
            if (total > 0) {
                where = containing;
            } else {
                // ... and only when that finds nothing, names that look alike (typos, word order)
                where.add("c.search_name % " + words);
                total = count(where, behindAReport);
            }
        } else {
            if (params.hasSearch()) {
                addExactSearch(params.q.trim(), where);
            }
            Long estimate = where.size() == 1 ? estimateOfWholeList() : null;
            exact = estimate == null;
            total = exact ? count(where, behindAReport) : estimate;
        }

        boolean keysetOrder = relevance == null && (params.sort == null || params.sort.isBlank()
                || params.sort.equals("name"));
        if (after != null && !keysetOrder) {
            throw ApiException.invalidField("after", FieldErrorCode.NOT_ALLOWED, "works only in name order without a name search");
        }
        if (after != null) {
            CompanyListCursor cursor = CompanyListCursor.decode(after);
            where.add("(c.name, c.id) > (" + where.bind("afterName", cursor.name()) + ", "
                    + where.bind("afterId", cursor.id()) + ")");
        }
        Query page = where.bindTo(nativeQuery("select c.id from company c " + where.where()
                + " order by " + orderBy(params.sort, relevance) + " limit :limit offset :offset", behindAReport));
        page.setParameter("limit", params.size).setParameter("offset", after != null ? 0L : (long) params.page * params.size);
        @SuppressWarnings("unchecked")
        List<Number> ids = page.getResultList();
        List<Company> companies = load(ids.stream().map(Number::longValue).toList());
        String nextCursor = keysetOrder && companies.size() == params.size
                ? CompanyListCursor.after(companies.get(companies.size() - 1)).encode() : null;
        return new CompanyListPage(new PageResult<>(companies, total, params.page, params.size), exact, nextCursor);
    }

    /**
     * The planner's row estimate for the unfiltered list of a large register: an exact count
     * of a million rows costs ~70 ms on every page, and "about 1,000,000" is what people read.
     * Small registers (and one never analysed) are counted exactly.
     */
    private Long estimateOfWholeList() {
        Number estimate = (Number) entityManager
                .createNativeQuery("select reltuples::bigint from pg_class where oid = 'company'::regclass")
                .getSingleResult();
        return estimate.longValue() >= ESTIMATE_ABOVE ? estimate.longValue() : null;
    }

    private static boolean isNameSearch(String q) {
        return !q.matches("[0-9]{8}") && !Postcodes.looksLikeOne(q) && !normalise(q).isBlank();
    }

    private static void addExactSearch(String q, SqlConditions where) {
        if (q.matches("[0-9]{8}")) {
            where.add("c.kvk_number = " + where.bind("kvk", q));
        } else if (Postcodes.looksLikeOne(q)) {
            where.add("c.postcode = " + where.bind("postcode", Postcodes.normalise(q)));
        } else {
            where.add("false");
        }
    }

    private long count(SqlConditions where, boolean behindAReport) {
        return ((Number) where.bindTo(nativeQuery("select count(*) from company c " + where.where(), behindAReport))
                .getSingleResult()).longValue();
    }

    private Query nativeQuery(String sql, boolean behindAReport) {
        return behindAReport ? reporting.createNativeQuery(sql) : entityManager.createNativeQuery(sql);
    }

    /** The same normal form as the search_name column: lower case, punctuation removed. */
    static String normalise(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]+", "").trim();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void addFilters(CompanyFilter filter, SqlConditions where) {
        CompanyConditions.add(filter.district, filter.sector, filter.sizeClass, filter.theme, where);
        if (filter.stageId != null && filter.programmeId == null) {
            throw ApiException.invalidField("stageId", FieldErrorCode.ONE_OF, "needs programmeId");
        }
        if (filter.programmeId != null && filter.stageId == null && !filter.programmeScopesNeedOrOutcome()) {
            where.add("exists (select 1 from stage_record sr where sr.company_id = c.id and sr.programme_id = "
                    + where.bind("programme", filter.programmeId) + " and sr.withdrawn_at is null)");
        }
        if (filter.programmeId != null && filter.stageId != null) {
            String programme = where.bind("programme", filter.programmeId);
            where.add("(select max(fs.position) from stage_record sr join funnel_stage fs on fs.id = sr.stage_id"
                    + " where sr.company_id = c.id and sr.programme_id = " + programme + " and sr.withdrawn_at is null)"
                    + " = (select position from funnel_stage where id = " + where.bind("stage", filter.stageId)
                    + " and programme_id = " + programme + ")");
        }
        RenamedParam.refuse("partnerId", filter.renamedPartnerId, "workedWithPartnerId");
        if (filter.workedWithPartnerId != null) {
            scope.refuseOtherPartnersRelationships("workedWithPartnerId", filter.workedWithPartnerId);
            where.add(AccessScope.worksWith(where.bind("workedWith", filter.workedWithPartnerId), "c.id"));
        }
    }

    private static String orderBy(String sort, String relevance) {
        List<String> order = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String part : sort.split(",")) {
                boolean descending = part.startsWith("-");
                String field = descending ? part.substring(1) : part;
                String column = SORTABLE.get(field);
                if (column == null) {
                    throw ApiException.invalidField("sort", FieldErrorCode.UNKNOWN_VALUE, "cannot sort by '" + field + "'; allowed: "
                            + SORTABLE.keySet().stream().sorted().collect(Collectors.joining(", ")));
                }
                order.add(column + (descending ? " desc" : " asc"));
            }
        } else if (relevance != null) {
            order.add(relevance);
        }
        order.add("c.name asc");
        order.add("c.id asc");
        return String.join(", ", order);
    }

    private List<Company> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Company> byId = entityManager.createQuery("from Company where id in :ids", Company.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(company -> company.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }
}
