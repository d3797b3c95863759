package nl.aanjager.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Companies from a partner's file: preview, every rejection class, both modes, each format. */
@QuarkusTest
class CompanyImportTest {
    @Inject
    EntityManager entityManager;

    @Test
    void previewRejectsEachBadRowWithItsColumnAndChangesNothing() {
        String good = Fixtures.kvk();
        String twice = Fixtures.kvk();
        String csv = "\uFEFFKvK-nummer;Naam;Postcode;SBI-code;Medewerkers;Opmerking\r\n"
                + good + ";Bakkerij Goed;3011 AB;10.71;4;vaste klant\r\n"
                + "1234;Te Kort BV;3011 AB;62;3;\r\n"
                + Fixtures.kvk() + ";Verkeerde Postcode;30111;62;3;\r\n"
                + Fixtures.kvk() + ";Onbekende Sector;3011 AB;04.1;3;\r\n"
                + twice + ";Eerste;3012 CD;62;3;\r\n"
                + twice + ";Tweede;3012 CD;62;3;\r\n"
                + Fixtures.kvk() + ";\"Naam met\nregelovergang\";3011 AB;;;\r\n";
        String before = registerFingerprint();

        JsonPath job = Imports.preview("partner1", "bedrijven.csv", csv, "COMPANIES");

        assertEquals(before, registerFingerprint(), "a preview changes nothing");
        assertEquals("PREVIEWED", job.getString("state"));
        assertEquals(7, job.getInt("totalRows"));
        assertEquals(Map.of("created", 3, "updated", 0, "unchanged", 0, "rejected", 4), job.getMap("preview"));
        assertEquals(List.of("Opmerking"), unrecognised(job));
        assertRejected(job, 3, "KvK-nummer", "8 digits");
        assertRejected(job, 4, "Postcode", "postcode");
        assertRejected(job, 5, "SBI-code", "SBI");
        assertRejected(job, 7, "KvK-nummer", "row 6");
    }

    @Test
    void eachRejectedRowSaysWhyWithTheCodesAndParamsOfTheApisFieldErrors() {
        String twice = Fixtures.kvk();
        String csv = "KvK-nummer;Naam;SBI-code;Medewerkers;Grootteklasse\n"
                + "1234;Te Kort BV;;;\n"
                + Fixtures.kvk() + ";Onbekende Sector;04.1;;\n"
                + Fixtures.kvk() + ";;;;\n"
                + twice + ";Eerste;;;\n"
                + twice + ";Tweede;;;\n"
                + Fixtures.kvk() + ";Reuzen BV;;;reusachtig\n"
                + Fixtures.kvk() + ";Telfout BV;;veel;\n"
                + Fixtures.kvk() + ";Klein Maar Groot BV;;3;MEDIUM\n";

        JsonPath job = Imports.preview("partner1", "bedrijven.csv", csv, "COMPANIES");

        assertCoded(job, 2, "kvkNumber", "FORMAT", Map.of("format", "kvk-number"));
        assertCoded(job, 3, "sbiCode", "FORMAT", Map.of("format", "sbi-code"));
        assertCoded(job, 4, "name", "REQUIRED", Map.of());
        assertCoded(job, 6, "kvkNumber", "DUPLICATE_ROW", Map.of("row", "5"));
        assertCoded(job, 7, "sizeClass", "UNKNOWN_VALUE", Map.of("values", "MICRO, SMALL, MEDIUM",
                "dutchValues", "klein, middelgroot, midden, zzp"));
        assertCoded(job, 8, "employees", "FORMAT", Map.of("format", "whole-number"));
        assertCoded(job, 9, "sizeClass", "MISMATCH", Map.of("employees", "3", "sizeClass", "MICRO"));
        assertEquals(7, job.getList("rejections").size(), job.getList("rejections").toString());
        // the English reason stays for partner systems that read it
        assertRejected(job, 6, "KvK-nummer", "the same company as row 5");
    }

    @Test
    void nothingIsAppliedWhileRowsAreRejectedUnlessTheValidRowsOnlyAreAskedFor() throws InterruptedException {
        String good = Fixtures.kvk();
        JsonPath job = Imports.preview("partner1", "bedrijven.csv", "KvK-nummer;Naam\n" + good + ";Goed BV\n1;Fout BV\n",
                "COMPANIES");
        long id = job.getLong("id");

        Imports.confirm("partner1", id, false).statusCode(409).body("detail", containsString("1 of 2 rows"));
        assertEquals(0L, companiesWithKvk(good));

        JsonPath done = Imports.apply("partner1", id, true);
        assertEquals("SUCCEEDED", done.getString("state"));
        assertEquals(1, done.getInt("rowsDone"));
        assertEquals(Map.of("created", 1, "updated", 0, "unchanged", 0, "rejected", 1), done.getMap("result"));
        assertEquals(1L, companiesWithKvk(good));
        Imports.confirm("partner1", id, true).statusCode(409);
        // the imported company is audited as if partner 1 had created it through the API
        Object[] audited = (Object[]) entityManager.createNativeQuery("""
                select a.actor, a.actor_partner_id, cast(a.changes as text) from audit_entry a
                join company c on c.id = a.entity_id and a.entity_type = 'company'
                where c.kvk_number = ?1 and a.action = 'company.created'""").setParameter(1, good).getSingleResult();
        assertEquals("partner1", audited[0]);
        assertEquals(1L, ((Number) audited[1]).longValue());
        assertTrue(((String) audited[2]).contains("Goed BV"), String.valueOf(audited[2]));
    }

    @Test
    void aFileLargerThanAChunkIsAppliedChunkByChunkWithItsRejectedRowsLeftOut() throws InterruptedException {
        List<String> kvks = new ArrayList<>(distinctKvkNumbers(2_500));
        StringBuilder csv = new StringBuilder("KvK-nummer;Naam;Postcode\n");
        for (int i = 0; i < kvks.size(); i++) {
            // a rejected row in the first and in the second chunk; a backslash and a tab travel as they are
            String postcode = i == 3 || i == 1_500 ? "99999" : "3011 AB";
            csv.append(kvks.get(i)).append(";Stap\\Voor\tStap ").append(i).append(";").append(postcode).append("\n");
        }

        JsonPath job = Imports.preview("partner1", "groot.csv", csv.toString(), "COMPANIES");
        assertEquals(Map.of("created", 2_498, "updated", 0, "unchanged", 0, "rejected", 2), job.getMap("preview"));
        JsonPath done = Imports.apply("partner1", job.getLong("id"), true);

        assertEquals("SUCCEEDED", done.getString("state"));
        assertEquals(2_498, done.getInt("rowsDone"));
        assertEquals(Map.of("created", 2_498, "updated", 0, "unchanged", 0, "rejected", 2), done.getMap("result"));
        assertEquals(2_498L, ((Number) entityManager.createNativeQuery("select count(*) from company c join import_row r"
                + " on r.entity_id = c.id where r.job_id = ?1 and r.applied and c.kvk_number = r.values ->> 'kvkNumber'")
                .setParameter(1, job.getLong("id")).getSingleResult()).longValue(), "every applied row has its company");
        assertEquals(0L, companiesWithKvk(kvks.get(3)) + companiesWithKvk(kvks.get(1_500)));
        assertEquals("Stap\\Voor\tStap 2499", entityManager.createNativeQuery("select name from company"
                + " where kvk_number = ?1").setParameter(1, kvks.get(2_499)).getSingleResult());
    }

    @Test
    void knownCompaniesAreUpdatedOrKeptAndEmptyCellsLeaveValuesAsTheyAre() throws InterruptedException {
        long changedId = newCompany(Api.unique("Wordt Bijgewerkt"));
        String changed = kvkOf(changedId);
        long keptId = newCompany(Api.unique("Blijft Gelijk"));
        String kept = kvkOf(keptId);
        String keptName = Api.as("staff").get("/api/companies/" + keptId).then().extract().path("name");
        String fresh = Fixtures.kvk();
        String csv = "kvkNumber,name,city,employees\n"
                + changed + ",,Schiedam,12\n"
                + kept + "," + keptName + ",,\n"
                + fresh + ",New Company,Rotterdam,3\n";

        JsonPath job = Imports.preview("partner1-api", "companies.csv", csv, "COMPANIES");
        assertEquals(Map.of("created", 1, "updated", 1, "unchanged", 1, "rejected", 0), job.getMap("preview"));

        JsonPath done = Imports.apply("partner1-api", job.getLong("id"), false);
        assertEquals(Map.of("created", 1, "updated", 1, "unchanged", 1, "rejected", 0), done.getMap("result"));
        Api.as("staff").get("/api/companies/" + changedId).then()
                .body("city", equalTo("Schiedam")).body("employees", equalTo(12)).body("sizeClass", equalTo("SMALL"))
                .body("name", containsString("Wordt Bijgewerkt"));
    }

    @Test
    void excelAndJsonFilesAreReadLikeCsv() throws IOException, InterruptedException {
        String fromExcel = Fixtures.kvk();
        JsonPath excel = Imports.upload("staff", "register.xlsx", workbook(List.of(
                List.of("KvK nummer", "Bedrijfsnaam", "Postcode"),
                List.of(fromExcel, "Uit Excel BV", "3011ab"))), "COMPANIES").statusCode(201).extract().jsonPath();
        assertEquals(1, excel.getInt("preview.created"));
        assertEquals("SUCCEEDED", Imports.apply("staff", excel.getLong("id"), false).getString("state"));
        Api.as("staff").queryParam("q", fromExcel).get("/api/companies").then()
                .body("items.postcode", hasItem("3011 AB"));

        String fromJson = Fixtures.kvk();
        JsonPath json = Imports.preview("staff", "register.json", "[{\"kvkNumber\": \"" + fromJson
                + "\", \"name\": \"Uit JSON BV\", \"tags\": [\"voedsel\", \"familiebedrijf\"]}]", "COMPANIES");
        assertEquals(1, json.getInt("preview.created"));
        Imports.apply("staff", json.getLong("id"), false);
        Api.as("staff").queryParam("q", fromJson).get("/api/companies").then()
                .body("items[0].tags", equalTo(List.of("voedsel", "familiebedrijf")));
    }

    @Test
    void theRejectedRowsComeBackAsCsvThatCanBeFixedAndSentAgain() throws InterruptedException {
        String kvk = Fixtures.kvk();
        String nameless = Fixtures.kvk();
        JsonPath job = Imports.preview("partner1", "bedrijven.csv", "KvK-nummer;Naam;Postcode\n" + kvk
                + ";Herkansing BV;9999 XX9\n123;Te Kort BV;3011 AB\n" + nameless + ";;3011 AB\n", "COMPANIES");
        String rejected = Api.bearer("partner1").get("/api/imports/" + job.getLong("id") + "/rejected-rows").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        // without Accept-Language in Dutch, the language of the people who fix the file
        assertTrue(rejected.startsWith("\uFEFFKvK-nummer;Naam;Postcode;fout\r\n"), rejected);
        // the column as the file names it, then why; only why when that names the column already
        assertTrue(rejected.contains(";;3011 AB;Naam: Vul dit veld in.\r\n"), rejected);
        assertTrue(rejected.contains(";9999 XX9;Vul een Nederlandse postcode in, zoals 3011 AB.\r\n"), rejected);
        assertTrue(rejected.contains(";3011 AB;Een KvK-nummer bestaat uit 8 cijfers.\r\n"), rejected);
        String english = Api.bearer("partner1").header("Accept-Language", "en-GB,en;q=0.8")
                .get("/api/imports/" + job.getLong("id") + "/rejected-rows").then().statusCode(200).extract().asString();
        assertTrue(english.startsWith("\uFEFFKvK-nummer;Naam;Postcode;error\r\n"), english);
        assertTrue(english.contains(";;3011 AB;Naam: "), english);
        assertTrue(english.contains(";9999 XX9;must be a Dutch postcode"), english);

        String fixed = rejected.replace("9999 XX9", "3011 AB").replace("123;Te Kort BV", Fixtures.kvk() + ";Te Kort BV")
                .replace(nameless + ";;", nameless + ";Met Naam BV;");
        JsonPath again = Imports.preview("partner1", "bedrijven-afgewezen-rijen.csv", fixed, "COMPANIES");
        assertEquals(0, again.getInt("preview.rejected"));
        assertEquals(List.of("fout"), unrecognised(again));
        assertEquals(3, Imports.apply("partner1", again.getLong("id"), false).getInt("result.created"));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        Imports.upload("partner1", "bedrijven.csv", "Naam;Postcode\nGeen KvK;3011 AB\n", "COMPANIES").statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("kvkNumber"));
        Imports.upload("partner1", "bedrijven.csv", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, (byte) 0xff, 0x13},
                "COMPANIES").statusCode(400).body("errors[0].message", containsString("UTF-8"));
        Imports.upload("partner1", "bedrijven.csv", "a,".repeat(1_000_000) + "\n", "COMPANIES").statusCode(400)
                .body("errors[0].message", containsString("columns"));
        Imports.upload("partner1", "bedrijven.pdf", "%PDF-1.4", "COMPANIES").statusCode(400)
                .body("errors[0].message", containsString(".csv"));
        Imports.upload("partner1", "bedrijven.xlsx", zipBomb(), "COMPANIES").statusCode(400)
                .body("errors[0].field", equalTo("file"));
        Imports.upload("partner1", "bedrijven.json", "{\"kvkNumber\": 1}", "COMPANIES").statusCode(400);
        Api.as("partner1").get("/api/companies").then().statusCode(200);
    }

    @Test
    void aPartnerSeesItsOwnImportsOnly() {
        long id = Imports.preview("partner1", "bedrijven.csv", "KvK-nummer;Naam\n" + Fixtures.kvk() + ";Eigen BV\n",
                "COMPANIES").getLong("id");
        Api.as("partner2").get("/api/imports/" + id).then().statusCode(404);
        Api.as("partner2").body(Map.of("validRowsOnly", true)).post("/api/imports/" + id + "/confirmation").then()
                .statusCode(404);
        Api.as("partner2").get("/api/imports").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem((int) id)));
        Api.as("staff").get("/api/imports/" + id).then().statusCode(200).body("partnerName", org.hamcrest.Matchers.notNullValue());
    }

    private static void assertRejected(JsonPath job, int row, String column, String reason) {
        Map<String, Object> rejection = job.getList("rejections", Map.class).stream()
                .filter(r -> ((Number) r.get("row")).intValue() == row).findFirst()
                .orElseThrow(() -> new AssertionError("row " + row + " not rejected: " + job.getList("rejections")));
        assertEquals(column, rejection.get("column"), rejection.toString());
        assertTrue(((String) rejection.get("reason")).contains(reason), rejection.toString());
    }

    private static void assertCoded(JsonPath job, int row, String field, String code, Map<String, String> params) {
        Map<String, Object> rejection = job.getList("rejections", Map.class).stream()
                .filter(r -> ((Number) r.get("row")).intValue() == row).findFirst()
                .orElseThrow(() -> new AssertionError("row " + row + " not rejected: " + job.getList("rejections")));
        assertEquals(field, rejection.get("field"), rejection.toString());
        assertEquals(code, rejection.get("code"), rejection.toString());
        assertEquals(params, rejection.get("params"), rejection.toString());
    }

    private static List<String> unrecognised(JsonPath job) {
        return job.getList("columns", Map.class).stream().filter(c -> c.get("field") == null)
                .map(c -> (String) c.get("header")).toList();
    }

    private static Set<String> distinctKvkNumbers(int count) {
        Set<String> kvks = new LinkedHashSet<>();
        while (kvks.size() < count) {
            kvks.add(Fixtures.kvk());
        }
        return kvks;
    }

    static long newCompany(String name) {
        return Api.as("staff").body(Fixtures.companyBody(name, "3072 AP")).post("/api/companies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String kvkOf(long companyId) {
        return Api.as("staff").get("/api/companies/" + companyId).then().extract().path("kvkNumber");
    }

    private long companiesWithKvk(String kvk) {
        return ((Number) entityManager.createNativeQuery("select count(*) from company where kvk_number = ?1")
                .setParameter(1, kvk).getSingleResult()).longValue();
    }

    private String registerFingerprint() {
        return String.valueOf(entityManager.createNativeQuery("select count(*) || '/' || coalesce(sum(version), 0)"
                + " || '/' || coalesce(max(id), 0) from company").getSingleResult());
    }

    static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Bedrijven");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An .xlsx whose first part inflates from a few kilobytes to 50 MB. */
    private static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
