package nl.aanjager.contacts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.Roles;
import nl.aanjager.contacts.ContactDtos.ContactPage;
import nl.aanjager.contacts.ContactDtos.ContactRequest;
import nl.aanjager.contacts.ContactDtos.ContactResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/contacts")
@Tag(name = "Contacts")
public class ContactResource {
    @Inject
    ContactService service;

    @Inject
    Instance<PersonalDataSource> personalDataSources;

    @Schema(name = "ContactExport", description = "Everything held about one person (GDPR access request)")
    public record ContactExport(
            @Schema(required = true) OffsetDateTime exportedAt,
            @Schema(required = true) ContactResponse contact,
            @Schema(required = true, description = "Per feature, the records that involve this person")
            Map<String, List<?>> related) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "listContacts", summary = "Contact persons the caller may see; partners only at companies they work with")
    public ContactPage list(@Valid @BeanParam PageParams paging, @QueryParam("companyId") Long companyId) {
        PageResult<ContactResponse> page = service.list(paging, companyId).map(ContactResponse::from);
        return new ContactPage(page.items(), page.total(), page.page(), page.size());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getContact", summary = "Read one contact person; 404 outside the caller's scope")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactResponse.class)))
    public Response get(@PathParam("id") long id) {
        Contact contact = service.find(id).orElseThrow(() -> ApiException.notFound("Contact", id));
        return ETags.ok(ContactResponse.from(contact), contact.version).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "createContact", summary = "Add a contact person at a company, with their consent")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactResponse.class)))
    public Response create(@Valid @NotNull ContactRequest request) {
        Contact contact = service.create(request);
        return Response.created(URI.create("/api/contacts/" + contact.id))
                .entity(ContactResponse.from(contact)).tag(ETags.of(contact.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "updateContact", summary = "Change a contact person; requires If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactResponse.class)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContactRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Contact contact = service.update(id, expected, request).orElseThrow(() -> ApiException.notFound("Contact", id));
        return ETags.ok(ContactResponse.from(contact), contact.version).build();
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "exportContact", summary = "Everything held about one person, as JSON; audited")
    public ContactExport export(@PathParam("id") long id) {
        Contact contact = service.find(id).orElseThrow(() -> ApiException.notFound("Contact", id));
        Map<String, List<?>> related = new TreeMap<>();
        personalDataSources.forEach(source -> related.put(source.section(), source.export(id)));
        service.recordExport(contact);
        return new ContactExport(OffsetDateTime.now(), ContactResponse.from(contact), related);
    }

    @POST
    @Path("/{id}/erasure")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "eraseContact", summary = "Erase a person: personal values go everywhere, the facts reports count stay; audited")
    public ContactResponse erase(@PathParam("id") long id) {
        return ContactResponse.from(service.erase(id).orElseThrow(() -> ApiException.notFound("Contact", id)));
    }
}
