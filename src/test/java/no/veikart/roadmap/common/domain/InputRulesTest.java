package no.veikart.roadmap.common.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.gain.domain.GainDraft;
import no.veikart.roadmap.gain.domain.GainValidator;
import no.veikart.roadmap.phase.domain.TemplateDraft;
import no.veikart.roadmap.phase.domain.TemplateValidator;
import no.veikart.roadmap.stakeholder.domain.StakeholderDraft;
import no.veikart.roadmap.stakeholder.domain.StakeholderValidator;
import org.junit.Test;

/** The shared text and date rules, and that every validator applies them (found by HostileInputIT). */
public class InputRulesTest {

    @Test
    public void textWithoutControlCharactersOrBrokenSurrogatesIsClean() {
        assertTrue(InputRules.isCleanText("Kerteminde Æøå \ud835\udd73", false));
        assertTrue(InputRules.isCleanText("line one\nline two\tend", true));
        assertFalse(InputRules.isCleanText("line one\nline two", false));
        assertFalse(InputRules.isCleanText("nul\u0000", true));
        assertFalse(InputRules.isCleanText("next line\u0085", true));
        assertFalse(InputRules.isCleanText("lone \ud800 high", true));
        assertFalse(InputRules.isCleanText("lone \udfff low", true));
        assertFalse(InputRules.isCleanText("ends high \ud835", true));
        assertFalse(InputRules.isCleanText("swapped \udd73\ud835", true));
    }

    @Test
    public void datesAreStrictIsoWithinTheRange() {
        assertEquals(LocalDate.of(2024, 2, 29), InputRules.date("2024-02-29").date());
        assertEquals(InputRules.MIN_DATE, InputRules.date("1900-01-01").date());
        assertEquals(InputRules.MAX_DATE, InputRules.date("2199-12-31").date());
        for (String malformed : List.of("2026-02-30", "2026-13-01", "2026-1-1", "+10000-01-01", "-0001-01-01", "2026-02-28T10:00")) {
            assertFalse(malformed, InputRules.date(malformed).wellFormed());
            assertNull(malformed, InputRules.date(malformed).date());
        }
        for (String far : List.of("0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31")) {
            assertTrue(far, InputRules.date(far).outOfRange());
        }
    }

    @Test
    public void gainsRefuseControlCharactersAndFarDates() {
        GainDraft draft = new GainDraft("TIME", "Fewer\u0000hours", null, "HOURS", null, new GainDraft.Point(100, "2020-01-01"),
                new GainDraft.Point(80, "9999-12-31"), null, "Report\nmonthly", "MONTHLY");
        List<FieldError> errors = assertThrows(RoadmapException.Invalid.class, () -> new GainValidator().validate(draft, 0, 1, 0))
                .errors();
        assertEquals(List.of(FieldError.of("title", "roadmap.error.invalidValue", "roadmap.field.title"),
                FieldError.of("target.date", "roadmap.error.outOfRange", "roadmap.field.target.date", "1900-01-01", "2199-12-31")),
                errors);
    }

    @Test
    public void stakeholdersRefuseFarDatesBrokenTextAndMoreStatusesThanPhases() {
        StakeholderDraft draft = new StakeholderDraft("Kari", "Staff", "STAFF", "\ud800", 0, 1, 3, 3, "INFORM", null, "0000-01-01",
                null, null, Map.of("A", "PLANNED", "B", "PLANNED", "C", "PLANNED"), null);
        List<FieldError> errors = assertThrows(RoadmapException.Invalid.class,
                () -> new StakeholderValidator().validateNew(draft, 1, List.of("ANCHORING", "INSIGHT"))).errors();
        assertEquals(List.of(FieldError.of("effect", "roadmap.error.invalidValue", "roadmap.field.effect"),
                FieldError.of("lastContact", "roadmap.error.outOfRange", "roadmap.field.lastContact", "1900-01-01", "2199-12-31"),
                FieldError.of("statusByPhase", "roadmap.error.tooMany", "roadmap.field.statusByPhase", 2)), errors);
    }

    @Test
    public void templateNamesRefuseControlCharacters() {
        TemplateDraft draft = new TemplateDraft("Five\u0007phases", List.of(new TemplateDraft.PhaseDraft("ANCHORING", "Anch\u0000oring",
                List.of())));
        List<FieldError> errors = assertThrows(RoadmapException.Invalid.class, () -> new TemplateValidator().validate(draft, 0, 0))
                .errors();
        assertEquals(List.of("name", "phases[0].name"), errors.stream().map(FieldError::field).toList());
    }
}
