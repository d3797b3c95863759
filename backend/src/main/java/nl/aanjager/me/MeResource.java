package nl.aanjager.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import nl.aanjager.common.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Tag(name = "Me")
@Authenticated
public class MeResource {
    @Inject
    CurrentUser user;

    @Schema(name = "Me", description = "The caller as the API sees them")
    public record MeResponse(
            @Schema(required = true) String username,
            String name,
            String email,
            @Schema(required = true) List<String> roles,
            @Schema(description = "The partner organisation this caller acts for (partner role)") Long partnerId) {
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who am I: name, roles and partner (any signed-in user)")
    public MeResponse me() {
        return new MeResponse(user.username(), user.displayName().orElse(null), user.email().orElse(null),
                List.copyOf(user.roles()), user.partnerId().orElse(null));
    }
}
