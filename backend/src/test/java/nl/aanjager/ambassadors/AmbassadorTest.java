package nl.aanjager.ambassadors;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.demoProgramme;
import static nl.aanjager.common.Fixtures.newCompany;
import static nl.aanjager.common.Fixtures.newContact;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class AmbassadorTest {

    private static Map<String, Object> term(long contact, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactId", contact);
        body.put("programmeId", demoProgramme());
        body.put("termStart", start);
        body.put("termEnd", end);
        return body;
    }

    @Test
    void appointsListsCurrentAndPastAndEndsATerm() {
        long company = newCompany(unique("Ambassadeur"));
        long current = newContact(company, "Ankie Ambassadeur", null);
        long past = newContact(company, "Piet Vroeger", null);
        long id = json().body(term(current, "2025-01-01", null)).post("/api/ambassadors").then()
                .statusCode(201).body("current", equalTo(true)).body("contactName", equalTo("Ankie Ambassadeur"))
                .extract().jsonPath().getLong("id");
        json().body(term(past, "2023-01-01", "2024-12-31")).post("/api/ambassadors").then()
                .statusCode(201).body("current", equalTo(false));

        json().queryParam("programmeId", demoProgramme()).queryParam("current", true).get("/api/ambassadors").then()
                .body("contactId", hasItem((int) current)).body("contactId", not(hasItem((int) past)));
        json().queryParam("programmeId", demoProgramme()).queryParam("current", false).get("/api/ambassadors").then()
                .body("contactId", hasItem((int) past)).body("contactId", not(hasItem((int) current)));

        String yesterday = LocalDate.now().minusDays(1).toString();
        json().header("If-Match", etag(0)).body(term(current, "2025-01-01", yesterday)).put("/api/ambassadors/" + id)
                .then().statusCode(200).body("current", equalTo(false));
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        long contact = newContact(newCompany(unique("Termijn")), "Toos Termijn", null);
        json().body(term(contact, "2025-01-01", "2024-01-01")).post("/api/ambassadors").then()
                .statusCode(400).body("errors[0].field", equalTo("termEnd"));
        json().body(term(987654321, "2025-01-01", null)).post("/api/ambassadors").then()
                .statusCode(400).body("errors[0].field", equalTo("contactId"));
    }
}
