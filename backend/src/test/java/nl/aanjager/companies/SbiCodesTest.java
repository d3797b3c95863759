package nl.aanjager.companies;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.companyBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped SBI 2008 list: served with both titles, cacheable, and the measure of a company's code. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class SbiCodesTest {
    @Inject
    SbiCatalogue catalogue;

    @Test
    void theListGivesEachCodeItsDutchAndEnglishTitle() {
        Response response = json().get("/api/sbi-codes");
        response.then().statusCode(200)
                .body("find { it.code == '10.71' }.nl", equalTo("Vervaardiging van brood en vers banketbakkerswerk"))
                .body("find { it.code == '10.71' }.en",
                        equalTo("Manufacture of bread; manufacture of fresh pastry goods and cakes"))
                .body("find { it.code == 'C' }.nl", equalTo("Industrie"))
                .body("find { it.code == 'C' }.en", equalTo("Manufacturing"))
                .body("find { it.code == '09' }.en", equalTo("Mining support service activities"))
                .body("code", hasItems("A", "01", "01.1", "01.11", "62.0", "62.01", "47.24", "96.02.1"))
                .body("code", not(hasItems("9")));
        List<Map<String, String>> entries = response.jsonPath().getList("$");
        assertTrue(entries.size() > 1400, "sections, divisions, groups, classes and subclasses: " + entries.size());
        for (Map<String, String> entry : entries) {
            assertFalse(entry.get("nl").isBlank(), entry.toString());
            assertFalse(entry.get("en").isBlank(), entry.toString());
            assertFalse(entry.get("nl").endsWith("(1)"), "footnote marks are not titles: " + entry);
        }
        Map<String, Long> perCode = entries.stream().collect(Collectors.groupingBy(e -> e.get("code"),
                Collectors.counting()));
        perCode.forEach((code, count) -> assertEquals(1L, count, code + " is listed once"));
    }

    @Test
    void aDutchSubclassWithoutAnEnglishTitleFallsBackToItsDutchOne() {
        json().get("/api/sbi-codes").then().statusCode(200)
                .body("find { it.code == '96.02.1' }.en", equalTo(
                        json().get("/api/sbi-codes").jsonPath().getString("find { it.code == '96.02.1' }.nl")));
    }

    @Test
    void theListIsCachedForADayAndRevalidatedByItsETag() {
        Response first = json().get("/api/sbi-codes");
        first.then().statusCode(200).header("Cache-Control", containsString("max-age=86400"));
        String etag = first.getHeader("ETag");
        assertTrue(etag != null && !etag.isBlank(), "an ETag to revalidate with");
        json().header("If-None-Match", etag).get("/api/sbi-codes").then().statusCode(304)
                .header("ETag", equalTo(etag)).header("Cache-Control", containsString("max-age=86400"));
        json().header("If-None-Match", "\"1\"").get("/api/sbi-codes").then().statusCode(200);
    }

    @Test
    void aCompanyMayCarryAListedCodeOrTheLevelAboveOne() {
        for (String code : List.of("62", "62.0", "62.01", "10.7", "01.13.1", "01.30")) {
            Map<String, Object> body = companyBody(unique("Sector " + code), "3011 AB");
            body.put("sbiCode", code);
            json().body(body).post("/api/companies").then().statusCode(201).body("sbiCode", equalTo(code));
        }
    }

    @Test
    void aCodeOutsideTheListIsRefusedAsAnSbiCodeFormatError() {
        // 62.15 and 10.79 have a real division but no such class; 01.12 (rice) is NACE but not registered in
        // the Netherlands; 6201 lacks its dots, which prefix filters on the stored code depend on
        for (String code : List.of("04", "62.15", "10.79", "01.12", "6201", "62.", "10.71.9", "C")) {
            Map<String, Object> body = companyBody(unique("Fout " + code), "3011 AB");
            body.put("sbiCode", code);
            json().body(body).post("/api/companies").then().statusCode(400)
                    .body("errors.find { it.field == 'sbiCode' }.code", equalTo("FORMAT"))
                    .body("errors.find { it.field == 'sbiCode' }.params", hasEntry("format", "sbi-code"));
        }
    }

    @Test
    void theCatalogueKnowsTheLevelsAboveAListedCodeOnlyWhereALevelEnds() {
        assertTrue(catalogue.isCompanyCode("47.24"));
        assertTrue(catalogue.isCompanyCode("47.2"));
        assertTrue(catalogue.isCompanyCode("47"));
        assertFalse(catalogue.isCompanyCode("4"));
        assertFalse(catalogue.isCompanyCode("47.24.9"));
        assertFalse(catalogue.isCompanyCode(" 47"));
        assertFalse(catalogue.isCompanyCode(null));
    }
}
