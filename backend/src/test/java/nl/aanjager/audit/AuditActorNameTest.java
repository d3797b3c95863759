package nl.aanjager.audit;

import static io.restassured.RestAssured.given;
import static nl.aanjager.common.Api.as;
import static nl.aanjager.common.Api.bearer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.aanjager.common.Api;
import nl.aanjager.common.KeycloakTokens;
import nl.aanjager.common.security.SystemActor;
import org.junit.jupiter.api.Test;

/**
 * Who did it, as people read it, with real tokens: the name claim of the actor's token is kept
 * with the entry, and the CSV's "door" column carries it; system work is named in words.
 */
@QuarkusTest
class AuditActorNameTest {

    private static long newCompany(String caller, String name) {
        return as(caller).body(nl.aanjager.common.Fixtures.companyBody(name, "3011 AB")).post("/api/companies").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The distinct values of the CSV's "door" column (who), below its header; none for an empty file. */
    private static List<String> doorColumn(String csv) {
        return csv.lines().skip(1).map(line -> line.split(";")[1]).distinct().toList();
    }

    @Test
    void theEntryKeepsTheNameFromTheActorsToken() {
        long company = newCompany("staff", Api.unique("Naamproef"));

        as("admin").queryParam("companyId", company).get("/api/audit").then().statusCode(200)
                .body("items[0].action", equalTo("company.created"))
                .body("items[0].actor", equalTo("staff"))
                // Sami Staf: the realm's first and last name, in the token's name claim
                .body("items[0].actorName", equalTo("Sami Staf"));
        // people filter by the name they read, in any case; the account name still works
        as("admin").queryParam("companyId", company).queryParam("actor", "sami staf").get("/api/audit").then()
                .body("total", equalTo(1));
        as("admin").queryParam("companyId", company).queryParam("actor", "staff").get("/api/audit").then()
                .body("total", equalTo(1));

        String csv = bearer("admin").accept("text/csv").queryParam("companyId", company).get("/api/audit/export")
                .then().statusCode(200).extract().asString();
        assertEquals(List.of("Sami Staf"), doorColumn(csv), csv);
    }

    @Test
    void aPartnersSystemIsNamedAsTheRealmNamesItNotByItsServiceAccount() {
        long company = Api.json(KeycloakTokens.forClient("partner1-api"))
                .body(nl.aanjager.common.Fixtures.companyBody(Api.unique("Koppelingproef"), "3011 AB"))
                .post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");

        as("admin").queryParam("companyId", company).get("/api/audit").then().statusCode(200)
                .body("items[0].actor", equalTo("service-account-partner1-api"))
                .body("items[0].actorName", equalTo("Systeemkoppeling KvK Rotterdam"));
    }

    @Test
    void aRegistrationOnThePublicPageIsTheirsWithoutAName() {
        long programme = as("staff").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .extract().jsonPath().getLong("items[0].id");
        OffsetDateTime start = OffsetDateTime.now().plusDays(9);
        long event = as("staff").body(Map.of("programmeId", programme, "title", Api.unique("Publiek"),
                "type", "WEBINAR", "startsAt", start.toString(), "endsAt", start.plusHours(1).toString(),
                "organiserIds", List.of(1))).post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        as("staff").post("/api/events/" + event + "/publication").then().statusCode(200);
        String firm = Api.unique("Zelf Aangemeld");
        given().contentType(ContentType.JSON).body(Map.of("companyName", firm, "name", "Zara Zelf",
                "email", "zara." + UUID.randomUUID().toString().substring(0, 8) + "@zelf.example", "consent", true))
                .post("/api/public/events/" + event + "/registrations").then().statusCode(202);
        long company = as("admin").queryParam("q", firm).get("/api/companies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");

        as("admin").queryParam("companyId", company).queryParam("action", "registration.created")
                .get("/api/audit").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo(SystemActor.PUBLIC.code()))
                .body("items[0].actorName", nullValue());
        String csv = bearer("admin").accept("text/csv").queryParam("companyId", company).get("/api/audit/export")
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(SystemActor.PUBLIC.dutch()), doorColumn(csv), csv);
    }
}
