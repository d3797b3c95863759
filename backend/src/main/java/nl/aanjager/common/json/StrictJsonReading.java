package nl.aanjager.common.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A request body is one JSON document. Jackson by default reads the first value and ignores what
 * follows, so {@code {...}{...}} or {@code {...} garbage} was accepted as if the rest were not there;
 * now the trailing content is a 400 (malformed-request) like any other broken JSON.
 */
@Singleton
public class StrictJsonReading implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
