package nl.aanjager.audit;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.newCompany;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import nl.aanjager.common.Fixtures;
import org.junit.jupiter.api.Test;

/** The trail as the privacy officer reads it: before and after, filters, CSV; append-only; masked on erasure. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AuditTrailTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCompanyChangeReadsWithItsValuesBeforeAndAfter() {
        String before = unique("Bakkerij Voor");
        String after = unique("Bakkerij Na");
        Map<String, Object> body = Fixtures.companyBody(before, "3011 AB");
        long company = json().body(body).post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");
        body.put("name", after);
        json().header("If-Match", etag(0)).body(body).put("/api/companies/" + company).then().statusCode(200);

        json().queryParam("companyId", company).get("/api/audit").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", contains("company.updated", "company.created"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].companyName", equalTo(after))
                .body("items[0].changes.field", contains("name"))
                .body("items[0].changes[0].before", equalTo(before))
                .body("items[0].changes[0].after", equalTo(after))
                .body("items[1].changes.field", hasItem("kvkNumber"));
        json().queryParam("companyId", company).queryParam("action", "company.").queryParam("actor", "admin")
                .get("/api/audit").then().body("total", equalTo(2));
        json().queryParam("companyId", company).queryParam("action", "company.created").get("/api/audit").then()
                .body("total", equalTo(1));
        json().queryParam("companyId", company).queryParam("from", "2999-01-01T00:00:00Z").get("/api/audit").then()
                .body("total", equalTo(0));
        json().queryParam("entityId", company).get("/api/audit").then().statusCode(400);

        String csv = json().accept("text/csv").queryParam("companyId", company).get("/api/audit/export").then()
                .statusCode(200).header("Content-Disposition", containsString("audittrail.csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFtijdstip;door;"), csv);
        assertTrue(csv.contains(";name;" + before + ";" + after + ";"), csv);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveTheTrail() throws SQLException {
        long company = newCompany(unique("Onuitwisbaar"));
        json().body(Map.of("companyId", company, "name", unique("Piet"))).post("/api/contacts").then().statusCode(201);
        for (String statement : new String[] {"update audit_entry set actor = 'iemand anders'",
                "delete from audit_entry", "truncate audit_entry"}) {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement), statement);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        // the masking setting opens masking only, not rewriting who did it
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("set local aanjager.audit_masking = 'on'");
            assertThrows(SQLException.class, () -> sql.execute(
                    "update audit_entry set actor = 'iemand anders', masked_at = now() where person_id is not null"));
            connection.rollback();
        }
    }

    @Test
    void erasureMasksThePersonsValuesInTheTrailAndNoOneElses() {
        long company = newCompany(unique("Privacy"));
        String name = unique("Eva Gewist");
        long person = json().body(Map.of("companyId", company, "name", name, "email", "eva@example.org"))
                .post("/api/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        json().header("If-Match", etag(0)).body(Map.of("companyId", company, "name", name + " Jansen",
                "email", "eva.jansen@example.org")).put("/api/contacts/" + person).then().statusCode(200);
        String other = unique("Olaf Blijft");
        long bystander = json().body(Map.of("companyId", company, "name", other)).post("/api/contacts").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        json().post("/api/contacts/" + person + "/erasure").then().statusCode(200);

        String trail = json().queryParam("entityType", "contact").queryParam("entityId", person).get("/api/audit")
                .then().statusCode(200)
                .body("items.action", contains("contact.erased", "contact.updated", "contact.created"))
                .body("items[0].detail", containsString("2 earlier audit entries masked"))
                .body("items[1].maskedAt", notNullValue())
                .body("items[1].changes.after", everyItem(equalTo("(gewist)")))
                .extract().asString();
        assertTrue(!trail.contains("Eva") && !trail.contains("eva@example.org"), trail);
        json().queryParam("entityType", "contact").queryParam("entityId", bystander).get("/api/audit").then()
                .body("items[0].changes.after", hasItem(other))
                .body("items[0].maskedAt", equalTo(null));
        String csv = json().accept("text/csv").queryParam("companyId", company).get("/api/audit/export").then()
                .statusCode(200).extract().asString();
        assertTrue(!csv.contains("Eva") && csv.contains(other), csv);
        assertEquals(-1, csv.indexOf("eva.jansen"), csv);
        json().queryParam("companyId", company).get("/api/audit").then()
                .body("items.changes.flatten().after", not(hasItem(containsString("Eva"))));
    }
}
