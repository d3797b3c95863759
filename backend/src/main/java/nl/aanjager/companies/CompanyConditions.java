package nl.aanjager.companies;

import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.sql.SqlConditions;
import nl.aanjager.programmes.Theme;

/**
 * The company filters that lists and reports share (district, sector, size class, theme), as
 * native-SQL conditions; one place decides what they mean. They apply to the company table
 * (alias c) and to the report facts that carry copies of these columns.
 */
public final class CompanyConditions {
    private CompanyConditions() {
    }

    public static void add(String district, String sector, String sizeClass, String theme, SqlConditions where) {
        add("c", district, sector, sizeClass, theme, where, parameter ->
                "exists (select 1 from activity a where a.company_id = c.id and " + parameter + " = any(a.themes))");
    }

    /**
     * The same on a report fact aliased {@code alias}, which carries copies of the company's
     * district, sbi_code, size_class and its activities' themes.
     */
    public static void addOnFact(String alias, String district, String sector, String sizeClass, String theme,
            SqlConditions where) {
        add(alias, district, sector, sizeClass, theme, where, parameter -> parameter + " = any(" + alias + ".themes)");
    }

    private static void add(String alias, String district, String sector, String sizeClass, String theme,
            SqlConditions where, java.util.function.UnaryOperator<String> themeCondition) {
        if (district != null && !district.isBlank()) {
            where.add(alias + ".district = " + where.bind("district", district.trim()));
        }
        if (sector != null && !sector.isBlank()) {
            where.add(alias + ".sbi_code like " + where.bind("sector", sector.trim().replace("%", "") + "%"));
        }
        if (sizeClass != null && !sizeClass.isBlank()) {
            where.add(alias + ".size_class = "
                    + where.bind("sizeClass", EnumParam.parse(SizeClass.class, "sizeClass", sizeClass).name()));
        }
        if (theme != null && !theme.isBlank()) {
            where.add(themeCondition.apply(where.bind("theme", EnumParam.parse(Theme.class, "theme", theme).name())));
        }
    }
}
