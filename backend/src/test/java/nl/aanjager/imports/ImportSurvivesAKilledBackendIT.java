package nl.aanjager.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The packaged backend killed with SIGKILL in the middle of an import, then started again: every
 * chunk is applied wholly or not at all, and the restarted backend takes the job over and finishes
 * it. Runs in {@code mvn verify} (failsafe) after packaging, against the Keycloak that
 * {@code make test} starts; the database is a PostgreSQL of this test's own (port 25436 unless
 * {@code -Dit.postgres.port} says otherwise), which outlives the backend process.
 */
class ImportSurvivesAKilledBackendIT {
    private static final int ROWS = 20_000;
    private static final int CHUNK = 1_000;
    private static final String KEYCLOAK = System.getProperty("it.keycloak.url", "http://localhost:8180/realms/aanjager");

    @Test
    void aBackendKilledMidImportLeavesWholeChunksAndItsRestartFinishesTheJob() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setPort(Integer.getInteger("it.postgres.port", 25436)).start();
                PackagedBackend backend = new PackagedBackend(
                        Path.of(System.getProperty("it.backend.jar", "target/quarkus-app/quarkus-run.jar")),
                        database.getJdbcUrl("postgres", "postgres"), Path.of("target", "import-crash-it"),
                        List.of("-Daanjager.imports.chunk-size=" + CHUNK, "-Daanjager.imports.lease=PT3S",
                                "-Daanjager.imports.poll-every=1s"));
                Connection sql = database.getPostgresDatabase().getConnection()) {
            backend.start(Duration.ofSeconds(120));
            String token = clientToken("partner1-api");
            long id = given().baseUri(backend.baseUri()).auth().oauth2(token)
                    .multiPart("file", "bedrijven.csv", register().getBytes(StandardCharsets.UTF_8))
                    .multiPart("kind", "COMPANIES").post("/api/imports")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            given().baseUri(backend.baseUri()).auth().oauth2(token).contentType("application/json")
                    .body(Map.of("validRowsOnly", true)).post("/api/imports/" + id + "/confirmation")
                    .then().statusCode(202);

            JsonPath running = waitFor(backend, token, id, job -> job.getInt("rowsDone") > 0, Duration.ofSeconds(60));
            assertTrue(running.getInt("rowsDone") < ROWS, "the import finished before the backend could be killed: "
                    + running.prettify());
            backend.kill();

            long applied = count(sql, "select count(*) from import_row where job_id = ? and applied", id);
            assertTrue(applied > 0 && applied < ROWS && applied % CHUNK == 0,
                    applied + " rows applied: not whole chunks of " + CHUNK);
            assertEquals(applied, count(sql, "select rows_done from import_job where id = ?", id), "the job counts the rows applied");
            assertEquals(applied, count(sql, "select count(*) from company c join import_row r on c.kvk_number"
                    + " = r.values ->> 'kvkNumber' where r.job_id = ?", id), "a company for every applied row");
            assertEquals(0, count(sql, "select count(*) from import_row r where r.job_id = ? and not r.applied"
                    + " and exists (select 1 from company c where c.kvk_number = r.values ->> 'kvkNumber')", id),
                    "no company of a row not applied");
            assertEquals(0, count(sql, "select count(*) from import_row r where r.job_id = ? and r.applied"
                    + " and r.entity_id is null", id), "every applied row names its company");

            long restarted = System.nanoTime();
            backend.start(Duration.ofSeconds(120));
            JsonPath done = waitFor(backend, clientToken("partner1-api"), id,
                    job -> List.of("SUCCEEDED", "FAILED").contains(job.getString("state")), Duration.ofSeconds(180));
            System.out.printf("killed with %d of %d rows applied; the restarted backend finished the job %.1f s"
                    + " after it was started%n", applied, ROWS, (System.nanoTime() - restarted) / 1e9);
            assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
            assertEquals(ROWS, done.getInt("rowsDone"));
            assertEquals(Map.of("created", ROWS, "updated", 0, "unchanged", 0, "rejected", 0), done.getMap("result"));
            assertEquals(ROWS, count(sql, "select count(distinct c.id) from company c join import_row r"
                    + " on c.kvk_number = r.values ->> 'kvkNumber' and r.entity_id = c.id where r.job_id = ?", id));
            assertEquals(ROWS, count(sql, "select count(*) from company where kvk_number in"
                    + " (select values ->> 'kvkNumber' from import_row where job_id = ?)", id),
                    "each of the file's companies exists exactly once");
        }
    }

    /** 20,000 companies with unique KvK numbers (a permutation of the row numbers, so none repeats). */
    private static String register() {
        StringBuilder csv = new StringBuilder("KvK-nummer;Naam;Postcode;SBI-code;Medewerkers;Wijk\n");
        String[] districts = {"Centrum", "Delfshaven", "Feijenoord", "Charlois", "Noord", "IJsselmonde"};
        for (int i = 1; i <= ROWS; i++) {
            csv.append(10_000_000 + (i * 48_271L) % 90_000_000).append(";Herstart ").append(i).append(" B.V.;")
                    .append(3011 + i % 89).append(" AB;62.01;").append(1 + i % 60).append(';')
                    .append(districts[i % districts.length]).append('\n');
        }
        return csv.toString();
    }

    private static JsonPath waitFor(PackagedBackend backend, String token, long id,
            Predicate<JsonPath> until, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            JsonPath job = given().baseUri(backend.baseUri()).auth().oauth2(token).get("/api/imports/" + id)
                    .then().statusCode(200).extract().jsonPath();
            if (until.test(job)) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + id + " after " + within + ": " + job.prettify() + "\n"
                        + backend.logTail());
            }
            Thread.sleep(25);
        }
    }

    private static String clientToken(String clientId) {
        return given().formParams(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret")).post(KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static long count(Connection sql, String query, long jobId) throws SQLException {
        try (PreparedStatement statement = sql.prepareStatement(query)) {
            statement.setLong(1, jobId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
