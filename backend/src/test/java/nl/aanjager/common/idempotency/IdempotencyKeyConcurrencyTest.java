package nl.aanjager.common.idempotency;

import static nl.aanjager.common.idempotency.IdempotencyKeyTest.REPLAYED;
import static nl.aanjager.common.idempotency.IdempotencyKeyTest.newKey;
import static nl.aanjager.common.idempotency.IdempotencyKeyTest.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.aanjager.common.Api;
import nl.aanjager.common.Fixtures;
import nl.aanjager.common.KeycloakTokens;
import org.junit.jupiter.api.Test;

/**
 * Retries that overlap the first request. To hold the first one mid-way, the test inserts a company
 * with the same KvK number in a transaction of its own and keeps it open: the request's insert waits
 * on the unique index until the test rolls back. Whatever the timing, exactly one request creates.
 */
@QuarkusTest
class IdempotencyKeyConcurrencyTest {
    private static final int RETRIES = 4;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void retriesWhileTheFirstRunsGet409AndOnlyTheFirstCreates() throws Exception {
        Map<String, Object> company = Fixtures.companyBody(Api.unique("Tegelijk B.V."), "3072 AP");
        String kvk = (String) company.get("kvkNumber");
        String key = newKey();
        KeycloakTokens.forClient("partner1-api"); // fetched once, before the requests race
        ExecutorService threads = Executors.newFixedThreadPool(RETRIES + 1);
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement hold = blocker.prepareStatement(
                    "insert into company (id, kvk_number, name, created_at) values (-1, ?, 'Held by the test', now())")) {
                hold.setString(1, kvk);
                hold.executeUpdate();
            }
            CompletionService<Response> requests = new ExecutorCompletionService<>(threads);
            for (int i = 0; i <= RETRIES; i++) {
                requests.submit(() -> post("partner1-api", "/api/companies", company, key));
            }
            // one request holds the key and waits on the test's insert; the others are answered at once
            for (int i = 0; i < RETRIES; i++) {
                requests.take().get().then().statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo("urn:aanjager:problem:request-in-progress"));
            }
            blocker.rollback();
            Response first = requests.poll(60, TimeUnit.SECONDS).get();
            first.then().statusCode(201).header(REPLAYED, nullValue());

            post("partner1-api", "/api/companies", company, key).then()
                    .statusCode(201).header(REPLAYED, "true").body("id", equalTo(first.path("id")));
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, Sql.count(dataSource, "select count(*) from company where kvk_number = ?", kvk));
    }
}
