package nl.aanjager.companies;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.export.ExportParams;
import nl.aanjager.common.export.Exports;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import nl.aanjager.companies.CompanyDtos.CompanyPage;
import nl.aanjager.companies.CompanyDtos.CompanyRequest;
import nl.aanjager.companies.CompanyDtos.CompanyResponse;
import nl.aanjager.companies.CompanyDtos.LikelyDuplicate;
import nl.aanjager.companies.CompanyDtos.MergeRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/companies")
@Tag(name = "Companies")
public class CompanyResource {
    @Inject
    CompanyService service;

    @Inject
    Exports exports;

    @Inject
    SbiCatalogue sbi;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listCompanies", summary = "Search companies: q matches names fuzzily, a KvK number or a postcode; filters narrow down")
    public CompanyPage list(@Valid @BeanParam PageParams paging, @BeanParam CompanyFilter filter,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page: the next page in name order,"
                    + " as fast at page 10,000 as at page 1 (page is then ignored)") String after) {
        CompanyListPage result = service.search(paging, filter, after);
        PageResult<CompanyResponse> page = result.page().map(CompanyResponse::from);
        return new CompanyPage(page.items(), page.total(), result.totalExact(), result.nextCursor(), page.page(),
                page.size());
    }

    @GET
    @Path("/export")
    @Produces({Exports.CSV_TYPE, Exports.XLSX_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "exportCompanies", summary = "The filtered list as a CSV or Excel file: every match (at most "
            + Exports.MAX_ROWS + ", else 400 EXPORT_TOO_LARGE), in the order of the list, headers and words in the"
            + " language of Accept-Language")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = Exports.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Exports.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@BeanParam ExportParams params, @BeanParam CompanyFilter filter,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("sort") @Pattern(regexp = "-?[a-zA-Z]+(,-?[a-zA-Z]+)*", message = "{aanjager.format.sort}") String sort,
            @Context HttpHeaders headers) {
        Exports.Request request = exports.request(params, headers);
        List<Company> rows = Exports.allPages((page, size) -> service.search(PageParams.of(q, sort, page, size), filter, null).page());
        return exports.download(request, CompanyExport.table(sbi), rows);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getCompany", summary = "Read one company; a merged record names its survivor in mergedIntoId")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CompanyResponse.class)))
    public Response get(@PathParam("id") long id) {
        Company company = service.find(id).orElseThrow(() -> ApiException.notFound("Company", id));
        return ETags.ok(CompanyResponse.from(company), company.version).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "createCompany", summary = "Add a company; 409 with a link when its KvK number (and branch) is known")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CompanyResponse.class)))
    public Response create(@Valid @NotNull CompanyRequest request) {
        Company company = service.create(request);
        return Response.created(URI.create("/api/companies/" + company.id))
                .entity(CompanyResponse.from(company)).tag(ETags.of(company.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "updateCompany", summary = "Change a company's business data; requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CompanyResponse.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CompanyRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Company company = service.update(id, expected, request).orElseThrow(() -> ApiException.notFound("Company", id));
        return ETags.ok(CompanyResponse.from(company), company.version).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteCompany", summary = "Remove a company that has no history")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!service.delete(id, ETags.optionalVersion(ifMatch))) {
            throw ApiException.notFound("Company", id);
        }
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "mergeCompanies", summary = "Fold a duplicate into this company: contacts, activities, referrals and stage records move here")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CompanyResponse.class)))
    public Response merge(@PathParam("id") long id, @Valid @NotNull MergeRequest request) {
        Company survivor = service.merge(id, request.duplicateId());
        return ETags.ok(CompanyResponse.from(survivor), survivor.version).build();
    }

    @GET
    @Path("/likely-duplicates")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listLikelyDuplicates", summary = "Pairs of companies at one postcode with look-alike names")
    public List<LikelyDuplicate> likelyDuplicates(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.likelyDuplicates(null, limit);
    }

    @GET
    @Path("/{id}/likely-duplicates")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listLikelyDuplicatesOfCompany", summary = "Companies that look like this one")
    public List<LikelyDuplicate> likelyDuplicatesOf(@PathParam("id") long id) {
        service.find(id).orElseThrow(() -> ApiException.notFound("Company", id));
        return service.likelyDuplicates(id, 20);
    }
}
