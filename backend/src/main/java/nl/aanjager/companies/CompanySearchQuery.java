package nl.aanjager.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;

/**
 * "Which companies match this search and these filters?" — native SQL, because fuzzy name
 * matching uses pg_trgm's index-backed {@code %} operator. Three statements per page,
 * whatever the page size: count, ids of the page, the companies themselves.
 */
@ApplicationScoped
public class CompanySearchQuery {
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "c.name", "kvkNumber", "c.kvk_number", "createdAt", "c.created_at", "postcode", "c.postcode");
    private static final String NORMALISED_Q = "regexp_replace(lower(:q), '[^[:alnum:][:space:]]+', '', 'g')";

    @Inject
    EntityManager entityManager;

    public PageResult<Company> search(PageParams params, CompanyFilter filter) {
        List<String> where = new ArrayList<>(List.of("c.merged_into_id is null"));
        Map<String, Object> parameters = new HashMap<>();
        String relevance = null;
        if (params.hasSearch()) {
            String q = params.q.trim();
            if (q.matches("[0-9]{8}")) {
                where.add("c.kvk_number = :kvk");
                parameters.put("kvk", q);
            } else if (Postcodes.looksLikeOne(q)) {
                where.add("c.postcode = :postcode");
                parameters.put("postcode", Postcodes.normalise(q));
            } else {
                where.add("(c.search_name % " + NORMALISED_Q + " or c.search_name like '%' || " + NORMALISED_Q
                        + " || '%')");
                parameters.put("q", q);
                relevance = "similarity(c.search_name, " + NORMALISED_Q + ") desc";
            }
        }
        addFilters(filter, where, parameters);
        String conditions = String.join(" and ", where);

        Query count = entityManager.createNativeQuery("select count(*) from company c where " + conditions);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        Query page = entityManager.createNativeQuery("select c.id from company c where " + conditions
                + " order by " + orderBy(params.sort, relevance) + " limit :limit offset :offset");
        parameters.forEach(page::setParameter);
        page.setParameter("limit", params.size).setParameter("offset", (long) params.page * params.size);
        @SuppressWarnings("unchecked")
        List<Number> ids = page.getResultList();
        return new PageResult<>(load(ids.stream().map(Number::longValue).toList()), total, params.page, params.size);
    }

    private static void addFilters(CompanyFilter filter, List<String> where, Map<String, Object> parameters) {
        if (filter.district != null && !filter.district.isBlank()) {
            where.add("c.district = :district");
            parameters.put("district", filter.district.trim());
        }
        if (filter.sector != null && !filter.sector.isBlank()) {
            where.add("c.sbi_code like :sector");
            parameters.put("sector", filter.sector.trim().replace("%", "") + "%");
        }
        if (filter.sizeClass != null && !filter.sizeClass.isBlank()) {
            where.add("c.size_class = :size");
            parameters.put("size", EnumParam.parse(SizeClass.class, "sizeClass", filter.sizeClass).name());
        }
        if (filter.stageId != null && filter.programmeId == null) {
            throw ApiException.invalidField("stageId", "needs programmeId");
        }
        if (filter.programmeId != null && filter.stageId == null) {
            where.add("exists (select 1 from stage_record sr where sr.company_id = c.id"
                    + " and sr.programme_id = :programme and sr.withdrawn_at is null)");
            parameters.put("programme", filter.programmeId);
        }
        if (filter.programmeId != null && filter.stageId != null) {
            where.add("(select max(fs.position) from stage_record sr join funnel_stage fs on fs.id = sr.stage_id"
                    + " where sr.company_id = c.id and sr.programme_id = :programme and sr.withdrawn_at is null)"
                    + " = (select position from funnel_stage where id = :stage and programme_id = :programme)");
            parameters.put("programme", filter.programmeId);
            parameters.put("stage", filter.stageId);
        }
        if (filter.theme != null && !filter.theme.isBlank()) {
            where.add("exists (select 1 from activity a where a.company_id = c.id and :theme = any(a.themes))");
            parameters.put("theme", filter.theme.trim());
        }
        if (filter.partnerId != null) {
            where.add("(exists (select 1 from activity a where a.company_id = c.id and a.partner_id = :partner)"
                    + " or exists (select 1 from referral r where r.company_id = c.id"
                    + " and (r.from_partner_id = :partner or r.to_partner_id = :partner))"
                    + " or exists (select 1 from stage_record sr where sr.company_id = c.id"
                    + " and sr.credited_partner_id = :partner and sr.withdrawn_at is null))");
            parameters.put("partner", filter.partnerId);
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
                    throw ApiException.invalidField("sort", "cannot sort by '" + field + "'; allowed: "
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
