package no.veikart.roadmap.phase.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import no.veikart.roadmap.phase.domain.PhaseDefinition;
import no.veikart.roadmap.phase.domain.StepDefinition;

/** The stored shape of a template's phases; kept apart from the domain records so they can change freely. */
final class TemplateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    record StoredStep(String key, String name, boolean mandatory) {
    }

    record StoredPhase(String key, String name, List<StoredStep> steps) {
    }

    private TemplateJson() {
    }

    static String write(List<PhaseDefinition> phases) {
        List<StoredPhase> stored = phases.stream()
                .map(p -> new StoredPhase(p.key(), p.customName(),
                        p.steps().stream().map(s -> new StoredStep(s.key(), s.customName(), s.mandatory())).toList()))
                .toList();
        try {
            return MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("template cannot be serialised", e);
        }
    }

    static List<PhaseDefinition> read(String json) {
        try {
            List<StoredPhase> stored = MAPPER.readValue(json, new TypeReference<List<StoredPhase>>() { });
            return stored.stream()
                    .map(p -> new PhaseDefinition(p.key(), p.name(),
                            p.steps().stream().map(s -> new StepDefinition(s.key(), s.name(), s.mandatory())).toList()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored template is not valid JSON", e);
        }
    }
}
