package nl.aanjager.common.idempotency;

import static io.restassured.RestAssured.given;
import static nl.aanjager.common.Api.as;
import static nl.aanjager.common.idempotency.IdempotencyKeyTest.REPLAYED;
import static nl.aanjager.common.idempotency.IdempotencyKeyTest.newKey;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.aanjager.common.Api;
import nl.aanjager.common.KeycloakTokens;
import org.junit.jupiter.api.Test;

/** The key through the paths partners and the door use most: anonymous registration, walk-ins, uploads. */
@QuarkusTest
class IdempotencyKeyPathsTest {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    MockMailbox mailbox;

    /** A published event of the demo programme, starting at the given time. */
    static long publishedEvent(OffsetDateTime startsAt) {
        long programme = as("staff").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        long stage = as("staff").get("/api/programmes/" + programme + "/stages").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.code == 'inspired' }.id");
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programme);
        body.put("title", Api.unique("Herhaalsessie"));
        body.put("type", "INSPIRATION_SESSION");
        body.put("themes", List.of("DIGITAL"));
        body.put("venue", "Blaak 40");
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plusHours(3).toString());
        body.put("stageId", stage);
        body.put("organiserIds", List.of(1, 2));
        long id = as("staff").body(body).post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        as("staff").post("/api/events/" + id + "/publication").then().statusCode(200);
        return id;
    }

    /** An anonymous caller at an address of its own (through the trusted test proxy). */
    static RequestSpecification anonymousAt(String address) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("X-Forwarded-For", address);
    }

    static String randomAddress() {
        return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    @Test
    void anAnonymousRetryFromTheSameAddressRegistersAndMailsOnce() {
        long event = publishedEvent(OffsetDateTime.now(ZoneOffset.UTC).plusDays(10));
        String email = "herhaal." + UUID.randomUUID().toString().substring(0, 8) + "@zelf.example";
        Map<String, Object> form = Map.of("companyName", "Herhaal Zelf B.V.", "name", "Hanna Herhaal",
                "email", email, "consent", true);
        String path = "/api/public/events/" + event + "/registrations";
        String key = newKey();
        String address = randomAddress();
        Response first = anonymousAt(address).header("Idempotency-Key", key).body(form).post(path);
        first.then().statusCode(202).header(REPLAYED, nullValue());

        Response retry = anonymousAt(address).header("Idempotency-Key", key).body(form).post(path);
        retry.then().statusCode(202).header(REPLAYED, "true");
        assertEquals(first.asString(), retry.asString());
        assertEquals(1, mailbox.getMailMessagesSentTo(email).size());
        assertEquals(1, Sql.count(dataSource, "select count(*) from registration r join contact c on c.id = r.contact_id"
                + " where r.event_id = ? and c.email = ?", event, email));

        // someone else at another address who happens to send the same key gets no stored answer
        anonymousAt(randomAddress().replace("203.0.113.", "192.0.2.")).header("Idempotency-Key", key).body(form)
                .post(path).then().statusCode(202).header(REPLAYED, nullValue());
    }

    @Test
    void aWalkInRetriedFromTheDoorPhoneIsAdmittedOnce() {
        long event = publishedEvent(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        String email = "loop." + UUID.randomUUID().toString().substring(0, 8) + "@binnen.example";
        Map<String, Object> walkIn = Map.of("companyName", Api.unique("Loopbinnen"), "name", "Wim Walkin",
                "email", email, "device", "phone-door", "consent", true);
        String key = newKey();
        Response first = as("checkin").header("Idempotency-Key", key).body(walkIn)
                .post("/api/events/" + event + "/walk-ins");
        first.then().statusCode(200).body("outcome", equalTo("CHECKED_IN")).header(REPLAYED, nullValue());

        Response retry = as("checkin").header("Idempotency-Key", key).body(walkIn)
                .post("/api/events/" + event + "/walk-ins");
        retry.then().statusCode(200).header(REPLAYED, "true");
        assertEquals(first.asString(), retry.asString());
        as("checkin").get("/api/events/" + event + "/attendance").then().statusCode(200)
                .body("walkIns", equalTo(1)).body("checkedIn", equalTo(1));
        assertEquals(1, Sql.count(dataSource, "select count(*) from contact where email = ?", email));
    }

    @Test
    void aRetriedImportUploadIsTheSameRequestWhateverItsBoundary() {
        String key = newKey();
        byte[] csv = ("KvK-nummer;Naam\n" + nl.aanjager.common.Fixtures.kvk() + ";Upload BV\n")
                .getBytes(StandardCharsets.UTF_8);
        Response first = upload(key, csv, "COMPANIES", "boundary-of-the-first-try");
        first.then().statusCode(201).header(REPLAYED, nullValue()).body("state", equalTo("PREVIEWED"));

        // most HTTP clients draw a new boundary when they build the request again
        Response retry = upload(key, csv, "COMPANIES", "boundary-of-the-retry");
        retry.then().statusCode(201).header(REPLAYED, "true");
        assertEquals(first.asString(), retry.asString());

        upload(key, "KvK-nummer;Naam\n87654321;Andere BV\n".getBytes(StandardCharsets.UTF_8), "COMPANIES", "b1").then()
                .statusCode(422).body("type", equalTo("urn:aanjager:problem:idempotency-key-reused"));
        upload(key, csv, "CONTACTS", "b2").then().statusCode(422);
        upload(newKey(), csv, "COMPANIES", "b3").then().statusCode(201).header(REPLAYED, nullValue())
                .body("id", org.hamcrest.Matchers.not(equalTo(first.jsonPath().getInt("id"))));
    }

    private static Response upload(String key, byte[] file, String kind, String boundary) {
        return given().auth().oauth2(KeycloakTokens.forUser("staff"))
                .config(RestAssured.config().multiPartConfig(MultiPartConfig.multiPartConfig().defaultBoundary(boundary)))
                .header("Idempotency-Key", key)
                .multiPart("file", "bedrijven.csv", file, "text/csv")
                .multiPart("kind", kind)
                .post("/api/imports");
    }
}
