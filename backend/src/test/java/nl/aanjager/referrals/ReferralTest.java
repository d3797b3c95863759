package nl.aanjager.referrals;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.newCompany;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferralTest {

    @Test
    @TestSecurity(user = "staff", roles = "staff")
    void staffRefersOnBehalfOfAPartnerWithValidation() {
        long company = newCompany(unique("Verwijs"));
        json().body(Map.of("companyId", company, "toPartnerId", 2, "reason", "x")).post("/api/referrals").then()
                .statusCode(400).body("errors[0].field", equalTo("fromPartnerId"));
        json().body(Map.of("companyId", company, "fromPartnerId", 2, "toPartnerId", 2, "reason", "x"))
                .post("/api/referrals").then().statusCode(400).body("errors[0].field", equalTo("toPartnerId"));
        json().body(Map.of("companyId", company, "fromPartnerId", 1, "toPartnerId", 2, "reason", " "))
                .post("/api/referrals").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        json().body(Map.of("companyId", company, "fromPartnerId", 1, "toPartnerId", 2, "reason", "export advice"))
                .post("/api/referrals").then().statusCode(201).body("status", equalTo("OPEN"));
    }

    @Test
    @TestSecurity(user = "partner1", roles = "partner")
    @OidcSecurity(claims = @Claim(key = "partner_id", value = "1"))
    void theSenderSeesItInItsOutboxAndCannotAnswerIt() {
        long company = newCompany(unique("Uitbox"));
        long id = json().body(Map.of("companyId", company, "toPartnerId", 2, "reason", "needs financing"))
                .post("/api/referrals").then().statusCode(201)
                .body("fromPartnerId", equalTo(1)).extract().jsonPath().getLong("id");
        json().queryParam("box", "OUTBOX").get("/api/referrals").then().body("items.id", hasItem((int) id));
        json().queryParam("box", "INBOX").get("/api/referrals").then().body("items.id", not(hasItem((int) id)));
        json().post("/api/referrals/" + id + "/acceptance").then().statusCode(403);
        json().queryParam("box", "SIDEWAYS").get("/api/referrals").then().statusCode(400);
    }
}
