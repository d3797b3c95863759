package nl.aanjager.companies;

import java.util.List;
import java.util.Map;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.programmes.Theme;

/**
 * The company filters that lists and reports share (district, sector, size class, theme), as
 * native-SQL conditions; one place decides what they mean. They apply to the company table
 * (alias c) and to the report facts that carry copies of these columns.
 */
public final class CompanyConditions {
    private CompanyConditions() {
    }

    public static void add(String district, String sector, String sizeClass, String theme, List<String> where,
            Map<String, Object> parameters) {
        add("c", "exists (select 1 from activity a where a.company_id = c.id and :theme = any(a.themes))", district,
                sector, sizeClass, theme, where, parameters);
    }

    /**
     * The same on a report fact aliased {@code alias}, which carries copies of the company's
     * district, sbi_code, size_class and its activities' themes.
     */
    public static void addOnFact(String alias, String district, String sector, String sizeClass, String theme,
            List<String> where, Map<String, Object> parameters) {
        add(alias, ":theme = any(" + alias + ".themes)", district, sector, sizeClass, theme, where, parameters);
    }

    private static void add(String alias, String themeCondition, String district, String sector, String sizeClass,
            String theme, List<String> where, Map<String, Object> parameters) {
        if (district != null && !district.isBlank()) {
            where.add(alias + ".district = :district");
            parameters.put("district", district.trim());
        }
        if (sector != null && !sector.isBlank()) {
            where.add(alias + ".sbi_code like :sector");
            parameters.put("sector", sector.trim().replace("%", "") + "%");
        }
        if (sizeClass != null && !sizeClass.isBlank()) {
            where.add(alias + ".size_class = :sizeClass");
            parameters.put("sizeClass", EnumParam.parse(SizeClass.class, "sizeClass", sizeClass).name());
        }
        if (theme != null && !theme.isBlank()) {
            where.add(themeCondition);
            parameters.put("theme", EnumParam.parse(Theme.class, "theme", theme).name());
        }
    }
}
