package nl.aanjager.companies;

import java.util.List;
import java.util.Map;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.programmes.Theme;

/**
 * The company filters that lists and reports share (district, sector, size class, theme), as
 * native-SQL conditions on the company aliased {@code c}; one place decides what they mean.
 */
public final class CompanyConditions {
    private CompanyConditions() {
    }

    public static void add(String district, String sector, String sizeClass, String theme, List<String> where,
            Map<String, Object> parameters) {
        if (district != null && !district.isBlank()) {
            where.add("c.district = :district");
            parameters.put("district", district.trim());
        }
        if (sector != null && !sector.isBlank()) {
            where.add("c.sbi_code like :sector");
            parameters.put("sector", sector.trim().replace("%", "") + "%");
        }
        if (sizeClass != null && !sizeClass.isBlank()) {
            where.add("c.size_class = :sizeClass");
            parameters.put("sizeClass", EnumParam.parse(SizeClass.class, "sizeClass", sizeClass).name());
        }
        if (theme != null && !theme.isBlank()) {
            where.add("exists (select 1 from activity a where a.company_id = c.id and :theme = any(a.themes))");
            parameters.put("theme", EnumParam.parse(Theme.class, "theme", theme).name());
        }
    }
}
