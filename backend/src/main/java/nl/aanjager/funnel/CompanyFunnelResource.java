package nl.aanjager.funnel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.funnel.FunnelDtos.ProgrammePosition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/companies/{companyId}/funnel")
@Tag(name = "Funnel")
public class CompanyFunnelResource {
    @Inject
    FunnelService funnel;

    @Inject
    CompanyRepository companies;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getCompanyFunnel", summary = "The company's stage in every programme, with when it entered each stage")
    public List<ProgrammePosition> positions(@PathParam("companyId") long companyId) {
        companies.findByIdOptional(companyId).orElseThrow(() -> ApiException.notFound("Company", companyId));
        return funnel.positions(companyId);
    }
}
