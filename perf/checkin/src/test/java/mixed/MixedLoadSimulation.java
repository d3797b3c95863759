package mixed;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.arrayFeeder;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A working day's mix against one backend, as arrival rates (open model: a slow answer shows in
 * the tail instead of slowing the load down). Staff browse the company list with filters, open
 * company pages (master data, timeline, contacts) and search contacts; partner systems post
 * activities and now and then import a small register; the dashboard asks for reports; at an
 * event, 400 people check in within the run. Rates are per second, times {@code load}.
 */
public class MixedLoadSimulation extends Simulation {
    private final String api = System.getProperty("api", "http://127.0.0.1:18080");
    private final double load = Double.parseDouble(System.getProperty("load", "1"));
    private final double minutes = Double.parseDouble(System.getProperty("minutes", "10"));
    private final int checkIns = Integer.getInteger("checkIns", 400);
    private final String programme = System.getProperty("programme");
    private final String stage = System.getProperty("stage");
    private final String event = System.getProperty("event");
    private final Tokens tokens = new Tokens(System.getProperty("keycloak", "http://localhost:8180"))
            .user("staff").user("checkin").client("partner1-api");
    private final Duration duration = Duration.ofMillis((long) (minutes * 60_000));

    private final HttpProtocolBuilder protocol = http.baseUrl(api)
            .acceptHeader("application/json")
            .shareConnections();

    private Function<Session, String> as(String caller) {
        return session -> tokens.bearer(caller);
    }

    private ScenarioBuilder companyList() {
        List<Map<String, Object>> filters = List.of(
                Map.of("filter", "size=20"),
                Map.of("filter", "size=20&district=Gebied%207&sizeClass=SMALL"),
                Map.of("filter", "size=20&q=jansen%20metaal"),
                Map.of("filter", "size=20&sector=43&sort=-createdAt"),
                Map.of("filter", "size=20&programmeId=" + programme + "&reachedStageId=" + stage),
                Map.of("filter", "size=20&page=5&sort=name"));
        return scenario("staff: company list").feed(arrayFeeder(filters.toArray(Map[]::new)).random())
                .exec(http("company list").get("/api/companies?#{filter}").header("Authorization", as("staff"))
                        .check(status().is(200)));
    }

    private ScenarioBuilder companyPage() {
        return scenario("staff: company page").feed(csv(System.getProperty("companies")).random())
                .exec(http("company").get("/api/companies/#{companyId}").header("Authorization", as("staff"))
                        .check(status().is(200)))
                .exec(http("company timeline").get("/api/companies/#{companyId}/timeline?size=20")
                        .header("Authorization", as("staff")).check(status().is(200)))
                .exec(http("company contacts").get("/api/contacts?companyId=#{companyId}&size=20")
                        .header("Authorization", as("staff")).check(status().is(200)));
    }

    private ScenarioBuilder contactSearch() {
        AtomicInteger next = new AtomicInteger();
        return scenario("staff: contact search")
                .exec(session -> session.set("q", "Deelnemer%20" + (1 + next.getAndIncrement() % 9000)))
                .exec(http("contact search").get("/api/contacts?q=#{q}&size=20").header("Authorization", as("staff"))
                        .check(status().is(200)));
    }

    private ScenarioBuilder partnerActivity() {
        String today = LocalDate.now().toString();
        return scenario("partner: activity").feed(csv(System.getProperty("companies")).random())
                .exec(http("activity (partner)").post("/api/activities").header("Authorization", as("partner1-api"))
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"companyId\":#{companyId},\"type\":\"ADVICE_SESSION\",\"occurredOn\":\"" + today
                                + "\",\"summary\":\"Adviesgesprek over digitalisering\",\"themes\":[\"DIGITAL\"],"
                                + "\"needs\":[\"DIGITALISATION\"],\"programmeId\":" + programme + ",\"stageId\":" + stage + "}"))
                        .check(status().is(201)));
    }

    /** A partner's small register (40 companies, new KvK numbers each time): upload, then confirm. */
    private ScenarioBuilder partnerImport() {
        AtomicInteger imports = new AtomicInteger();
        return scenario("partner: import")
                .exec(session -> session.set("csv", register(imports.incrementAndGet(), 40)))
                .exec(http("import upload (partner)").post("/api/imports").header("Authorization", as("partner1-api"))
                        .bodyPart(StringBodyPart("file", "#{csv}").fileName("bedrijven.csv").contentType("text/csv"))
                        .bodyPart(StringBodyPart("kind", "COMPANIES").contentType("text/plain"))
                        .asMultipartForm()
                        .check(status().is(201), jsonPath("$.id").saveAs("importId")))
                .exec(http("import confirm (partner)").post("/api/imports/#{importId}/confirmation")
                        .header("Authorization", as("partner1-api")).header("Content-Type", "application/json")
                        .body(StringBody("{\"validRowsOnly\":true}")).check(status().is(202)));
    }

    private static String register(int importNumber, int rows) {
        StringBuilder file = new StringBuilder("KvK-nummer;Naam;SBI-code;Medewerkers;Straat;Huisnummer;Postcode;Plaats;Wijk\n");
        for (int i = 0; i < rows; i++) {
            int kvk = 70_000_000 + importNumber * 1_000 + i;
            file.append(kvk).append(";Importbedrijf ").append(kvk).append(" B.V.;62.01;").append(1 + i % 40)
                    .append(";Coolsingel;").append(1 + i).append(";30").append(11 + i % 80).append(" AB;Rotterdam;Centrum\n");
        }
        return file.toString();
    }

    private ScenarioBuilder dashboard() {
        String p = "programmeId=" + programme;
        List<Map<String, Object>> reports = new ArrayList<>();
        for (String path : List.of("funnel?" + p, "funnel?" + p + "&district=Gebied%207", "progress?" + p,
                "breakdown?" + p + "&by=district", "breakdown?" + p + "&by=sizeClass", "partners?" + p,
                "events?" + p, "outcomes?" + p, "needs?" + p)) {
            reports.add(Map.of("report", path));
        }
        return scenario("staff: dashboard").feed(arrayFeeder(reports.toArray(Map[]::new)).circular())
                .exec(http("report").get("/api/reports/#{report}").header("Authorization", as("staff"))
                        .check(status().is(200)));
    }

    private ScenarioBuilder checkIn() {
        return scenario("door: check-in").feed(csv(System.getProperty("tickets")).queue())
                .exec(http("check-in").post("/api/events/" + event + "/check-ins").header("Authorization", as("checkin"))
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"ticket\":\"#{ticket}\",\"device\":\"gatling\"}"))
                        .check(status().is(200), jsonPath("$.outcome").is("CHECKED_IN")));
    }

    private PopulationBuilder at(ScenarioBuilder scenario, double perSecond) {
        return scenario.injectOpen(constantUsersPerSec(perSecond).during(duration));
    }

    {
        setUp(
                at(companyList(), 2.0 * load),
                at(companyPage(), 1.0 * load),
                at(contactSearch(), 0.5 * load),
                at(partnerActivity(), 1.0 * load),
                at(partnerImport(), load / 60.0),
                at(dashboard(), 0.5 * load),
                at(checkIn(), checkIns / (minutes * 60)))
                .protocols(protocol);
    }
}
