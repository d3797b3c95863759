package nl.aanjager.common.idempotency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.aanjager.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A multipart upload endpoint for the tests only (the import upload is not there yet), hidden from
 * the contract: it counts what it receives, so a test sees whether a request ran.
 */
@Path("/api/idempotency-test/uploads")
public class UploadProbeResource {
    static final AtomicInteger RECEIVED = new AtomicInteger();

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(hidden = true)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("note") String note) throws IOException {
        return Response.status(Response.Status.CREATED).entity(Map.of("upload", RECEIVED.incrementAndGet(),
                "note", note, "content", Files.readString(file.uploadedFile()))).build();
    }
}
