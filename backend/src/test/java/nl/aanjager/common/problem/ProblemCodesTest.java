package nl.aanjager.common.problem;

import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.companyBody;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.Map;
import nl.aanjager.common.Api;
import org.junit.jupiter.api.Test;

/** Problems carry stable codes with params, so a client can word them in the user's language. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class ProblemCodesTest {

    @Test
    void beanValidationErrorsCarryTheirConstraintAsACode() {
        Map<String, Object> body = companyBody("x".repeat(201), "3011 AB");
        body.put("kvkNumber", "1234567");
        body.put("website", "ftp://example.org");
        body.put("sbiCode", "04");
        body.remove("city");
        body.put("employees", -1);
        json().body(body).post("/api/companies").then().statusCode(400)
                .body("errors.code", everyItem(notNullValue()))
                .body("errors.find { it.field == 'kvkNumber' }.code", equalTo("FORMAT"))
                .body("errors.find { it.field == 'kvkNumber' }.params", hasEntry("format", "kvk-number"))
                .body("errors.find { it.field == 'kvkNumber' }.message", equalTo("must be exactly 8 digits"))
                .body("errors.find { it.field == 'website' }.params", hasEntry("format", "web-address"))
                .body("errors.find { it.field == 'sbiCode' }.params", hasEntry("format", "sbi-code"))
                .body("errors.find { it.field == 'name' }.code", equalTo("TOO_LONG"))
                .body("errors.find { it.field == 'name' }.params", hasEntry("max", "200"))
                .body("errors.find { it.field == 'employees' }.code", equalTo("TOO_SMALL"))
                .body("errors.find { it.field == 'employees' }.params", hasEntry("min", "0"));
    }

    @Test
    void aMissingValueIsRequiredAndAWrongTypeOrUnknownFieldSaySo() {
        Map<String, Object> body = companyBody(unique("Zonder"), "3011 AB");
        body.remove("name");
        json().body(body).post("/api/companies").then().statusCode(400)
                .body("errors.find { it.field == 'name' }.code", equalTo("REQUIRED"));
        body.put("name", unique("Type"));
        body.put("employees", "veel");
        json().body(body).post("/api/companies").then().statusCode(400)
                .body("errors[0].code", equalTo("WRONG_TYPE")).body("errors[0].field", equalTo("employees"));
        body.put("employees", 3);
        body.put("colour", "blauw");
        json().body(body).post("/api/companies").then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_FIELD")).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void serviceRefusalsCarryACodeAndTheValuesToWordIt() {
        Map<String, Object> body = companyBody(unique("Eerste"), "3011 AB");
        json().body(body).post("/api/companies").then().statusCode(201);
        Map<String, Object> again = companyBody(unique("Tweede"), "3011 AB");
        again.put("kvkNumber", body.get("kvkNumber"));
        json().body(again).post("/api/companies").then().statusCode(409)
                .body("code", equalTo("COMPANY_EXISTS"))
                .body("params.name", equalTo(body.get("name")));

        Map<String, Object> mismatch = companyBody(unique("Tegenstrijdig"), "3011 AB");
        mismatch.put("sizeClass", "MICRO");
        mismatch.put("employees", 80);
        json().body(mismatch).post("/api/companies").then().statusCode(400)
                .body("errors[0].code", equalTo("MISMATCH"))
                .body("errors[0].params", hasEntry("employees", "80"))
                .body("errors[0].params", hasEntry("sizeClass", "MEDIUM"));

        json().get("/api/companies/999999999").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND")).body("params.what", equalTo("company"));
    }

    @Test
    void theContractListsEveryCode() {
        JsonPath contract = new JsonPath(Api.management().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        assertThat(contract.getList("components.schemas.FieldErrorCode.enum"),
                hasItems(Arrays.stream(FieldErrorCode.values()).map(Enum::name).toArray()));
        assertThat(contract.getList("components.schemas.ProblemCode.enum"),
                hasItems(Arrays.stream(ProblemCode.values()).map(Enum::name).toArray()));
    }
}
