package no.veikart.roadmap.gain.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * Reads a JSON number as the exact {@link java.math.BigDecimal} it was written as (1234.5678 and 0.1 arrive unrounded,
 * whatever the host's ObjectMapper does with floats) and keeps text as text, so that the gain validator can say
 * "must be a number" for {@code "abc"}. Objects, arrays and booleans are refused by Jackson, naming the field.
 * Extends the base {@link JsonDeserializer} only: {@code com.fasterxml.jackson.databind.deser.std} is not a package
 * Jira 11 is known to export.
 */
public final class ExactNumberDeserializer extends JsonDeserializer<Object> {
    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_STRING -> p.getText();
            default -> ctxt.handleUnexpectedToken(Object.class, p);
        };
    }
}
