package nl.aanjager.reports;

import static nl.aanjager.common.Api.etag;
import static nl.aanjager.common.Api.json;
import static nl.aanjager.common.Api.unique;
import static nl.aanjager.common.Fixtures.activityBody;
import static nl.aanjager.common.Fixtures.companyBody;
import static nl.aanjager.common.Fixtures.demoProgramme;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import nl.aanjager.common.Fixtures;
import nl.aanjager.events.EventFixtures;
import org.junit.jupiter.api.Test;

/**
 * The report facts are kept twice in V6 and V9: in full (the migrations' first fill) and
 * incrementally (the triggers). After a random sequence of writes through the API — stage
 * records and withdrawals, activities with credits and needs and their edits, district changes,
 * merges, check-ins at an event and their undos, the funnel reordered and put back — the facts
 * the triggers kept equal a recomputation from scratch, table by table.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin") // the funnel order is the admin's
class FactsMatchARecomputationTest {
    private static final Map<String, String> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put("company_stage_entry", "select * from company_stage_entry order by 1, 2, 3");
        FACTS.put("partner_stage_credit", "select * from partner_stage_credit order by 1, 2, 3, 4");
        FACTS.put("company_contact", "select * from company_contact order by 1");
        FACTS.put("company_need", "select * from company_need order by 1, 2");
        FACTS.put("partner_person", "select * from partner_person order by 1, 2");
        FACTS.put("partner_company", "select * from partner_company order by 1, 2");
    }

    @Inject
    DataSource database;

    @Test
    void factsKeptByTriggersEqualAFullRecomputation() throws SQLException {
        Random random = new Random(Long.getLong("facts.seed", 20261129L));
        long programme = demoProgramme();
        List<Long> stages = json().get("/api/programmes/" + programme + "/stages").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        List<Long> partners = json().get("/api/partners").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
        List<Long> companies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            companies.add(json().body(companyBody(unique("Feit"), "3011 AB")).post("/api/companies").then()
                    .statusCode(201).extract().jsonPath().getLong("id"));
        }
        long event = EventFixtures.openEvent(null);
        List<Long> checkedIn = new ArrayList<>();
        List<Long> records = new ArrayList<>();
        List<Long> activities = new ArrayList<>();
        List<Long> merged = new ArrayList<>();
        int writes = 0;
        for (int step = 0; step < 60; step++) {
            long company = pick(random, companies, merged);
            long partner = partners.get(random.nextInt(partners.size()));
            switch (random.nextInt(7)) {
                case 0 -> records.add(json().body(Map.of("companyId", company, "programmeId", programme,
                                "stageId", stages.get(random.nextInt(stages.size())), "creditedPartnerId", partner))
                        .post("/api/stage-records").then().statusCode(201).extract().jsonPath().getLong("id"));
                case 1 -> {
                    if (!records.isEmpty()) {
                        long record = records.remove(random.nextInt(records.size()));
                        json().body(Map.of("reason", "test")).post("/api/stage-records/" + record + "/withdrawal")
                                .then().statusCode(200);
                    }
                }
                case 2 -> {
                    Map<String, Object> body = activityBody(company, partner);
                    body.put("occurredOn", "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
                    if (random.nextBoolean()) {
                        body.put("programmeId", programme);
                        body.put("stageId", stages.get(random.nextInt(stages.size())));
                    }
                    activities.add(json().body(body).post("/api/activities").then().statusCode(201).extract()
                            .jsonPath().getLong("id"));
                }
                case 3 -> {
                    if (!activities.isEmpty()) {
                        long activity = activities.get(random.nextInt(activities.size()));
                        var current = json().get("/api/activities/" + activity).then().statusCode(200).extract();
                        Map<String, Object> body = activityBody(current.jsonPath().getLong("companyId"),
                                current.jsonPath().getLong("partnerId"));
                        body.put("occurredOn", "2025-1" + random.nextInt(3) + "-0" + (1 + random.nextInt(9)));
                        body.put("needs", List.of(random.nextBoolean() ? "NETWORK" : "PREMISES"));
                        json().header("If-Match", etag(current.jsonPath().getLong("version"))).body(body)
                                .put("/api/activities/" + activity).then().statusCode(200);
                    }
                }
                case 4 -> {
                    var current = json().get("/api/companies/" + company).then().statusCode(200).extract();
                    Map<String, Object> body = companyBody(current.jsonPath().getString("name"), "3011 AB");
                    body.put("kvkNumber", current.jsonPath().getString("kvkNumber"));
                    body.put("district", random.nextBoolean() ? "Delfshaven" : "Noord");
                    json().header("If-Match", etag(current.jsonPath().getLong("version"))).body(body)
                            .put("/api/companies/" + company).then().statusCode(200);
                }
                case 5 -> { // a check-in at the door (stage credit, first contact), or a mistaken one undone
                    if (checkedIn.isEmpty() || random.nextInt(3) > 0) {
                        long contact = Fixtures.newContact(company, unique("Bezoeker"), null);
                        var registration = json().body(Map.of("contactId", contact))
                                .post("/api/events/" + event + "/registrations").then().statusCode(201).extract().jsonPath();
                        json().body(Map.of("ticket", registration.getString("ticket"), "device", "deur-1"))
                                .post("/api/events/" + event + "/check-ins").then().statusCode(200)
                                .body("outcome", equalTo("CHECKED_IN"));
                        checkedIn.add(registration.getLong("id"));
                    } else {
                        long registration = checkedIn.remove(random.nextInt(checkedIn.size()));
                        json().queryParam("device", "deur-1").delete("/api/events/" + event + "/check-ins/" + registration)
                                .then().statusCode(200);
                    }
                }
                default -> {
                    long duplicate = pick(random, companies, merged);
                    if (duplicate != company && companies.size() - merged.size() > 3) {
                        json().body(Map.of("duplicateId", duplicate)).post("/api/companies/" + company + "/merge")
                                .then().statusCode(200);
                        merged.add(duplicate);
                    }
                }
            }
            writes++;
            if (step == 30) { // the whole funnel reversed, then as it was: every position's facts move twice
                List<Long> reversed = new ArrayList<>(stages);
                java.util.Collections.reverse(reversed);
                json().body(Map.of("stageIds", reversed)).put("/api/programmes/" + programme + "/stages/order")
                        .then().statusCode(200);
                json().body(Map.of("stageIds", stages)).put("/api/programmes/" + programme + "/stages/order")
                        .then().statusCode(200);
            }
        }
        assertTrue(writes >= 60);

        try (Connection sql = database.getConnection(); Statement statement = sql.createStatement()) {
            sql.setAutoCommit(false);
            try {
                Map<String, List<String>> kept = snapshot(statement);
                statement.execute("""
                        delete from company_stage_entry; delete from partner_stage_credit; delete from company_contact;
                        delete from company_need; delete from partner_person; delete from partner_company;
                        select refresh_company_funnel(k.company_id, k.programme_id)
                            from (select distinct company_id, programme_id from stage_record) k;
                        select refresh_company_needs(k.company_id) from (select distinct company_id from activity) k;
                        select refresh_company_first_contact(c.id) from company c where c.merged_into_id is null;
                        insert into partner_person select distinct partner_id, contact_id from partner_person_relation;
                        insert into partner_company select distinct partner_id, company_id from partner_company_relation;
                        """);
                Map<String, List<String>> recomputed = snapshot(statement);
                for (String table : FACTS.keySet()) {
                    assertTrue(kept.get(table).size() > 0, table + " has facts to compare");
                    assertEquals(recomputed.get(table), kept.get(table), table + ": kept by the triggers vs recomputed");
                }
            } finally {
                sql.rollback();
            }
        }
    }

    private static long pick(Random random, List<Long> companies, List<Long> merged) {
        List<Long> alive = companies.stream().filter(c -> !merged.contains(c)).toList();
        return alive.get(random.nextInt(alive.size()));
    }

    private static Map<String, List<String>> snapshot(Statement statement) throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (var fact : FACTS.entrySet()) {
            List<String> table = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(fact.getValue())) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(result.getString(c)).append('|');
                    }
                    table.add(row.toString());
                }
            }
            rows.put(fact.getKey(), table);
        }
        return rows;
    }
}
