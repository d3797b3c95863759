package nl.aanjager.companies;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SBI 2008 code list, so that screens show "10.71 Vervaardiging van brood …" rather than a bare code. */
@Path("/api/sbi-codes")
@Tag(name = "Companies")
public class SbiCodeResource {
    /** The list changes only with a release; a day keeps it out of every page load without going stale for long. */
    private static final int ONE_DAY_IN_SECONDS = 86_400;

    @Inject
    SbiCatalogue catalogue;

    @Schema(name = "SbiCodeEntry")
    public record SbiCodeEntry(
            @Schema(required = true, description = "The code as CBS writes it: a section letter (C), division (10),"
                    + " group (10.7), class (10.71) or Dutch subclass (10.71.1)") String code,
            @Schema(required = true, description = "Dutch title (KvK edition of SBI 2008)") String nl,
            @Schema(required = true, description = "English title: the NACE Rev. 2 title down to four digits; the Dutch"
                    + " title for Dutch subclasses and national classes, which NACE does not have") String en) {
        static SbiCodeEntry from(SbiCatalogue.Entry entry) {
            return new SbiCodeEntry(entry.code(), entry.nl(), entry.en() == null ? entry.nl() : entry.en());
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listSbiCodes", summary = "The SBI 2008 code list with Dutch and English titles;"
            + " cacheable for a day, 304 when If-None-Match names the current ETag")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY,
                    implementation = SbiCodeEntry.class)))
    @APIResponse(responseCode = "304", description = "The list the client holds (its ETag) is still current")
    public Response list(@Context Request request) {
        EntityTag etag = ETags.of(catalogue.version());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(ONE_DAY_IN_SECONDS);
        // private: the list is the same for everyone, but it sits behind a login
        cache.setPrivate(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        List<SbiCodeEntry> body = catalogue.entries().stream().map(SbiCodeEntry::from).toList();
        return Response.ok(body).tag(etag).cacheControl(cache).build();
    }
}
