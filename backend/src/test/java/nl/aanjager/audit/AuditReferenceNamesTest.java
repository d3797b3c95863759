package nl.aanjager.audit;

import static nl.aanjager.common.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;
import org.junit.jupiter.api.Test;

/** The trail names the person, event and company behind the ids in its values, unless the person was erased. */
@QuarkusTest
class AuditReferenceNamesTest {
    @Test
    void aRegistrationNamesItsPersonAndItsEventUntilThePersonIsErased() {
        long company = newCompany(Api.unique("Verwijzing"));
        String person = Api.unique("Rita Referentie");
        long contact = as("staff").body(Map.of("companyId", company, "name", person)).post("/api/contacts").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String title = Api.unique("Netwerkochtend");
        long event = publishedEvent(title);
        as("staff").body(Map.of("contactId", contact)).post("/api/events/" + event + "/registrations").then()
                .statusCode(201);

        as("admin").queryParam("companyId", company).queryParam("action", "registration.created").get("/api/audit")
                .then().statusCode(200)
                .body("items[0].names.find { it.field == 'contactId' }.id", equalTo((int) contact))
                .body("items[0].names.find { it.field == 'contactId' }.name", equalTo(person))
                .body("items[0].names.find { it.field == 'eventId' }.name", equalTo(title));

        as("admin").post("/api/contacts/" + contact + "/erasure").then().statusCode(200);
        as("admin").queryParam("companyId", company).queryParam("action", "registration.created").get("/api/audit")
                .then().statusCode(200)
                .body("items[0].names.field", not(hasItem("contactId")))
                .body("items[0].names.find { it.field == 'eventId' }.name", equalTo(title));
    }

    @Test
    void aMergeNamesTheCompanyTheDuplicateWasMergedInto() {
        String survivorName = Api.unique("Overblijver");
        long survivor = newCompany(survivorName);
        long duplicate = newCompany(Api.unique("Dubbele"));
        as("staff").body(Map.of("duplicateId", duplicate)).post("/api/companies/" + survivor + "/merge").then()
                .statusCode(200);

        as("admin").queryParam("entityType", "company").queryParam("entityId", duplicate).get("/api/audit").then()
                .statusCode(200)
                .body("items.names.flatten().find { it.field == 'mergedIntoId' }.name", equalTo(survivorName));
    }

    private static long newCompany(String name) {
        return as("staff").body(Fixtures.companyBody(name, "3011 AB")).post("/api/companies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long publishedEvent(String title) {
        long programme = as("staff").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .extract().jsonPath().getLong("items[0].id");
        OffsetDateTime start = OffsetDateTime.now().plusDays(9);
        long event = as("staff").body(Map.of("programmeId", programme, "title", title, "type", "WEBINAR",
                "startsAt", start.toString(), "endsAt", start.plusHours(1).toString(), "organiserIds", List.of(1)))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        as("staff").post("/api/events/" + event + "/publication").then().statusCode(200);
        return event;
    }
}
