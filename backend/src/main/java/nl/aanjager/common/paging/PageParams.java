package nl.aanjager.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The paging, sorting and search parameters every list endpoint accepts. */
public class PageParams {
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    public int size;

    /** Field name, "-" in front for descending; comma-separated for several. */
    @QueryParam("sort")
    @Pattern(regexp = "-?[a-zA-Z]+(,-?[a-zA-Z]+)*", message = "{aanjager.format.sort}")
    public String sort;

    /** Free-text search. */
    @QueryParam("q")
    @Size(max = 200)
    public String q;

    /** The parameters of one page, for a caller that reads a whole list page by page. */
    public static PageParams of(String q, String sort, int page, int size) {
        PageParams params = new PageParams();
        params.q = q;
        params.sort = sort;
        params.page = page;
        params.size = size;
        return params;
    }

    public boolean hasSearch() {
        return q != null && !q.isBlank();
    }

    /** The search text as a case-insensitive LIKE pattern, wildcards in it escaped. */
    public String searchPattern() {
        String escaped = q.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
