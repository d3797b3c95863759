package nl.aanjager.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;
import org.junit.jupiter.api.Test;

/** Every kind in the other formats and languages, and a file of realistic size. */
@QuarkusTest
class ImportFormatsTest {
    @Test
    void contactsComeAsJsonWithEnglishFieldNames() throws InterruptedException {
        String kvk = newCompanyKvk();
        String email = Api.unique("json").replace(" ", ".") + "@example.org";
        JsonPath job = Imports.preview("partner1", "contacts.json", "[{\"Company KvK number\": \"" + kvk
                + "\", \"Full name\": \"Jay Son\", \"Email address\": \"" + email + "\", \"Job title\": \"CTO\"}]",
                "CONTACTS");
        assertEquals(1, job.getInt("preview.created"));
        assertEquals(1, Imports.apply("partner1", job.getLong("id"), false).getInt("result.created"));
    }

    @Test
    void activitiesComeAsExcelWithEnglishHeaders() throws IOException, InterruptedException {
        String kvk = newCompanyKvk();
        byte[] workbook = CompanyImportTest.workbook(List.of(
                List.of("Company KvK number", "Activity type", "Occurred on", "Needs", "Confidential"),
                List.of(kvk, "company visit", "2026-02-10", "SUSTAINABILITY;network", "yes")));
        JsonPath job = Imports.upload("partner1-api", "activities.xlsx", workbook, "ACTIVITIES").statusCode(201)
                .extract().jsonPath();
        assertEquals(Map.of("created", 1, "updated", 0, "unchanged", 0, "rejected", 0), job.getMap("preview"),
                job.getList("rejections").toString());
        assertEquals(1, Imports.apply("partner1-api", job.getLong("id"), false).getInt("result.created"));
    }

    @Test
    void aFileOfTenThousandCompaniesIsImportedWhole() throws InterruptedException {
        StringBuilder csv = new StringBuilder("KvK-nummer,Naam,Postcode,SBI-code,Medewerkers,Grootteklasse\n");
        long first = 10_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(80_000_000L);
        for (int i = 0; i < 10_000; i++) {
            csv.append(String.format("%08d", (first + i) % 100_000_000L)).append(",Tienduizend ").append(i)
                    .append(",3011 AB,62.01,").append(i % 50).append(",\n");
        }
        JsonPath job = Imports.preview("staff", "register.csv", csv.toString(), "COMPANIES");
        assertEquals(10_000, job.getInt("totalRows"));
        assertEquals(0, job.getInt("preview.rejected"), job.getList("rejections").toString());
        JsonPath done = Imports.apply("staff", job.getLong("id"), false);
        assertEquals("SUCCEEDED", done.getString("state"));
        assertEquals(10_000, done.getInt("rowsDone"));
        assertEquals(10_000, done.getInt("result.created") + done.getInt("result.updated") + done.getInt("result.unchanged"));
    }

    private static String newCompanyKvk() {
        String kvk = Fixtures.kvk();
        Api.as("staff").body(Map.of("kvkNumber", kvk, "name", Api.unique("Formaat BV"))).post("/api/companies").then()
                .statusCode(201);
        return kvk;
    }
}
