package nl.aanjager.common;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Lists cost a fixed number of SQL statements per page, whatever the page size (no N+1). */
@QuarkusTest
@TestSecurity(user = "partner1", roles = "partner")
@OidcSecurity(claims = @Claim(key = "partner_id", value = "1"))
class StatementsPerPageTest {
    private static final String ACTIVITY_DAY = "2019-07-15";

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(Runnable call) {
        sessionFactory.getStatistics().clear();
        call.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void companyAndActivityListsDoNotQueryPerRow() {
        String district = unique("Hillegersberg");
        for (int i = 0; i < 25; i++) {
            Map<String, Object> company = Fixtures.companyBody(unique("Rij"), "3054 AB");
            company.put("district", district);
            long id = json().body(company).post("/api/companies").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            long contact = Fixtures.newContact(id, "Persoon " + i, null);
            Map<String, Object> activity = Fixtures.activityBody(id, null);
            activity.put("contactId", contact);
            activity.put("occurredOn", ACTIVITY_DAY); // a day of its own, so the pages hold these rows only
            Fixtures.newActivity(activity);
        }

        long smallCompanyPage = statementsFor(() -> json().queryParam("district", district).queryParam("size", 5)
                .get("/api/companies").then().statusCode(200));
        long fullCompanyPage = statementsFor(() -> json().queryParam("district", district).queryParam("size", 25)
                .get("/api/companies").then().statusCode(200));
        assertEquals(3, fullCompanyPage, "count, ids of the page, the companies");
        assertEquals(smallCompanyPage, fullCompanyPage);

        long smallActivityPage = statementsFor(() -> json().queryParam("size", 5).queryParam("from", ACTIVITY_DAY)
                .queryParam("to", ACTIVITY_DAY).get("/api/activities").then().statusCode(200));
        long fullActivityPage = statementsFor(() -> json().queryParam("size", 25).queryParam("from", ACTIVITY_DAY)
                .queryParam("to", ACTIVITY_DAY).get("/api/activities").then().statusCode(200));
        assertEquals(5, fullActivityPage, "page, count, contact names, company names, personal-data scope");
        assertEquals(smallActivityPage, fullActivityPage);
    }
}
