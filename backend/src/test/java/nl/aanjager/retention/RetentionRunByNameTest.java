package nl.aanjager.retention;

import static nl.aanjager.common.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A run started by hand names the admin as people read them, with a real token of the realm. */
@QuarkusTest
class RetentionRunByNameTest {
    @Test
    void aRunStartedByHandKeepsTheAdminsNameBesideTheAccount() {
        long run = as("admin").post("/api/retention/runs").then().statusCode(200)
                .body("trigger", equalTo("ADMIN"))
                .body("triggeredBy", equalTo("admin"))
                .body("triggeredByName", equalTo("Anna Admin"))
                .extract().jsonPath().getLong("id");

        as("admin").get("/api/retention").then().statusCode(200)
                .body("lastRuns.find { it.id == " + run + " }.triggeredByName", equalTo("Anna Admin"));
    }
}
