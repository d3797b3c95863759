package nl.aanjager.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import nl.aanjager.companies.CompanyRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/companies/{companyId}/timeline")
@Tag(name = "Companies")
public class CompanyTimelineResource {
    @Inject
    CompanyTimelineQuery timeline;

    @Inject
    CompanyRepository companies;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getCompanyTimeline", summary = "Everything that happened with the company across all partners, newest first")
    public List<TimelineItem> timeline(@PathParam("companyId") long companyId, @Valid @BeanParam PageParams paging) {
        companies.findByIdOptional(companyId).orElseThrow(() -> ApiException.notFound("Company", companyId));
        return timeline.timeline(companyId, paging.page, paging.size);
    }
}
