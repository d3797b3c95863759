package nl.aanjager.faults;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the fault tests share: real tokens from the running Keycloak, and an event that is open at
 * the door now with a number of registered people, set up through the API of the backend under test
 * (the people themselves in one SQL statement: a thousand API calls would take longer than the fault).
 */
final class FaultStack {
    static final String KEYCLOAK = System.getProperty("it.keycloak.url", "http://localhost:8180/realms/aanjager");
    /** Far above what the backend's sequences hand out in a test run, so the people inserted here never collide. */
    private static final long FIRST_ID = 900_000_000L;

    private FaultStack() {
    }

    /**
     * A PostgreSQL of the test's own, on the port the system property names (or the default), with
     * commits acknowledged only once on disk, as in production (the embedded default is off).
     */
    static EmbeddedPostgres postgres(String portProperty, int defaultPort) throws IOException {
        return EmbeddedPostgres.builder().setPort(Integer.getInteger(portProperty, defaultPort))
                .setServerConfig("synchronous_commit", "on").start();
    }

    /** Password grant through the public aanjager-cli client (demo realm: password = user name). */
    static String userToken(String realm, String user) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "aanjager-cli", "username", user,
                "password", user)).post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A published event running now, organised by the first demo partner, with {@code people} registered. */
    static long eventWithRegistrations(String api, String staffToken, DataSource database, int people)
            throws SQLException {
        long programme = firstId(api, staffToken, "/api/programmes");
        long partner = firstId(api, staffToken, "/api/partners");
        long stage = given().baseUri(api).auth().oauth2(staffToken).get("/api/programmes/" + programme + "/stages")
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        long event = given().baseUri(api).auth().oauth2(staffToken).contentType("application/json")
                .body(Map.of("programmeId", programme, "title", "Storingstest " + System.nanoTime(),
                        "type", "NETWORK_EVENT", "startsAt", now.minusHours(1).toString(),
                        "endsAt", now.plusHours(3).toString(), "stageId", stage, "organiserIds", List.of(partner)))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        given().baseUri(api).auth().oauth2(staffToken).post("/api/events/" + event + "/publication")
                .then().statusCode(200);
        try (Connection sql = database.getConnection(); Statement insert = sql.createStatement()) {
            long first = FIRST_ID + event * 10_000;
            insert.execute("""
                    create temp table door_people as select i, %d + i as id from generate_series(1, %d) as i;
                    insert into company (id, name, created_at) select id, 'Storing B.V. ' || i, now() from door_people;
                    insert into contact (id, company_id, name, created_at)
                        select id, id, 'Persoon ' || i, now() from door_people;
                    insert into registration (id, event_id, contact_id, company_id, token, cancel_code, status, source,
                                              registered_at, registered_by)
                        select id, %d, id, id, substr(md5(random()::text || i), 1, 22), md5('c' || random()::text), 'REGISTERED', 'STAFF',
                               now(), 'fault test' from door_people;
                    drop table door_people;
                    """.formatted(first, people, event));
        }
        return event;
    }

    /** Every registration's ticket (the QR payload) as the API lists them. */
    static List<String> tickets(String api, String staffToken, long event) {
        List<String> tickets = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = given().baseUri(api).auth().oauth2(staffToken).queryParam("size", 200)
                    .queryParam("page", page).get("/api/events/" + event + "/registrations")
                    .then().statusCode(200).extract().jsonPath();
            tickets.addAll(body.getList("items.ticket", String.class));
            if ((page + 1) * 200 >= body.getInt("total")) {
                return tickets;
            }
        }
    }

    static long count(DataSource database, String query, Object... values) throws SQLException {
        try (Connection sql = database.getConnection(); PreparedStatement select = sql.prepareStatement(query)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long firstId(String api, String token, String path) {
        JsonPath body = given().baseUri(api).auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
        Object items = body.get("items");
        return items == null ? body.getLong("[0].id") : body.getLong("items[0].id");
    }
}
