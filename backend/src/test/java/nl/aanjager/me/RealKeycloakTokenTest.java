package nl.aanjager.me;

import static nl.aanjager.common.Api.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import nl.aanjager.common.KeycloakTokens;
import org.junit.jupiter.api.Test;

/** Token validation, roles and the partner_id claim, with real tokens from the real Keycloak. */
@QuarkusTest
class RealKeycloakTokenTest {

    @Test
    void aUserTokenFromThePasswordGrantIsAccepted() {
        json(KeycloakTokens.forUser("admin")).get("/api/me").then()
                .statusCode(200)
                .body("username", equalTo("admin"))
                .body("name", equalTo("Anna Admin"))
                .body("roles", contains("admin"))
                .body("partnerId", nullValue());
    }

    @Test
    void aPartnerUserCarriesItsPartnerId() {
        json(KeycloakTokens.forUser("partner1")).get("/api/me").then()
                .statusCode(200).body("roles", contains("partner")).body("partnerId", equalTo(1));
        json(KeycloakTokens.forUser("partner2")).get("/api/me").then()
                .statusCode(200).body("partnerId", equalTo(2));
    }

    @Test
    void aPartnerSystemAuthenticatesWithClientCredentials() {
        json(KeycloakTokens.forClient("partner1-api")).get("/api/me").then()
                .statusCode(200)
                .body("username", equalTo("service-account-partner1-api"))
                .body("name", equalTo("Systeemkoppeling KvK Rotterdam"))
                .body("roles", contains("partner"))
                .body("partnerId", equalTo(1));
        json(KeycloakTokens.forClient("partner2-api")).get("/api/partners").then().statusCode(200);
        json(KeycloakTokens.forClient("partner2-api")).body("{}").post("/api/partners").then().statusCode(403);
    }

    @Test
    void realRolesDecideAccess() {
        json(KeycloakTokens.forUser("staff")).get("/api/partners").then().statusCode(200);
        json(KeycloakTokens.forUser("checkin")).get("/api/partners").then()
                .statusCode(403).contentType("application/problem+json");
        json(KeycloakTokens.forUser("checkin")).get("/api/me").then()
                .statusCode(200).body("roles", contains("checkin"));
    }

    @Test
    void partnersSeeTheNetworkTotalsButOnlyTheirOwnCompaniesBehindThem() {
        String staff = KeycloakTokens.forUser("staff");
        long programme = json(staff).queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .extract().jsonPath().getLong("items[0].id");
        var funnel = json(staff).queryParam("programmeId", programme).get("/api/reports/funnel").then()
                .statusCode(200).extract().jsonPath();
        long stage = funnel.getLong("stages[0].stageId");
        int reached = funnel.getInt("stages[0].companies");

        json(KeycloakTokens.forClient("partner1-api")).queryParam("programmeId", programme)
                .get("/api/reports/funnel").then().statusCode(200).body("stages[0].companies", equalTo(reached));
        json(staff).queryParam("reachedStageId", stage).get("/api/companies").then()
                .statusCode(200).body("total", equalTo(reached));
        int partnerSees = json(KeycloakTokens.forUser("partner1")).queryParam("reachedStageId", stage)
                .get("/api/companies").then().statusCode(200).extract().jsonPath().getInt("total");
        org.junit.jupiter.api.Assertions.assertTrue(partnerSees > 0 && partnerSees < reached,
                "partner 1 works with some of the " + reached + " companies, not all: " + partnerSees);
        json(KeycloakTokens.forUser("checkin")).queryParam("programmeId", programme).get("/api/reports/funnel")
                .then().statusCode(403);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        // admin-cli is a built-in client of the realm that does not add the aanjager-api audience
        String foreign = KeycloakTokens.forUserViaClient("admin", "admin-cli");
        json(foreign).get("/api/me").then()
                .statusCode(401).body("type", equalTo("urn:aanjager:problem:unauthorized"));
    }

    @Test
    void aTamperedTokenIsRejected() {
        String token = KeycloakTokens.forUser("staff");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        json(forged).get("/api/me").then().statusCode(401);
        json("not-a-jwt").get("/api/me").then().statusCode(401);
    }
}
