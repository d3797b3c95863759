package nl.aanjager.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in ../openapi.yaml is the published contract; it must be exactly what the
 * code produces. Regenerate it with `make openapi` (runs this test with -Dcontract.update=true).
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");


    @Test
    void theCheckedInContractMatchesTheCode() throws IOException {
        String generated = Api.management().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(CONTRACT, generated);
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT) : "";
        assertEquals(committed, generated, "openapi.yaml is out of date: run `make openapi` and commit it");
    }
}
