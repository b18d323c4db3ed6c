package no.veikart.roadmap.phase.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

public class TemplateValidatorTest {
    private final TemplateValidator validator = new TemplateValidator();

    private static TemplateDraft.PhaseDraft phase(String key, String name, TemplateDraft.StepDraft... steps) {
        return new TemplateDraft.PhaseDraft(key, name, List.of(steps));
    }

    @Test
    public void fivePhaseVariantIsAccepted() {
        TemplateDraft draft = new TemplateDraft("Five phases", List.of(
                phase("ANCHORING", null, new TemplateDraft.StepDraft("DEFINE_PROBLEMS_AND_GOALS", null, true)),
                phase("INSIGHT", "Innsikt og idé"),
                phase("PILOTING", null, new TemplateDraft.StepDraft("OWN_STEP", "Sign data agreement", true)),
                phase("TRANSITION_TO_OPERATIONS", null),
                phase("NEW_PRACTICES", null)));

        RoadmapTemplate t = validator.validate(draft, 0, 0);

        assertEquals(5, t.phases().size());
        assertNull("standard phase keeps its translated name", t.phases().get(0).customName());
        assertEquals("Innsikt og idé", t.phases().get(1).customName());
        assertTrue(t.phases().get(2).steps().get(0).mandatory());
    }

    @Test
    public void everyBadFieldIsNamed() {
        TemplateDraft draft = new TemplateDraft(" ", List.of(
                phase("bad key", "x"),
                phase("OWN", null, new TemplateDraft.StepDraft("OWN_STEP", " ", null)),
                phase("OWN", "Again")));

        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class, () -> validator.validate(draft, 0, 0));

        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("name", "phases[0].key", "phases[1].name", "phases[1].steps[0].name", "phases[2].key"), fields);
        assertEquals("roadmap.error.duplicateKey", e.errors().get(4).key());
    }

    @Test
    public void emptyTemplateIsRefused() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> validator.validate(new TemplateDraft("x", List.of()), 0, 0));
        assertEquals("phases", e.errors().get(0).field());
    }

    @Test
    public void builtInTemplateMayKeepItsTranslatedName() {
        RoadmapTemplate t = validator.validate(new TemplateDraft(null, List.of(phase("ANCHORING", null))), 1, 0, true);
        assertNull(t.name());
    }

    @Test
    public void defaultTemplateHasTheSixPhasesOfTheMethod() {
        RoadmapTemplate t = DefaultTemplate.create();
        assertEquals(List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING", "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES"),
                t.phases().stream().map(PhaseDefinition::key).toList());
        assertEquals(29, t.phases().stream().mapToInt(p -> p.steps().size()).sum());
        assertTrue(t.phase("PILOTING").orElseThrow().steps().stream().allMatch(StepDefinition::mandatory));
    }
}
