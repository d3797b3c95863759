package nl.aanjager.companies;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.companyBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class CompanyResourceTest {

    @Test
    void createsACompanyWithNormalisedPostcodeAndDerivedSizeClass() {
        Map<String, Object> body = companyBody(unique("Bakkerij"), " 3011ab ");
        json().body(body).post("/api/companies").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("postcode", equalTo("3011 AB"))
                .body("sizeClass", equalTo("SMALL"))
                .body("kvkNumber", equalTo(body.get("kvkNumber")));
    }

    @Test
    void rejectsMalformedKvkNumbersAndPostcodesAndStoresNothing() {
        String name = unique("Kapot");
        Map<String, Object> body = companyBody(name, "0123 AB");
        body.put("kvkNumber", "1234567");
        body.put("branchNumber", "12ab");
        json().body(body).post("/api/companies").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("branchNumber", "kvkNumber", "postcode"));
        body.put("kvkNumber", "1234567a");
        body.remove("branchNumber");
        body.put("postcode", "3011 AB");
        json().body(body).post("/api/companies").then().statusCode(400).body("errors.field", contains("kvkNumber"));
        json().queryParam("q", name).get("/api/companies").then().body("total", equalTo(0));
    }

    @Test
    void aSecondRecordWithTheSameKvkNumberIs409WithALinkToTheFirst() {
        Map<String, Object> body = companyBody(unique("Origineel"), "3011 AB");
        long id = json().body(body).post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");

        Map<String, Object> again = companyBody(unique("Kopie"), "3012 CD");
        again.put("kvkNumber", body.get("kvkNumber"));
        json().body(again).post("/api/companies").then()
                .statusCode(409)
                .body("type", equalTo("urn:aanjager:problem:conflict"))
                .body("existing", equalTo("/api/companies/" + id));

        again.put("branchNumber", "000012345678");
        json().body(again).post("/api/companies").then().statusCode(201);
        json().body(again).post("/api/companies").then().statusCode(409);
    }

    @Test
    void employeeCountAndSizeClassMustAgree() {
        Map<String, Object> body = companyBody(unique("Tegenstrijdig"), "3011 AB");
        body.put("sizeClass", "MICRO");
        body.put("employees", 80);
        json().body(body).post("/api/companies").then()
                .statusCode(400).body("errors[0].field", equalTo("sizeClass"));
    }

    @Test
    void fuzzySearchFindsNamesWrittenDifferentlyButNotOtherNames() {
        String district = unique("Charlois");
        for (String name : List.of("Jansen B.V.", "Pietersen Holding", "Vermeulen Transport")) {
            Map<String, Object> body = companyBody(name, "3011 AB");
            body.put("district", district);
            json().body(body).post("/api/companies").then().statusCode(201);
        }

        json().queryParam("q", "jansen bv").queryParam("district", district).get("/api/companies").then()
                .statusCode(200)
                .body("items.name", contains("Jansen B.V."));
        json().queryParam("q", "JANSEN, B.V.").queryParam("district", district).get("/api/companies").then()
                .body("items.name", contains("Jansen B.V."));
        json().queryParam("q", "jansne").queryParam("district", district).get("/api/companies").then()
                .body("items.name", contains("Jansen B.V."));
        json().queryParam("q", "transport").queryParam("district", district).get("/api/companies").then()
                .body("items.name", contains("Vermeulen Transport"));
        json().queryParam("q", "bakkerij de zon").queryParam("district", district).get("/api/companies").then()
                .body("total", equalTo(0));
    }

    @Test
    void searchesByKvkNumberAndByPostcode() {
        Map<String, Object> body = companyBody(unique("Zoekbaar"), "3072 AP");
        body.put("district", unique("Wijk"));
        json().body(body).post("/api/companies").then().statusCode(201);
        json().queryParam("q", body.get("kvkNumber")).get("/api/companies").then()
                .body("total", equalTo(1)).body("items[0].name", equalTo(body.get("name")));
        json().queryParam("q", "3072ap").queryParam("district", body.get("district")).get("/api/companies").then()
                .body("total", equalTo(1));
    }

    @Test
    void filtersByDistrictSectorAndSize() {
        String district = unique("Delfshaven");
        Map<String, Object> ict = companyBody(unique("ICT"), "3021 AB");
        ict.put("district", district);
        Map<String, Object> bakery = companyBody(unique("Bakker"), "3021 AB");
        bakery.put("district", district);
        bakery.put("sbiCode", "10.71");
        bakery.put("employees", 3);
        json().body(ict).post("/api/companies").then().statusCode(201);
        json().body(bakery).post("/api/companies").then().statusCode(201);

        json().queryParam("district", district).queryParam("sort", "name").get("/api/companies").then()
                .body("total", equalTo(2));
        json().queryParam("district", district).queryParam("sector", "62").get("/api/companies").then()
                .body("items.name", contains(ict.get("name")));
        json().queryParam("district", district).queryParam("sizeClass", "MICRO").get("/api/companies").then()
                .body("items.name", contains(bakery.get("name")));
        json().queryParam("sizeClass", "HUGE").get("/api/companies").then().statusCode(400);
        json().queryParam("sort", "secret").get("/api/companies").then().statusCode(400);
        json().queryParam("size", "ten").get("/api/companies").then()
                .statusCode(400).contentType("application/problem+json");
        json().queryParam("stageId", 1).get("/api/companies").then()
                .statusCode(400).body("errors[0].field", equalTo("stageId"));
    }

    @Test
    void aCursorPagesThroughTheNameOrderLikePageNumbersDo() {
        String district = unique("Kralingen");
        for (String name : List.of("Delta", "Alfa", "Echo", "Bravo", "Charlie")) {
            Map<String, Object> body = companyBody(name + " " + district, "3062 AB");
            body.put("district", district);
            json().body(body).post("/api/companies").then().statusCode(201);
        }
        List<String> byCursor = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = json().queryParam("district", district).queryParam("size", 2);
            var page = (cursor == null ? request : request.queryParam("after", cursor)).get("/api/companies").then()
                    .statusCode(200).body("total", equalTo(5)).body("totalExact", equalTo(true)).extract().jsonPath();
            byCursor.addAll(page.getList("items.name", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Alfa", "Bravo", "Charlie", "Delta", "Echo"),
                byCursor.stream().map(name -> name.split(" ")[0]).toList());
        json().queryParam("district", district).queryParam("sort", "-createdAt").queryParam("after", "MTpB")
                .get("/api/companies").then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void updatesUnderIfMatch() {
        Map<String, Object> body = companyBody(unique("Wijzig"), "3011 AB");
        long id = json().body(body).post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");
        body.put("name", unique("Gewijzigd"));
        json().header("If-Match", etag(0)).body(body).put("/api/companies/" + id).then()
                .statusCode(200).body("version", equalTo(1));
        json().header("If-Match", etag(0)).body(body).put("/api/companies/" + id).then().statusCode(412);
        json().body(body).put("/api/companies/" + id).then().statusCode(428);
        json().queryParam("companyId", id).queryParam("entityType", "company").get("/api/audit").then()
                .statusCode(403);
    }

    @Test
    void flagsLookAlikesAtOnePostcodeAsLikelyDuplicates() {
        String token = unique("Dd").replace(" ", "");
        long first = json().body(companyBody("Van der Berg Installatietechniek " + token, "3069 AA"))
                .post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");
        long second = json().body(companyBody("Van den Berg Installatie Techniek " + token, "3069 AA"))
                .post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");
        long elsewhere = json().body(companyBody("Van der Berg Installatietechniek " + token, "1011 AA"))
                .post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");

        List<Integer> flagged = json().get("/api/companies/" + first + "/likely-duplicates").then()
                .statusCode(200).extract().jsonPath().getList("duplicate.id");
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) second), flagged,
                "only the look-alike at the same postcode, not " + elsewhere);
        json().get("/api/companies/likely-duplicates").then().statusCode(200)
                .body("company.id", hasItem((int) first));
    }

    @Test
    @TestSecurity(user = "partner1", roles = "partner")
    void partnersMayNotMergeOrDelete() {
        json().body(Map.of("duplicateId", 2)).post("/api/companies/1/merge").then().statusCode(403);
        json().delete("/api/companies/1").then().statusCode(403);
        json().get("/api/companies/likely-duplicates").then().statusCode(403);
    }

    @Test
    void unknownCompaniesAre404() {
        json().get("/api/companies/987654321").then().statusCode(404)
                .body("detail", containsString("987654321"));
        json().get("/api/companies/987654321/timeline").then().statusCode(404);
        json().get("/api/companies/987654321/funnel").then().statusCode(404);
    }
}
