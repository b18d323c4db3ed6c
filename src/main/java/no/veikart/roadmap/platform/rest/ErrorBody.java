package no.veikart.roadmap.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The one error shape of the REST API (api.md): every error names its field (or null) and its i18n key. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(List<Item> errors, List<?> missingSteps) {
    public record Item(String field, String message, String key) {
    }
}
