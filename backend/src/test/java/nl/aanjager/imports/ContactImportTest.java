package nl.aanjager.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Api;
import org.junit.jupiter.api.Test;

/** Contact persons from a partner's file: matched by email at the company, never another partner's. */
@QuarkusTest
class ContactImportTest {
    @Test
    void peopleAreAddedOrUpdatedByEmailAtTheirCompanyButAnotherPartnersPersonIsRefused() throws InterruptedException {
        long companyId = CompanyImportTest.newCompany(Api.unique("Contacten BV"));
        String kvk = Api.as("staff").get("/api/companies/" + companyId).then().extract().path("kvkNumber");
        String theirs = Api.unique("partner2").replace(" ", ".") + "@example.org";
        Api.as("partner2").body(Map.of("companyId", companyId, "name", "Van Partner Twee", "email", theirs))
                .post("/api/contacts").then().statusCode(201);
        String mine = Api.unique("nieuw").replace(" ", ".") + "@example.org";
        String csv = "KvK-nummer;Naam;E-mailadres;Functie;Toestemming doel;Bron toestemming;Toestemming gegeven op\n"
                + kvk + ";Nieuwe Persoon;" + mine + ";Eigenaar;nieuwsbrief;beurs;14-03-2026\n"
                + kvk + ";Dubbel;" + mine + ";;;;\n"
                + kvk + ";Overgenomen;" + theirs + ";Directeur;;;\n"
                + "99999998;Nergens;x@example.org;;;;\n"
                + kvk + ";Halve Toestemming;half@example.org;;nieuwsbrief;;\n";

        JsonPath job = Imports.preview("partner1", "contacten.csv", csv, "CONTACTS");
        assertEquals(Map.of("created", 1, "updated", 0, "unchanged", 0, "rejected", 4), job.getMap("preview"));
        List<Map<String, Object>> rejections = job.getList("rejections");
        assertEquals(List.of("E-mailadres", "E-mailadres", "KvK-nummer", "Bron toestemming"),
                rejections.stream().map(r -> r.get("column")).toList(), rejections.toString());
        assertEquals(List.of("DUPLICATE_ROW", "OWN_PARTNER_ONLY", "NOT_FOUND", "CONSENT_REQUIRED"),
                rejections.stream().map(r -> r.get("code")).toList(), rejections.toString());

        assertEquals(1, Imports.apply("partner1", job.getLong("id"), true).getInt("result.created"));
        Api.as("partner1").queryParam("companyId", companyId).get("/api/contacts").then()
                .body("items.email", hasItem(mine)).body("items.email", not(hasItem(theirs)));

        JsonPath again = Imports.preview("partner1", "contacten.csv", "KvK-nummer;Naam;E-mailadres;Telefoon\n" + kvk
                + ";Nieuwe Persoon;" + mine.toUpperCase() + ";010 123 4567\n", "CONTACTS");
        assertEquals(Map.of("created", 0, "updated", 1, "unchanged", 0, "rejected", 0), again.getMap("preview"));
        Imports.apply("partner1", again.getLong("id"), false);
        Api.as("partner1").queryParam("companyId", companyId).get("/api/contacts").then()
                .body("items.find { it.email == '" + mine + "' }.phone", equalTo("010 123 4567"))
                .body("items.find { it.email == '" + mine + "' }.jobTitle", equalTo("Eigenaar"));
        Api.as("staff").queryParam("companyId", companyId).get("/api/contacts").then()
                .body("items.find { it.email == '" + theirs + "' }.jobTitle", equalTo(null));
    }
}
