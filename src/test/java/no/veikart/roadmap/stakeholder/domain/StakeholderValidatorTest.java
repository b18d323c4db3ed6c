package no.veikart.roadmap.stakeholder.domain;

import static no.veikart.roadmap.stakeholder.domain.Stakeholders.PHASES;
import static no.veikart.roadmap.stakeholder.domain.Stakeholders.valid;
import static no.veikart.roadmap.stakeholder.domain.Stakeholders.with;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

public class StakeholderValidatorTest {
    private final StakeholderValidator validator = new StakeholderValidator();

    private List<FieldError> errors(StakeholderDraft draft) {
        return assertThrows(RoadmapException.Invalid.class, () -> validator.validateNew(draft, 7, PHASES)).errors();
    }

    private FieldError onlyError(StakeholderDraft draft) {
        List<FieldError> errors = errors(draft);
        assertEquals(errors.toString(), 1, errors.size());
        return errors.get(0);
    }

    private void assertError(StakeholderDraft draft, String field, String key, Object... args) {
        assertEquals(FieldError.of(field, key, args), onlyError(draft));
    }

    @Test
    public void validDraftBecomesAStakeholder() {
        Stakeholder s = validator.validateNew(valid(), 7, PHASES);

        assertEquals(0, s.id());
        assertEquals(7, s.initiativeId());
        assertEquals(0, s.version());
        assertEquals("Kari Nordmann", s.name());
        assertEquals("Politicians", s.group());
        assertEquals(Level.POLITICAL, s.level());
        assertEquals("Decides the budget\nfor 2027", s.effect());
        assertEquals(-1, s.attitude());
        assertEquals(2, s.desiredAttitude());
        assertEquals(3, s.attitudeGap());
        assertEquals(5, s.influence());
        assertEquals(4, s.interest());
        assertEquals(Involvement.COLLABORATE, s.involvement());
        assertEquals("member", s.ownerKey());
        assertEquals(LocalDate.of(2026, 1, 10), s.lastContact());
        assertEquals(LocalDate.of(2026, 2, 1), s.nextContact());
        assertEquals("Prefers meetings\tin person", s.notes());
        assertEquals(Map.of("ANCHORING", AnchoringStatus.ANCHORED, "INSIGHT", AnchoringStatus.PLANNED), s.statusByPhase());
        assertEquals(Quadrant.MANAGE_CLOSELY, s.quadrant());
    }

    @Test
    public void optionalFieldsMayBeMissingOrBlank() {
        StakeholderDraft d = new StakeholderDraft("Ola", "Users", "USERS_AND_RELATIVES", " ", 0, 0, 1, 1, "INFORM",
                "", null, "  ", null, null, null);

        Stakeholder s = validator.validateNew(d, 7, PHASES);

        assertNull(s.effect());
        assertNull(s.ownerKey());
        assertNull(s.lastContact());
        assertNull(s.nextContact());
        assertNull(s.notes());
        assertTrue(s.statusByPhase().isEmpty());
    }

    @Test
    public void emptyDraftNamesEveryRequiredField() {
        StakeholderDraft d = new StakeholderDraft(null, " ", null, null, null, null, null, null, "", null, null, null,
                null, null, null);

        List<FieldError> errors = errors(d);

        assertEquals(List.of(
                FieldError.of("name", "roadmap.error.required", "roadmap.field.name"),
                FieldError.of("group", "roadmap.error.required", "roadmap.field.group"),
                FieldError.of("level", "roadmap.error.required", "roadmap.field.level"),
                FieldError.of("attitude", "roadmap.error.required", "roadmap.field.attitude"),
                FieldError.of("desiredAttitude", "roadmap.error.required", "roadmap.field.desiredAttitude"),
                FieldError.of("influence", "roadmap.error.required", "roadmap.field.influence"),
                FieldError.of("interest", "roadmap.error.required", "roadmap.field.interest"),
                FieldError.of("involvement", "roadmap.error.required", "roadmap.field.involvement")), errors);
        assertEquals(errors, errors(null));
    }

    @Test
    public void everyBadFieldIsNamedAtOnceInContractOrder() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("NOT_A_PHASE", "ANCHORED");
        statuses.put("INSIGHT", "DONE");
        StakeholderDraft d = new StakeholderDraft("x".repeat(256), "g".repeat(256), "MAYOR", "e".repeat(2001), -3, 3, 0,
                6, "IGNORE", "o".repeat(256), "2026-13-01", "01.02.2026", "n".repeat(4001), statuses, null);

        List<String> fields = errors(d).stream().map(FieldError::field).toList();

        assertEquals(List.of("name", "group", "level", "effect", "attitude", "desiredAttitude", "influence", "interest",
                "involvement", "owner", "lastContact", "nextContact", "notes", "statusByPhase.INSIGHT",
                "statusByPhase.NOT_A_PHASE"), fields);
    }

    @Test
    public void attitudeBoundariesAreMinusTwoAndPlusTwo() {
        assertEquals(-2, validator.validateNew(with(valid(), "attitude", -2), 7, PHASES).attitude());
        assertEquals(2, validator.validateNew(with(valid(), "attitude", 2), 7, PHASES).attitude());
        assertEquals(-2, validator.validateNew(with(valid(), "desiredAttitude", -2), 7, PHASES).desiredAttitude());
        assertEquals(2, validator.validateNew(with(valid(), "desiredAttitude", 2), 7, PHASES).desiredAttitude());
        assertError(with(valid(), "attitude", -3), "attitude", "roadmap.error.outOfRange", "roadmap.field.attitude", -2, 2);
        assertError(with(valid(), "attitude", 3), "attitude", "roadmap.error.outOfRange", "roadmap.field.attitude", -2, 2);
        assertError(with(valid(), "desiredAttitude", -3), "desiredAttitude", "roadmap.error.outOfRange",
                "roadmap.field.desiredAttitude", -2, 2);
        assertError(with(valid(), "desiredAttitude", 3), "desiredAttitude", "roadmap.error.outOfRange",
                "roadmap.field.desiredAttitude", -2, 2);
    }

    @Test
    public void influenceAndInterestBoundariesAreOneAndFive() {
        for (String field : List.of("influence", "interest")) {
            String label = "roadmap.field." + field;
            validator.validateNew(with(valid(), field, 1), 7, PHASES);
            validator.validateNew(with(valid(), field, 5), 7, PHASES);
            assertError(with(valid(), field, 0), field, "roadmap.error.outOfRange", label, 1, 5);
            assertError(with(valid(), field, 6), field, "roadmap.error.outOfRange", label, 1, 5);
            assertError(with(valid(), field, null), field, "roadmap.error.required", label);
        }
    }

    @Test
    public void textLimitsAreInclusive() {
        Map<String, Integer> limits = Map.of("name", 255, "group", 255, "owner", 255, "effect", 2000, "notes", 4000);
        limits.forEach((field, max) -> {
            validator.validateNew(with(valid(), field, "a".repeat(max)), 7, PHASES);
            assertError(with(valid(), field, "a".repeat(max + 1)), field, "roadmap.error.tooLong", "roadmap.field." + field, max);
        });
    }

    @Test
    public void lengthIsCountedAfterStripping() {
        assertEquals(255, validator.validateNew(with(valid(), "name", "  " + "a".repeat(255) + "\n"), 7, PHASES).name().length());
    }

    @Test
    public void controlCharactersAreRejectedButMultiLineFieldsKeepNewlinesAndTabs() {
        assertError(with(valid(), "name", "Kari\u0000"), "name", "roadmap.error.invalidValue", "roadmap.field.name");
        assertError(with(valid(), "name", "Kari\nNordmann"), "name", "roadmap.error.invalidValue", "roadmap.field.name");
        assertError(with(valid(), "group", "Users\tRelatives"), "group", "roadmap.error.invalidValue", "roadmap.field.group");
        assertError(with(valid(), "owner", "a\u001bb"), "owner", "roadmap.error.invalidValue", "roadmap.field.owner");
        assertError(with(valid(), "effect", "bell\u0007"), "effect", "roadmap.error.invalidValue", "roadmap.field.effect");
        assertError(with(valid(), "notes", "x\u0085y"), "notes", "roadmap.error.invalidValue", "roadmap.field.notes");
        Stakeholder s = validator.validateNew(with(with(valid(), "effect", "a\r\nb\rc\td"), "notes", "æøå\nÆØÅ"), 7, PHASES);
        assertEquals("a\nb\nc\td", s.effect());
        assertEquals("æøå\nÆØÅ", s.notes());
    }

    @Test
    public void unknownEnumValuesAreNamedWithTheValue() {
        assertError(with(valid(), "level", "MAYOR"), "level", "roadmap.error.unknownValue", "roadmap.field.level", "MAYOR");
        assertError(with(valid(), "involvement", "IGNORE"), "involvement", "roadmap.error.unknownValue",
                "roadmap.field.involvement", "IGNORE");
        assertEquals(Level.MIDDLE_MANAGEMENT,
                validator.validateNew(with(valid(), "level", " middle_management "), 7, PHASES).level());
    }

    @Test
    public void aVeryLongUnknownValueIsShortenedInTheMessage() {
        FieldError e = onlyError(with(valid(), "level", "X".repeat(500)));
        assertEquals(61, e.args().get(1).toString().length());
    }

    @Test
    public void datesMustBeStrictIsoDates() {
        for (String bad : List.of("2026-02-30", "01.02.2026", "2026-1-5", "2026-01-05T10:00", "+12026-01-01", "yesterday",
                "２０２６-01-01")) {
            assertError(with(with(valid(), "nextContact", null), "lastContact", bad), "lastContact",
                    "roadmap.error.invalidDate", "roadmap.field.lastContact");
            assertError(with(valid(), "nextContact", bad), "nextContact", "roadmap.error.invalidDate",
                    "roadmap.field.nextContact");
        }
        assertEquals(LocalDate.of(2024, 2, 29), validator.validateNew(with(with(valid(), "lastContact", " 2024-02-29 "),
                "nextContact", null), 7, PHASES).lastContact());
    }

    @Test
    public void nextContactMayNotBeBeforeLastContact() {
        assertError(with(with(valid(), "lastContact", "2026-03-02"), "nextContact", "2026-03-01"), "nextContact",
                "roadmap.error.dateOrder", "roadmap.field.nextContact", "roadmap.field.lastContact");
        Stakeholder sameDay = validator.validateNew(with(with(valid(), "lastContact", "2026-03-01"), "nextContact",
                "2026-03-01"), 7, PHASES);
        assertEquals(sameDay.lastContact(), sameDay.nextContact());
        validator.validateNew(with(with(valid(), "lastContact", null), "nextContact", "2020-01-01"), 7, PHASES);
    }

    @Test
    public void statusesOnlyForTheInitiativesPhasesAndKnownValues() {
        Map<String, String> statuses = new HashMap<>();
        statuses.put("PILOTING", "in_dialogue");
        statuses.put("INSIGHT", " ");
        statuses.put("ANCHORING", null);
        Stakeholder s = validator.validateNew(with(valid(), "statusByPhase", statuses), 7, PHASES);
        assertEquals(Map.of("PILOTING", AnchoringStatus.IN_DIALOGUE), s.statusByPhase());

        assertError(with(valid(), "statusByPhase", Map.of("PILOTING", "DONE")), "statusByPhase.PILOTING",
                "roadmap.error.unknownValue", "roadmap.field.statusByPhase", "DONE");
        assertError(with(valid(), "statusByPhase", Map.of("ANCHORING", "ANCHORED", "EVALUATION", "ANCHORED")),
                "statusByPhase.EVALUATION", "roadmap.error.unknownValue", "roadmap.field.statusByPhase", "EVALUATION");
        List<FieldError> fivePhases = assertThrows(RoadmapException.Invalid.class, () -> validator.validateNew(
                with(valid(), "statusByPhase", Map.of("SERVICE_DEVELOPMENT", "PLANNED")), 7,
                List.of("ANCHORING", "INSIGHT", "PILOTING", "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES"))).errors();
        assertEquals("statusByPhase.SERVICE_DEVELOPMENT", fivePhases.get(0).field());
    }

    @Test
    public void statusesAreKeptInPhaseOrder() {
        Map<String, String> statuses = new HashMap<>();
        statuses.put("NEW_PRACTICES", "PLANNED");
        statuses.put("ANCHORING", "ANCHORED");
        statuses.put("PILOTING", "NOT_STARTED");
        Stakeholder s = validator.validateNew(with(valid(), "statusByPhase", statuses), 7, PHASES);
        assertEquals(List.of("ANCHORING", "PILOTING", "NEW_PRACTICES"), List.copyOf(s.statusByPhase().keySet()));
    }

    @Test
    public void changeNeedsAVersionAndKeepsWhatIsNotSent() {
        Stakeholder current = validator.validateNew(valid(), 7, PHASES).withId(12, 4);
        StakeholderDraft noVersion = with(valid(), "version", null);
        List<FieldError> errors = assertThrows(RoadmapException.Invalid.class,
                () -> validator.validateChange(with(noVersion, "name", ""), current, PHASES)).errors();
        assertEquals(List.of("name", "version"), errors.stream().map(FieldError::field).toList());

        Stakeholder changed = validator.validateChange(with(with(with(valid(), "notes", null), "statusByPhase", null),
                "attitude", 1), current, PHASES);
        assertEquals(12, changed.id());
        assertEquals(4, changed.version());
        assertEquals(1, changed.attitude());
        assertEquals(current.notes(), changed.notes());
        assertEquals(current.statusByPhase(), changed.statusByPhase());

        Stakeholder cleared = validator.validateChange(with(with(valid(), "notes", ""), "statusByPhase", Map.of()),
                current, PHASES);
        assertNull(cleared.notes());
        assertTrue(cleared.statusByPhase().isEmpty());
    }

    @Test
    public void oneStatusCanBeSetOrCleared() {
        Stakeholder current = validator.validateNew(valid(), 7, PHASES);
        Stakeholder set = validator.validateStatus(current, "PILOTING", "anchored", PHASES);
        assertEquals(AnchoringStatus.ANCHORED, set.statusIn("PILOTING").orElseThrow());
        Stakeholder cleared = validator.validateStatus(set, "ANCHORING", "", PHASES);
        assertTrue(cleared.statusIn("ANCHORING").isEmpty());
        assertEquals(FieldError.of("statusByPhase.PILOTING", "roadmap.error.unknownValue", "roadmap.field.statusByPhase", "YES"),
                assertThrows(RoadmapException.Invalid.class,
                        () -> validator.validateStatus(current, "PILOTING", "YES", PHASES)).errors().get(0));
        assertEquals("statusByPhase.ELSEWHERE", assertThrows(RoadmapException.Invalid.class,
                () -> validator.validateStatus(current, "ELSEWHERE", "ANCHORED", PHASES)).errors().get(0).field());
        assertEquals("phaseKey", assertThrows(RoadmapException.Invalid.class,
                () -> validator.validateStatus(current, " ", "ANCHORED", PHASES)).errors().get(0).field());
    }
}
