package nl.aanjager.partners;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.partners.PartnerFixtures.createPartner;
import static nl.aanjager.partners.PartnerFixtures.partnerBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class PartnerResourceTest {

    @Test
    void createsAPartnerAndReturnsItWithLocationAndETag() {
        String name = unique("Ondernemershuis");
        ExtractableResponse<Response> created = createPartner(partnerBody(name))
                .statusCode(201)
                .header("Location", containsString("/api/partners/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("kind", equalTo("BUSINESS_NETWORK"))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .extract();

        json().get(created.header("Location")).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(created.path("id")))
                .body("email", equalTo("info@example.org"));
    }

    @Test
    void rejectsAnInvalidPartnerWithFieldErrorsAndStoresNothing() {
        String name = unique("Invalid");
        Map<String, Object> body = partnerBody(name);
        body.put("email", "not-an-email");
        body.put("website", "ftp://x");
        body.remove("kind");

        createPartner(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", contains("email", "kind", "website"))
                .body("detail", containsString("kind"))
                .body("$", not(org.hamcrest.Matchers.hasKey("stackTrace")));

        json().queryParam("q", name).get("/api/partners").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void rejectsBlankNameAndUnknownKind() {
        Map<String, Object> body = partnerBody("  ");
        createPartner(body).statusCode(400).body("errors.field", contains("name"));

        Map<String, Object> badKind = partnerBody(unique("Kind"));
        badKind.put("kind", "SPACESHIP");
        createPartner(badKind).statusCode(400)
                .body("type", equalTo("urn:aanjager:problem:validation"))
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void rejectsUnknownFieldsInsteadOfIgnoringThem() {
        Map<String, Object> body = partnerBody(unique("Mass assignment"));
        body.put("id", 999_999);
        body.put("version", 7);
        createPartner(body).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void rejectsBodiesThatAreNotJson() {
        json().body("{\"name\": ").post("/api/partners").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:malformed-request"));
        json().post("/api/partners").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesASecondPartnerWithTheSameNameIgnoringCase() {
        String name = unique("Dubbel");
        createPartner(partnerBody(name)).statusCode(201);
        createPartner(partnerBody(name.toUpperCase())).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:conflict"))
                .body("detail", containsString("already exists"));
    }

    @Test
    void updatesWithMatchingIfMatchAndBumpsTheVersion() {
        long id = PartnerFixtures.newPartner("Updatable");
        Map<String, Object> change = partnerBody(unique("Renamed"));
        change.put("active", false);

        json().header("If-Match", etag(0)).body(change).put("/api/partners/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo(change.get("name")))
                .body("active", equalTo(false))
                .body("version", equalTo(1));
    }

    @Test
    void aStaleIfMatchGets412AndChangesNothing() {
        long id = PartnerFixtures.newPartner("Contended");
        json().header("If-Match", etag(0)).body(partnerBody(unique("First writer"))).put("/api/partners/" + id)
                .then().statusCode(200);

        Map<String, Object> late = partnerBody(unique("Late writer"));
        json().header("If-Match", etag(0)).body(late).put("/api/partners/" + id).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:precondition-failed"));

        json().get("/api/partners/" + id).then().body("name", not(equalTo(late.get("name")))).body("version", equalTo(1));
    }

    @Test
    void anUpdateWithoutIfMatchGets428() {
        long id = PartnerFixtures.newPartner("Unconditional");
        json().body(partnerBody(unique("x"))).put("/api/partners/" + id).then()
                .statusCode(428)
                .body("type", equalTo("urn:aanjager:problem:precondition-required"));
    }

    @Test
    void unknownPartnersAre404Problems() {
        json().get("/api/partners/987654321").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:not-found"))
                .body("instance", equalTo("/api/partners/987654321"));
        json().header("If-Match", etag(0)).body(partnerBody(unique("x"))).put("/api/partners/987654321")
                .then().statusCode(404);
    }

    @Test
    void searchesFiltersSortsAndPages() {
        String tag = unique("Zoek");
        for (String suffix : new String[] {"C", "A", "B"}) {
            Map<String, Object> body = partnerBody(tag + " " + suffix);
            body.put("kind", suffix.equals("B") ? "FINANCIAL_INSTITUTION" : "ADVISORY");
            createPartner(body).statusCode(201);
        }

        json().queryParam("q", tag.toLowerCase()).queryParam("sort", "-name").queryParam("size", 2)
                .get("/api/partners").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("size", equalTo(2))
                .body("items.name", contains(tag + " C", tag + " B"));

        json().queryParam("q", tag).queryParam("sort", "-name").queryParam("size", 2).queryParam("page", 1)
                .get("/api/partners").then().body("items.name", contains(tag + " A"));

        json().queryParam("q", tag).queryParam("kind", "FINANCIAL_INSTITUTION").get("/api/partners").then()
                .body("items.name", contains(tag + " B"));
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        json().queryParam("q", "%").get("/api/partners").then().statusCode(200)
                .body("items.name", not(hasItem(nullValue())));
        json().queryParam("q", "%_%no-such-partner").get("/api/partners").then().body("total", equalTo(0));
    }

    @Test
    void rejectsBadPagingAndSortParameters() {
        json().queryParam("size", 500).get("/api/partners").then()
                .statusCode(400).body("errors.field", hasItem("size"));
        json().queryParam("page", -1).get("/api/partners").then()
                .statusCode(400).body("errors.field", hasItem("page"));
        json().queryParam("sort", "password").get("/api/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("allowed: kind, name"));
        json().queryParam("kind", "NOPE").get("/api/partners").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminDeletesAPartner() {
        long id = PartnerFixtures.newPartner("Short-lived");
        json().header("If-Match", etag(5)).delete("/api/partners/" + id).then().statusCode(412);
        json().delete("/api/partners/" + id).then().statusCode(204);
        json().get("/api/partners/" + id).then().statusCode(404);
        json().delete("/api/partners/" + id).then().statusCode(404);
    }

    @Test
    void staffMayNotDelete() {
        long id = PartnerFixtures.newPartner("Protected");
        json().delete("/api/partners/" + id).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:forbidden"));
        json().get("/api/partners/" + id).then().statusCode(200).body("id", notNullValue());
    }

    @Test
    @TestSecurity(user = "volunteer", roles = "checkin")
    void checkinVolunteersSeeNoPartners() {
        json().get("/api/partners").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "partner", roles = "partner")
    void partnersReadButDoNotWrite() {
        json().get("/api/partners").then().statusCode(200).body("items", notNullValue());
        createPartner(partnerBody(unique("Self-made"))).statusCode(403);
    }

    @Test
    @TestSecurity
    void anonymousCallersGet401WithAChallenge() {
        json().get("/api/partners").then()
                .statusCode(401)
                .header("WWW-Authenticate", endsWith("realm=\"aanjager\""))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:unauthorized"));
    }
}
