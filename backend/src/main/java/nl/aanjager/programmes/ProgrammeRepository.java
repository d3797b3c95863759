package nl.aanjager.programmes;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.aanjager.common.paging.PageParams;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepository<Programme> {

    /** The names of these programmes by id, in one query (none for an empty list). */
    public Map<Long, String> namesById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream()
                .collect(Collectors.toMap(e -> e.id, e -> e.name));
    }

    public PanacheQuery<Programme> search(PageParams params, Theme theme, Sort sort) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (params.hasSearch()) {
            conditions.add("(lower(name) like :q or lower(coalesce(description, '')) like :q)");
            parameters.and("q", params.searchPattern());
        }
        if (theme != null) {
            conditions.add("array_contains(themes, :theme)");
            parameters.and("theme", theme.name());
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where, sort, parameters);
    }

    public Optional<Programme> findByNameIgnoreCase(String name) {
        return find("lower(name) = ?1", name.trim().toLowerCase()).firstResultOptional();
    }
}
