package nl.aanjager.faults;

import static io.restassured.RestAssured.given;
import static nl.aanjager.faults.FaultStack.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.aanjager.imports.PackagedBackend;
import org.junit.jupiter.api.Test;

/**
 * The reports and the companies behind a dashboard number read from a hot standby that follows the
 * primary by streaming replication, as the {@code -ro} service of the cluster does; every write
 * goes to the primary. Replay on the standby is paused to tell the two apart: a stage reached
 * meanwhile is on the primary at once and in the reports only after the standby caught up.
 */
class ReportsReadFromTheReplicaIT {
    @Test
    void reportsReadTheStandbyAndCatchUpWhileWritesGoToThePrimary() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "faults-it", "reporting-replica")).toAbsolutePath();
        int primaryPort = Integer.getInteger("it.postgres.port.primary", 25442);
        try (EmbeddedPostgres postgres = FaultStack.postgres("it.postgres.port.primary", 25442);
                HotStandby standby = HotStandby.of(postgres.getPostgresDatabase(), primaryPort,
                        Integer.getInteger("it.postgres.port.standby", 25443), work);
                PackagedBackend backend = new PackagedBackend(
                        Path.of(System.getProperty("it.backend.jar", "target/quarkus-app/quarkus-run.jar")),
                        postgres.getJdbcUrl("postgres", "postgres"), work,
                        List.of("-Daanjager.reporting.jdbc-url=" + standby.jdbcUrl()))) {
            DataSource primary = postgres.getPostgresDatabase();
            backend.start(java.time.Duration.ofSeconds(120)); // migrations and demo data: written to the primary
            String staff = FaultStack.userToken(FaultStack.KEYCLOAK, "staff");
            RequestSpecification api = given().baseUri(backend.baseUri()).auth().oauth2(staff)
                    .contentType(ContentType.JSON).accept(ContentType.JSON);
            long programme = api.get("/api/programmes").then().statusCode(200).extract().jsonPath()
                    .getLong("items[0].id");
            long firstStage = api.get("/api/programmes/" + programme + "/stages").then().statusCode(200)
                    .extract().jsonPath().getLong("find { it.position == 1 }.id");
            long company = api.body(Map.of("kvkNumber", String.valueOf(ThreadLocalRandom.current()
                            .nextLong(10_000_000L, 99_999_999L)), "name", "Replica Proef BV", "postcode", "3072 AP",
                            "city", "Rotterdam", "sbiCode", "62.01", "employees", 3))
                    .post("/api/companies").then().statusCode(201).extract().jsonPath().getLong("id");
            standby.catchUp(primary);
            long before = inFirstStage(api, programme);
            assertEquals(before, companiesBehindTheNumber(api, firstStage), "the list behind the number matches it");
            assertEquals(before, stageEntries(primary, programme), "the standby's report equals the primary's data");

            standby.pauseReplay();
            api.body(Map.of("companyId", company, "programmeId", programme, "stageId", firstStage))
                    .post("/api/stage-records").then().statusCode(201); // a write: the primary takes it
            assertEquals(before + 1, stageEntries(primary, programme), "the primary has the new stage at once");
            assertEquals(before, inFirstStage(api, programme), "the report reads the paused standby");
            assertEquals(before, companiesBehindTheNumber(api, firstStage), "and so does the list behind it");

            standby.resumeReplay();
            standby.catchUp(primary);
            assertEquals(before + 1, inFirstStage(api, programme), "after catching up the report counts it");
            assertEquals(before + 1, companiesBehindTheNumber(api, firstStage));

            long onStandby = standby.count("select count(*) from pg_stat_activity where application_name = 'aanjager-reports'");
            long onPrimary = count(primary, "select count(*) from pg_stat_activity where application_name = 'aanjager-reports'");
            System.out.printf("reporting replica: %d reporting connection(s) on the standby, %d on the primary; "
                    + "first stage %d -> %d companies, held back while replay was paused%n", onStandby, onPrimary,
                    before, before + 1);
            assertTrue(onStandby > 0, "the reporting pool's connections are on the standby");
            assertEquals(0, onPrimary, "and none on the primary");
        }
    }

    private static long inFirstStage(RequestSpecification api, long programme) {
        return given().spec(api).queryParam("programmeId", programme).get("/api/reports/funnel").then().statusCode(200)
                .extract().jsonPath().getLong("stages.find { it.position == 1 }.companies");
    }

    private static long companiesBehindTheNumber(RequestSpecification api, long stage) {
        return given().spec(api).queryParam("reachedStageId", stage).queryParam("size", 1).get("/api/companies")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static long stageEntries(DataSource primary, long programme) throws Exception {
        return count(primary, "select count(*) from company_stage_entry where programme_id = ? and position = 1",
                programme);
    }
}
