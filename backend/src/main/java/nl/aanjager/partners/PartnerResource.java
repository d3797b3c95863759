package nl.aanjager.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.BooleanParam;
import nl.aanjager.common.paging.EnumParam;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/partners")
@Tag(name = "Partners")
public class PartnerResource {
    @Inject
    PartnerService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listPartners", summary = "List and search partner organisations")
    public PartnerPage list(@Valid @BeanParam PageParams paging, @QueryParam("kind") @Parameter(schema = @Schema(implementation = PartnerKind.class)) String kind,
            @QueryParam("active") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String active) {
        return PartnerPage.of(service.list(paging, EnumParam.parse(PartnerKind.class, "kind", kind),
                BooleanParam.parse("active", active, null)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getPartner", summary = "Read one partner organisation; ETag carries its version")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnerResponse.class)))
    public Response get(@PathParam("id") long id) {
        Partner partner = service.find(id).orElseThrow(() -> ApiException.notFound("Partner", id));
        return ETags.ok(PartnerResponse.from(partner), partner.version).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createPartner", summary = "Add a partner organisation")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnerResponse.class)))
    public Response create(@Valid @NotNull PartnerRequest request) {
        Partner partner = service.create(request);
        return Response.created(URI.create("/api/partners/" + partner.id))
                .entity(PartnerResponse.from(partner)).tag(ETags.of(partner.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updatePartner", summary = "Change a partner organisation; requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnerResponse.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Partner partner = service.update(id, expected, request).orElseThrow(() -> ApiException.notFound("Partner", id));
        return ETags.ok(PartnerResponse.from(partner), partner.version).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deletePartner", summary = "Remove a partner organisation that nothing refers to")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!service.delete(id, ETags.optionalVersion(ifMatch))) {
            throw ApiException.notFound("Partner", id);
        }
    }
}
