package nl.aanjager.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The checks of every response, after Schemathesis's: not a server error; every refusal an RFC 9457
 * problem whose status matches; a status and (for a success) a media type the contract documents
 * for the operation; no success for a caller without a token or without the role; no success for a
 * request the contract forbids; and nothing changed by a refused request. Failures are collected, so
 * one run lists them all.
 */
final class Checks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> operations = new TreeSet<>();
    private final Map<String, Integer> byClass = new TreeMap<>();
    private final Map<String, List<String>> failures = new LinkedHashMap<>();
    /** Valid requests by a caller with the role: how many were accepted, and at which operations. */
    private final Set<String> acceptedSomewhere = new TreeSet<>();
    private final Map<String, String> baseRefusals = new TreeMap<>();
    private int validTried;
    private int validAccepted;
    private int requests;
    private int refusals;
    private int refusalsCompared;

    static String roleOf(String caller) {
        return switch (caller) {
            case "partner1", "partner2" -> "partner";
            default -> caller;
        };
    }

    void check(Contract.Operation op, FuzzCase fuzzCase, String caller, Sender.Answer response) {
        requests++;
        operations.add(op.name());
        int status = response.status();
        byClass.merge(status / 100 + "xx", 1, Integer::sum);
        String what = op.name() + " [" + fuzzCase.category() + ": " + fuzzCase.label() + "] as " + caller + " -> "
                + status;
        if (status >= 500) {
            fail("server error", what + " " + abbreviate(response.text()));
        }
        if (!op.responses().containsKey(status)) {
            fail("status not in the contract", what + " (documented: " + op.responses().keySet() + ")");
        }
        String contentType = response.contentType();
        if (status >= 400) {
            refusals++;
            checkProblem(what, status, contentType, response.body());
        } else if (status != 204 && op.responses().containsKey(status) && !op.responses().get(status).isEmpty()
                && op.responses().get(status).stream().noneMatch(type -> contentType.startsWith(type))) {
            fail("media type not in the contract", what + " answered " + contentType + ", documented "
                    + op.responses().get(status));
        }
        if (status < 400 && !op.isPublic()) {
            if (caller.equals(Sender.ANONYMOUS)) {
                fail("success without a token", what);
            } else if (!op.allows(roleOf(caller))) {
                fail("success without the role", what + " (roles: " + op.roles() + ")");
            }
        }
        if (fuzzCase.category().equals("base") && !caller.equals(Sender.ANONYMOUS) && op.allows(roleOf(caller))) {
            validTried++;
            if (status < 400) {
                validAccepted++;
                acceptedSomewhere.add(op.name());
            } else {
                baseRefusals.putIfAbsent(op.name(), caller + " -> " + status + " " + abbreviate(response.text()));
            }
        }
        if (status < 400 && fuzzCase.negative()) {
            fail("forbidden input accepted", what);
        }
    }

    private void checkProblem(String what, int status, String contentType, byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        if (!contentType.startsWith("application/problem+json")) {
            fail("refusal not a problem", what + " answered '" + contentType + "': " + abbreviate(text));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || !problem.path("status").isInt() || problem.path("status").asInt() != status) {
                fail("problem without type, title or matching status", what + ": " + abbreviate(text));
            }
        } catch (IOException e) {
            fail("problem body not JSON", what + ": " + abbreviate(text));
        }
    }

    void unchanged(Contract.Operation op, FuzzCase fuzzCase, String caller, int status, List<String> differences,
            boolean compared) {
        if (compared) {
            refusalsCompared++;
        }
        if (!differences.isEmpty()) {
            fail("refused request changed data", op.name() + " [" + fuzzCase.category() + ": " + fuzzCase.label()
                    + "] as " + caller + " -> " + status + ": " + differences);
        }
    }

    void fail(String check, String detail) {
        failures.computeIfAbsent(check, k -> new ArrayList<>()).add(detail);
    }

    int failureCount() {
        return failures.values().stream().mapToInt(List::size).sum();
    }

    int serverErrors() {
        return failures.getOrDefault("server error", List.of()).size();
    }

    /** Every failure, one a line, for target/contract-fuzz-report.txt. */
    String allFailures() {
        StringBuilder text = new StringBuilder();
        failures.forEach((check, list) -> list.forEach(line -> text.append(check).append(": ").append(line)
                .append('\n')));
        return text.toString();
    }

    String summary(long seed, int casesPerOperation, int operationsInContract, long millis) {
        StringBuilder text = new StringBuilder();
        text.append("Contract fuzz pass (seed ").append(seed).append(", ").append(casesPerOperation)
                .append(" mutations per operation): ").append(operations.size()).append(" of ")
                .append(operationsInContract).append(" operations, ").append(requests).append(" requests in ")
                .append(millis / 1000.0).append(" s\n");
        text.append("  responses by class: ").append(byClass).append('\n');
        text.append("  refusals: ").append(refusals).append(", of which ").append(refusalsCompared)
                .append(" needed a table-by-table comparison (the others: no transaction wrote)\n");
        Set<String> neverAccepted = new TreeSet<>(operations);
        neverAccepted.removeAll(acceptedSomewhere);
        text.append("  valid requests by a caller with the role: ").append(validAccepted).append(" of ")
                .append(validTried).append(" accepted; refused for every such caller (a state rule, e.g. an")
                .append(" already published event): ").append(neverAccepted.size()).append('\n');
        neverAccepted.forEach(op -> text.append("    ").append(op).append(": ").append(baseRefusals.get(op))
                .append('\n'));
        text.append("  server errors: ").append(serverErrors()).append('\n');
        failures.forEach((check, list) -> {
            text.append("  FAILED ").append(check).append(": ").append(list.size()).append('\n');
            list.stream().limit(20).forEach(line -> text.append("    ").append(line).append('\n'));
        });
        return text.toString();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
