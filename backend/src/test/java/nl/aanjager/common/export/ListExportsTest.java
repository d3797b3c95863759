package nl.aanjager.common.export;

import static nl.aanjager.common.Api.as;
import static nl.aanjager.common.Api.bearer;
import static nl.aanjager.common.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.Fixtures;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every filterable list downloads as a file with the list's filters and the list's rules, with
 * real tokens: a partner's file holds what its list shows it, and nothing more.
 */
@QuarkusTest
class ListExportsTest {
    /** The title of SBI 62.01, the code every test company carries (Fixtures.companyBody). */
    private static final String SOFTWARE_NL = "Ontwikkelen, produceren en uitgeven van software";

    private static long company(String name, String district) {
        Map<String, Object> body = Fixtures.companyBody(name, "3012 CL");
        body.put("district", district);
        return as("staff").body(body).post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The lines of a CSV download, without its byte order mark. */
    private static List<String> lines(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "the Excel dialect starts with a byte order mark");
        return Arrays.asList(text.substring(1).split("\r\n"));
    }

    @Test
    void theCompanyListDownloadsWithItsFiltersInDutchOrEnglish() throws IOException {
        String district = unique("Exportwijk");
        String tag = unique("Bakker");
        company(tag + " Noord", district);
        company(tag + " Zuid", district);
        company(unique("Elders"), "Feijenoord");

        int listed = as("staff").queryParam("district", district).get("/api/companies").then().statusCode(200)
                .extract().jsonPath().getInt("total");
        assertEquals(2, listed);
        byte[] csv = bearer("staff").queryParam("district", district).queryParam("format", "csv")
                .get("/api/companies/export").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("bedrijven-"))
                .extract().asByteArray();
        List<String> lines = lines(csv);
        assertEquals(listed + 1, lines.size(), "a header and one line per company of the list: " + lines);
        assertTrue(lines.get(0).startsWith("Naam;KvK-nummer;Vestigingsnummer;SBI-code;Sector;Grootteklasse"), lines.get(0));
        assertTrue(lines.get(1).contains(";62.01;" + SOFTWARE_NL + ";"), "the SBI code with its title: " + lines.get(1));
        assertTrue(lines.get(1).startsWith(tag + " Noord;"), lines.get(1));
        assertTrue(lines.get(1).contains(";Klein (minder dan 50 werknemers);12;"), "words, not SMALL: " + lines.get(1));

        String english = new String(bearer("staff").header("Accept-Language", "en-GB,en;q=0.8")
                .queryParam("district", district).queryParam("format", "csv").queryParam("dialect", "plain")
                .get("/api/companies/export").then().statusCode(200).header("Content-Language", "en")
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(english.startsWith("Name,KvK number,Branch number,SBI code,Sector,Size class"), english);
        assertTrue(english.contains(",Small (fewer than 50 employees),12,"), english);

        byte[] xlsx = bearer("staff").queryParam("district", district).queryParam("format", "xlsx")
                .get("/api/companies/export").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Bedrijven", sheet.getSheetName());
            assertEquals(2, sheet.getLastRowNum());
            assertEquals(12.0, sheet.getRow(1).getCell(6).getNumericCellValue(), "employees as a number");
        }
    }

    @Test
    void badChoicesAreRefusedBeforeAnyRowIsRead() {
        bearer("staff").queryParam("format", "pdf").get("/api/companies/export").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format")).body("errors[0].code", equalTo("UNKNOWN_VALUE"));
        bearer("staff").queryParam("dialect", "tsv").get("/api/activities/export").then().statusCode(400)
                .body("errors[0].field", equalTo("dialect"));
        bearer("staff").queryParam("status", "GONE").get("/api/referrals/export").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aPartnersActivityFileHoldsWhatItsListShowsIt() {
        long company = company(unique("Gedeeld"), "Delfshaven");
        Map<String, Object> own = Fixtures.activityBody(company, null);
        own.put("summary", "Eigen gesprek over financiering");
        long programme = as("staff").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .extract().jsonPath().getLong("items[0].id");
        own.put("programmeId", programme);
        own.put("stageId", as("staff").get("/api/programmes/" + programme + "/stages").then().extract().jsonPath()
                .getLong("find { it.code == 'informed' }.id"));
        as("partner1").body(own).post("/api/activities").then().statusCode(201);
        Map<String, Object> other = Fixtures.activityBody(company, null);
        other.put("summary", "Vertrouwelijk gesprek van partner 2");
        other.put("confidential", true);
        as("partner2").body(other).post("/api/activities").then().statusCode(201);
        String partner2 = as("staff").get("/api/partners/2").then().extract().jsonPath().getString("name");

        String text = new String(bearer("partner1").queryParam("companyId", company).get("/api/activities/export")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = lines(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, lines.size(), "both activities at the company: " + lines);
        assertTrue(lines.get(0).startsWith("Datum;Soort;Partner;Bedrijf;Contactpersoon;Samenvatting"), lines.get(0));
        assertTrue(text.contains("02-03-2026;Adviesgesprek;"), text);
        assertTrue(text.contains("Eigen gesprek over financiering"), text);
        assertTrue(text.contains(";Geïnformeerd;"), "a default stage in the file's language: " + text);
        assertTrue(text.contains(partner2), "the partner's name, not its id: " + text);
        assertFalse(text.contains("Vertrouwelijk gesprek"), "another partner's confidential summary stays out");

        bearer("partner1").queryParam("partnerId", 2).get("/api/activities/export").then().statusCode(403);
    }

    @Test
    void referralsAndRegistrationsDownloadWithNames() {
        long company = company(unique("Verwezen"), "Charlois");
        String reason = unique("Zoekt financiering");
        as("partner1").body(Map.of("companyId", company, "toPartnerId", 2, "reason", reason)).post("/api/referrals")
                .then().statusCode(201);
        String partner1 = as("staff").get("/api/partners/1").then().extract().jsonPath().getString("name");
        String outbox = new String(bearer("partner1").queryParam("box", "OUTBOX").queryParam("status", "OPEN")
                .get("/api/referrals/export").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        String line = outbox.lines().filter(l -> l.contains(reason)).findFirst().orElseThrow();
        assertTrue(line.contains(";" + partner1 + ";"), line);
        assertTrue(line.contains(";Open;"), line);

        long programme = as("staff").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        OffsetDateTime start = OffsetDateTime.now().plusDays(3);
        long event = as("staff").body(Map.of("programmeId", programme, "title", unique("Exportsessie"),
                        "type", "WORKSHOP", "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(),
                        "organiserIds", List.of(1))).post("/api/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("staff").post("/api/events/" + event + "/publication").then().statusCode(200);
        long contact = as("staff").body(Map.of("companyId", company, "name", "Fatima el Amrani",
                        "consentPurpose", "Uitnodigingen", "consentSource", "Adviesgesprek")).post("/api/contacts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String ticket = as("staff").body(Map.of("contactId", contact)).post("/api/events/" + event + "/registrations")
                .then().statusCode(201).extract().jsonPath().getString("ticket");
        String registrations = new String(bearer("staff").get("/api/events/" + event + "/registrations/export").then()
                .statusCode(200).header("Content-Disposition", containsString("aanmeldingen-"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> rows = lines(registrations.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, rows.size(), registrations);
        assertTrue(rows.get(1).startsWith("Fatima el Amrani;"), rows.get(1));
        assertTrue(rows.get(1).contains(";Aangemeld;Medewerker;"), rows.get(1));
        assertFalse(ticket == null || registrations.contains(ticket), "a ticket never leaves in a file");
        bearer("checkin").get("/api/events/" + event + "/registrations/export").then().statusCode(403);
    }
}
