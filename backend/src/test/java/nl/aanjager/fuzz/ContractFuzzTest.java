package nl.aanjager.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A fuzz pass over every operation of the published contract (issue 14): cases generated from
 * ../openapi.yaml — valid requests, then one mutation at a time of path, query, body fields, the
 * whole body, its content type, If-Match and Idempotency-Key — sent with real Keycloak tokens of
 * every role and without one. {@link Checks} says what each response must satisfy;
 * {@link DatabaseState} proves each refused request changed nothing.
 * <p>
 * Bounded and repeatable: a fixed seed ({@code -Dfuzz.seed=...} to try another) picks
 * {@code fuzz.cases-per-operation} mutations per operation (default 12), each sent as a caller
 * with the operation's role and as one other caller; the valid request goes out as every caller.
 * (jqwik's own engine does not run inside @QuarkusTest, so a seeded java.util.Random drives it.)
 */
@QuarkusTest
class ContractFuzzTest {
    static final long DEFAULT_SEED = 14_2026_1128L;
    static final int DEFAULT_CASES_PER_OPERATION = 12;
    static final List<String> CALLERS = List.of(Sender.ANONYMOUS, "admin", "staff", "partner1", "checkin");

    /**
     * GETs first, then changes, then the changes that end a record's life (closing an event, completing
     * a referral, erasing a person), deletes last: otherwise the later valid requests meet a closed
     * event or a deleted record, and their mutations test a refusal rather than the input.
     */
    private static final List<String> METHOD_ORDER = List.of("GET", "PUT", "POST", "ENDING", "DELETE");
    private static final java.util.regex.Pattern ENDING = java.util.regex.Pattern.compile(
            ".*/(closure|cancellation|decline|completion|erasure|merge|withdrawal)$");

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource dataSource;

    private DatabaseState database;
    private Checks checks;
    private Map<String, String> baseline;
    private long lastTransactionId;

    @Test
    void everyOperationAnswersEveryCaseWithoutServerErrorsAndRefusalsChangeNothing() {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int perOperation = Integer.getInteger("fuzz.cases-per-operation", DEFAULT_CASES_PER_OPERATION);
        long started = System.currentTimeMillis();
        Contract contract = Contract.read();
        FuzzWorld world = new FuzzWorld(mailbox);
        Cases cases = new Cases(contract, new Values(contract, world), world);
        database = new DatabaseState(dataSource);
        checks = new Checks();
        Random random = new Random(seed);

        List<Contract.Operation> operations = new ArrayList<>(contract.operations());
        // -Dfuzz.only=<regex on "METHOD /path">: one operation or a few, when chasing a failure
        operations.removeIf(op -> !op.name().matches(System.getProperty("fuzz.only", ".*")));
        operations.sort(Comparator.comparing((Contract.Operation op) -> METHOD_ORDER.indexOf(
                op.method().equals("POST") && ENDING.matcher(op.path()).matches() ? "ENDING" : op.method()))
                .thenComparing(Contract.Operation::path));
        for (Contract.Operation op : operations) {
            FuzzCase base = cases.base(op);
            for (String caller : CALLERS) {
                run(op, base, caller);
            }
            for (FuzzCase mutation : cases.sample(op, base, random, perOperation)) {
                String allowed = allowedCaller(op, random);
                run(op, mutation, allowed);
                List<String> others = new ArrayList<>(CALLERS);
                others.remove(allowed);
                run(op, mutation, others.get(random.nextInt(others.size())));
            }
        }
        String summary = checks.summary(seed, perOperation, contract.operations().size(),
                System.currentTimeMillis() - started);
        summary += "  database: " + database.cost() + "\n";
        System.out.println(summary);
        writeReport(summary + checks.allFailures());
        assertEquals(0, checks.failureCount(), summary);
    }

    /** The summary and every failure, for CI to keep: target/contract-fuzz-report.txt. */
    private static void writeReport(String report) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "contract-fuzz-report.txt"), report);
        } catch (java.io.IOException e) {
            System.out.println("cannot write target/contract-fuzz-report.txt: " + e);
        }
    }

    /** A caller whose role the operation allows (any caller for a public one). */
    private static String allowedCaller(Contract.Operation op, Random random) {
        List<String> allowed = CALLERS.stream()
                .filter(c -> op.isPublic() || !c.equals(Sender.ANONYMOUS) && op.allows(Checks.roleOf(c))).toList();
        return allowed.get(random.nextInt(allowed.size()));
    }

    private void run(Contract.Operation op, FuzzCase fuzzCase, String caller) {
        ensureBaseline();
        Sender.Answer response = Sender.send(op, fuzzCase, caller);
        checks.check(op, fuzzCase, caller, response);
        if (response.status() < 400) {
            return;
        }
        long taken = database.takeTransactionId();
        if (taken == lastTransactionId + 1) {
            // no transaction anywhere wrote while the request ran: nothing can have changed
            lastTransactionId = taken;
            checks.unchanged(op, fuzzCase, caller, response.status(), List.of(), false);
            return;
        }
        Map<String, String> after = database.snapshot();
        checks.unchanged(op, fuzzCase, caller, response.status(), DatabaseState.differences(op, baseline, after), true);
        baseline = null;
    }

    /**
     * Makes {@link #baseline} the state now. Kept as long as no transaction wrote since it was taken,
     * else (an accepted change, a stored Idempotency-Key, a background worker) taken again.
     */
    private void ensureBaseline() {
        if (baseline != null && database.takeTransactionId() == lastTransactionId + 1) {
            lastTransactionId++;
            return;
        }
        for (int attempt = 0; ; attempt++) {
            database.awaitBackgroundWork();
            long before = database.takeTransactionId();
            Map<String, String> state = database.snapshot();
            long after = database.takeTransactionId();
            if (after == before + 1 || attempt == 5) {
                baseline = state;
                lastTransactionId = after;
                return;
            }
        }
    }
}
