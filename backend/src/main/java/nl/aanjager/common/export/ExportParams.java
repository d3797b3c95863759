package nl.aanjager.common.export;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** How a list is downloaded; the language of headers and words follows Accept-Language (nl or en, else nl). */
public class ExportParams {
    @QueryParam("format")
    @DefaultValue("csv")
    @Parameter(description = "csv or xlsx (Excel)", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"},
            defaultValue = "csv"))
    public String format;

    @QueryParam("dialect")
    @DefaultValue("excel")
    @Parameter(description = "For csv: excel opens in a Dutch Excel as it is (semicolons, decimal comma, dates as"
            + " 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601 dates,"
            + " UTF-8 without a mark)", schema = @Schema(type = SchemaType.STRING, enumeration = {"excel", "plain"},
            defaultValue = "excel"))
    public String dialect;
}
