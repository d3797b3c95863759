package nl.aanjager.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import nl.aanjager.common.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The header's value: an sf-string as the draft says, or the bare value many clients send. */
class IdempotencyKeyHeaderTest {
    @Test
    void aQuotedStringAndTheSameValueBareAreOneKey() {
        assertEquals(Optional.of("8e03978e-40d5-43e8-bc93-6894a57f9324"),
                IdempotencyKeyHeader.parse("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
        assertEquals(Optional.of("8e03978e-40d5-43e8-bc93-6894a57f9324"),
                IdempotencyKeyHeader.parse(" 8e03978e-40d5-43e8-bc93-6894a57f9324 "));
        assertEquals(Optional.of("aGVsbG8gd29ybGQ="), IdempotencyKeyHeader.parse("aGVsbG8gd29ybGQ="));
    }

    @Test
    void aQuotedStringMayHoldSpacesAndEscapedQuotes() {
        assertEquals(Optional.of("order 12 \"b\\c\""), IdempotencyKeyHeader.parse("\"order 12 \\\"b\\\\c\\\"\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"\"", "\"open", "\"a\"b\"", "\"a\\n\"", "\"caf\u00e9\"", "two words", "a,b",
            "\"a\";param=1", "\"tab\there\""})
    void whatIsNoKeyIsRefused(String value) {
        assertEquals(Optional.empty(), IdempotencyKeyHeader.parse(value));
    }

    @Test
    void aKeyHasAtMost255Characters() {
        assertEquals(255, IdempotencyKeyHeader.parse("\"" + "k".repeat(255) + "\"").orElseThrow().length());
        assertEquals(Optional.empty(), IdempotencyKeyHeader.parse("k".repeat(256)));
    }

    @Test
    void twoKeysInOneRequestAreAValidationProblemNamingTheHeader() {
        ApiException problem = assertThrows(ApiException.class, () -> IdempotencyKeyHeader.parse(List.of("a", "b")));
        assertEquals("Idempotency-Key", problem.fieldErrors().get(0).field());
    }
}
