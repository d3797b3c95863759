package nl.aanjager.imports;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;
import org.junit.jupiter.api.Test;

/** Activities from a partner's file, credited to that partner, and the reports they feed. */
@QuarkusTest
class ActivityImportTest {
    @Test
    void importedActivitiesCountInTheFunnelExactlyAsTheFileSays() throws InterruptedException {
        String district = Api.unique("Importwijk");
        String[] kvk = {Fixtures.kvk(), Fixtures.kvk(), Fixtures.kvk()};
        JsonPath companies = Imports.preview("partner1", "bedrijven.csv", "KvK-nummer;Naam;Wijk\n"
                + kvk[0] + ";Een BV;" + district + "\n" + kvk[1] + ";Twee BV;" + district + "\n"
                + kvk[2] + ";Drie BV;" + district + "\n", "COMPANIES");
        Imports.apply("partner1", companies.getLong("id"), false);
        String csv = "KvK-nummer;Soort;Datum;Behoeften;Programma;Fase;Partner\n"
                + kvk[0] + ";Adviesgesprek;03-02-2026;Financiering;MKB010>>Next 2.0;inspired;\n"
                + kvk[0] + ";Bedrijfsbezoek;10-02-2026;digitalisering, netwerk;MKB010>>Next 2.0;informed;\n"
                + kvk[1] + ";ADVICE_SESSION;2026-02-04;;MKB010>>Next 2.0;inspired;\n"
                + kvk[1] + ";ADVICE_SESSION;2026-02-04;;;;\n"
                + kvk[2] + ";Koffie;2026-02-05;;;;\n"
                + kvk[2] + ";Workshop;2026-02-06;;;;Partner Twee\n"
                + kvk[2] + ";Workshop;2026-02-07;;MKB010>>Next 2.0;nergens;\n";

        JsonPath job = Imports.preview("partner1", "activiteiten.csv", csv, "ACTIVITIES");
        assertEquals(Map.of("created", 3, "updated", 0, "unchanged", 0, "rejected", 4), job.getMap("preview"),
                job.getList("rejections").toString());
        assertEquals(List.of("Datum", "Soort", "Partner", "Fase"), job.getList("rejections.column"));
        // coded as the API's field errors are, so the SPA and the Dutch file can say why
        assertEquals(List.of("DUPLICATE_ROW", "UNKNOWN_VALUE", "OWN_PARTNER_ONLY", "DOES_NOT_BELONG"),
                job.getList("rejections.code"));
        assertEquals(Map.of("row", "4"), job.getMap("rejections[0].params"));
        assertTrue(job.getString("rejections[1].params.dutchValues").contains("adviesgesprek"),
                job.getList("rejections").toString());
        JsonPath done = Imports.apply("partner1", job.getLong("id"), true);
        assertEquals(3, done.getInt("result.created"));

        // two companies inspired, one of them informed: what the file's stage column says
        long programme = Api.as("staff").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .extract().jsonPath().getLong("items[0].id");
        Api.as("staff").queryParam("programmeId", programme).queryParam("district", district)
                .get("/api/reports/funnel").then().statusCode(200)
                .body("stages.companies", contains(2, 1, 0));
        int companyId = Api.as("staff").queryParam("q", kvk[0]).get("/api/companies").then().extract().path("items[0].id");
        Api.as("staff").queryParam("companyId", companyId).get("/api/activities").then()
                .body("items.partnerId", contains(1, 1));

        JsonPath again = Imports.preview("partner1", "activiteiten.csv", csv, "ACTIVITIES");
        assertEquals(3, again.getInt("preview.unchanged"), "the same file again adds nothing");
    }
}
