package no.veikart.roadmap.stakeholder.domain;

import no.veikart.roadmap.initiative.domain.InitiativeRef;
import static no.veikart.roadmap.stakeholder.domain.AnchoringStatus.ANCHORED;
import static no.veikart.roadmap.stakeholder.domain.AnchoringStatus.IN_DIALOGUE;
import static no.veikart.roadmap.stakeholder.domain.AnchoringStatus.NOT_STARTED;
import static no.veikart.roadmap.stakeholder.domain.AnchoringStatus.PLANNED;
import static no.veikart.roadmap.stakeholder.domain.Stakeholders.PHASES;
import static no.veikart.roadmap.stakeholder.domain.Stakeholders.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class AnchoringCoverageTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** Someone anchored in {@code phase} at each expected level: no level or staleness warnings. */
    private static List<Stakeholder> allLevelsAnchored(String phase) {
        List<Stakeholder> list = new ArrayList<>();
        long id = 1;
        for (Level level : Level.values()) {
            if (level.expected()) {
                list.add(at(id++, level, level.name(), phase, ANCHORED));
            }
        }
        return list;
    }

    private static Coverage evaluate(List<Stakeholder> list, String phase) {
        return AnchoringCoverage.evaluate(list, PHASES, phase, TODAY);
    }

    private static List<String> keys(Coverage c) {
        return c.warnings().stream().map(Warning::key).toList();
    }

    private static List<Warning> warnings(Coverage c, String key) {
        return c.warnings().stream().filter(w -> w.key().equals(key)).toList();
    }

    @Test
    public void noStakeholdersGivesOnlyTheGuideEarlyOn() {
        Coverage c = evaluate(List.of(), "ANCHORING");

        assertEquals(List.of(new Warning(AnchoringCoverage.NO_STAKEHOLDERS, List.of(), null, List.of())), c.warnings());
        assertEquals(0, c.total());
        assertEquals(6, c.byLevel().size());
        assertTrue(c.byLevel().values().stream().allMatch(l -> l.count() == 0 && !l.covered() && l.best() == null));
        assertTrue(c.stale().isEmpty());
        assertEquals(List.of(Level.POLITICAL, Level.ADMINISTRATIVE_LEADERSHIP, Level.MIDDLE_MANAGEMENT, Level.STAFF,
                Level.USERS_AND_RELATIVES), c.uncoveredLevels());
    }

    @Test
    public void noStakeholdersInPilotingAlsoWarnsAboutPoliticalAnchoring() {
        assertEquals(List.of(AnchoringCoverage.NO_STAKEHOLDERS, AnchoringCoverage.POLITICAL_NOT_ANCHORED),
                keys(evaluate(List.of(), "PILOTING")));
    }

    @Test
    public void wellAnchoredInitiativeHasNoWarnings() {
        Coverage c = evaluate(allLevelsAnchored("PILOTING"), "PILOTING");

        assertEquals(List.of(), c.warnings());
        assertTrue(c.stale().isEmpty());
        assertEquals(List.of(), c.uncoveredLevels());
        assertFalse("external is optional and not covered", c.level(Level.EXTERNAL).covered());
    }

    @Test
    public void levelMissingForEachExpectedLevelWithNobodyButNotForExternal() {
        List<Stakeholder> list = List.of(at(1, Level.STAFF, "Nurses", "ANCHORING", PLANNED),
                at(2, Level.EXTERNAL, "Supplier", "ANCHORING", ANCHORED));

        List<Warning> missing = warnings(evaluate(list, "ANCHORING"), AnchoringCoverage.LEVEL_MISSING);

        assertEquals(List.of(Level.POLITICAL, Level.ADMINISTRATIVE_LEADERSHIP, Level.MIDDLE_MANAGEMENT,
                Level.USERS_AND_RELATIVES), missing.stream().map(Warning::level).toList());
        assertEquals(List.of("roadmap.stakeholder.level.POLITICAL"), missing.get(0).args());
    }

    @Test
    public void levelWithSomebodyNotAnchoredIsNotMissingButUncovered() {
        List<Stakeholder> list = new ArrayList<>(allLevelsAnchored("ANCHORING"));
        list.set(0, at(1, Level.POLITICAL, "Council", "ANCHORING", IN_DIALOGUE));

        Coverage c = evaluate(list, "ANCHORING");

        assertTrue(warnings(c, AnchoringCoverage.LEVEL_MISSING).isEmpty());
        assertEquals(List.of(Level.POLITICAL), c.uncoveredLevels());
        assertEquals(new Coverage.LevelCoverage(Level.POLITICAL, 1, 0, IN_DIALOGUE, false), c.level(Level.POLITICAL));
    }

    @Test
    public void politicalWarningStartsAtServiceDevelopment() {
        for (String phase : PHASES) {
            List<Stakeholder> list = new ArrayList<>(allLevelsAnchored(phase));
            list.set(0, at(1, Level.POLITICAL, "Council", phase, IN_DIALOGUE));
            List<Warning> w = warnings(evaluate(list, phase), AnchoringCoverage.POLITICAL_NOT_ANCHORED);
            boolean due = PHASES.indexOf(phase) >= PHASES.indexOf("SERVICE_DEVELOPMENT");
            assertEquals(phase, due ? 1 : 0, w.size());
            if (due) {
                assertEquals(new Warning(AnchoringCoverage.POLITICAL_NOT_ANCHORED,
                        List.of("roadmap.phase." + phase + ".name"), Level.POLITICAL, List.of(1L)), w.get(0));
            }
        }
    }

    @Test
    public void politicalAnchoringMustBeRenewedInTheCurrentPhase() {
        List<Stakeholder> list = new ArrayList<>(allLevelsAnchored("PILOTING"));
        list.set(0, at(1, Level.POLITICAL, "Council", "SERVICE_DEVELOPMENT", ANCHORED).withStatus("PILOTING", PLANNED));

        assertEquals(1, warnings(evaluate(list, "PILOTING"), AnchoringCoverage.POLITICAL_NOT_ANCHORED).size());
        list.add(at(9, Level.POLITICAL, "Mayor", "PILOTING", ANCHORED));
        assertEquals(0, warnings(evaluate(list, "PILOTING"), AnchoringCoverage.POLITICAL_NOT_ANCHORED).size());
    }

    @Test
    public void politicalThresholdFollowsTheTemplate() {
        List<String> fivePhases = List.of("ANCHORING", "INSIGHT", "PILOTING", "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES");
        assertFalse(AnchoringCoverage.politicalAnchoringDue(fivePhases, "INSIGHT"));
        assertTrue(AnchoringCoverage.politicalAnchoringDue(fivePhases, "PILOTING"));
        assertFalse(AnchoringCoverage.politicalAnchoringDue(List.of("IDEA", "DO"), "DO"));
        assertFalse(AnchoringCoverage.politicalAnchoringDue(PHASES, "UNKNOWN"));
        assertTrue(AnchoringCoverage.politicalAnchoringDue(PHASES, "NEW_PRACTICES"));
    }

    @Test
    public void negativeAttitudeWithHighInfluenceIsFlaggedPerStakeholder() {
        List<Stakeholder> list = new ArrayList<>(allLevelsAnchored("INSIGHT"));
        list.add(Stakeholders.attitude(at(10, Level.MIDDLE_MANAGEMENT, "Unit head", "INSIGHT", ANCHORED), -1, 1, 4));
        list.add(Stakeholders.attitude(at(11, Level.STAFF, "Union", "INSIGHT", ANCHORED), -2, 0, 5));
        list.add(Stakeholders.attitude(at(12, Level.STAFF, "Sceptic, low power", "INSIGHT", ANCHORED), -2, 0, 3));
        list.add(Stakeholders.attitude(at(13, Level.POLITICAL, "Neutral, high power", "INSIGHT", ANCHORED), 0, 2, 5));

        List<Warning> w = warnings(evaluate(list, "INSIGHT"), AnchoringCoverage.NEGATIVE_HIGH_INFLUENCE);

        assertEquals(List.of(
                new Warning(AnchoringCoverage.NEGATIVE_HIGH_INFLUENCE, List.of("Unit head", -1, 4), Level.MIDDLE_MANAGEMENT, List.of(10L)),
                new Warning(AnchoringCoverage.NEGATIVE_HIGH_INFLUENCE, List.of("Union", -2, 5), Level.STAFF, List.of(11L))), w);
    }

    @Test
    public void overdueContactsAreStaleAndWarnedOldestFirst() {
        List<Stakeholder> list = new ArrayList<>(allLevelsAnchored("INSIGHT"));
        list.add(Stakeholders.next(at(10, Level.STAFF, "Due today", "INSIGHT", ANCHORED), TODAY));
        list.add(Stakeholders.next(at(11, Level.STAFF, "Yesterday", "INSIGHT", ANCHORED), TODAY.minusDays(1)));
        list.add(Stakeholders.next(at(12, Level.STAFF, "Last month", "INSIGHT", ANCHORED), TODAY.minusMonths(1)));
        list.add(Stakeholders.next(at(13, Level.STAFF, "Next week", "INSIGHT", ANCHORED), TODAY.plusWeeks(1)));

        Coverage c = evaluate(list, "INSIGHT");

        assertEquals(List.of(
                new Warning(AnchoringCoverage.CONTACT_OVERDUE, List.of("Last month", TODAY.minusMonths(1)), Level.STAFF, List.of(12L)),
                new Warning(AnchoringCoverage.CONTACT_OVERDUE, List.of("Yesterday", TODAY.minusDays(1)), Level.STAFF, List.of(11L))),
                c.warnings());
        assertEquals(List.of(
                new Coverage.StaleStakeholder(11, "Yesterday", Level.STAFF, TODAY.minusDays(1), List.of(Coverage.StaleReason.CONTACT_OVERDUE)),
                new Coverage.StaleStakeholder(12, "Last month", Level.STAFF, TODAY.minusMonths(1), List.of(Coverage.StaleReason.CONTACT_OVERDUE))),
                c.stale());
    }

    @Test
    public void stakeholdersWithoutStatusInTheCurrentPhaseAreStaleInOneWarning() {
        List<Stakeholder> list = new ArrayList<>(allLevelsAnchored("INSIGHT"));
        list.add(at(10, Level.STAFF, "Only anchoring", "ANCHORING", ANCHORED));
        list.add(at(11, Level.STAFF, "Nothing at all"));
        list.add(at(12, Level.STAFF, "Looked at, not started", "INSIGHT", NOT_STARTED));
        list.add(Stakeholders.next(at(13, Level.STAFF, "Both"), TODAY.minusDays(2)));

        Coverage c = evaluate(list, "INSIGHT");

        assertEquals(new Warning(AnchoringCoverage.NOT_UPDATED_IN_PHASE, List.of(3, "roadmap.phase.INSIGHT.name"), null,
                List.of(10L, 11L, 13L)), warnings(c, AnchoringCoverage.NOT_UPDATED_IN_PHASE).get(0));
        assertEquals(List.of(10L, 11L, 13L), c.stale().stream().map(Coverage.StaleStakeholder::stakeholderId).toList());
        assertEquals(List.of(Coverage.StaleReason.CONTACT_OVERDUE, Coverage.StaleReason.NO_STATUS_IN_PHASE),
                c.stale().get(2).reasons());
        assertEquals(List.of(AnchoringCoverage.CONTACT_OVERDUE, AnchoringCoverage.NOT_UPDATED_IN_PHASE), keys(c));
    }

    @Test
    public void warningsComeMostUrgentFirst() {
        List<Stakeholder> list = List.of(
                Stakeholders.next(Stakeholders.attitude(at(1, Level.STAFF, "Union"), -2, 1, 5), TODAY.minusDays(1)));

        assertEquals(List.of(AnchoringCoverage.POLITICAL_NOT_ANCHORED, AnchoringCoverage.LEVEL_MISSING,
                AnchoringCoverage.LEVEL_MISSING, AnchoringCoverage.LEVEL_MISSING, AnchoringCoverage.LEVEL_MISSING,
                AnchoringCoverage.NEGATIVE_HIGH_INFLUENCE, AnchoringCoverage.CONTACT_OVERDUE,
                AnchoringCoverage.NOT_UPDATED_IN_PHASE), keys(evaluate(list, "PILOTING")));
    }

    @Test
    public void levelCountsBestStatusAndMatrix() {
        List<Stakeholder> list = List.of(
                at(1, Level.STAFF, "A", "ANCHORING", ANCHORED).withStatus("INSIGHT", PLANNED),
                at(2, Level.STAFF, "B", "ANCHORING", IN_DIALOGUE).withStatus("INSIGHT", ANCHORED),
                at(3, Level.STAFF, "C", "INSIGHT", ANCHORED).withStatus("OLD_PHASE", ANCHORED),
                at(4, Level.POLITICAL, "D", "ANCHORING", PLANNED));

        Coverage c = evaluate(list, "INSIGHT");

        assertEquals(new Coverage.LevelCoverage(Level.STAFF, 3, 2, ANCHORED, true), c.level(Level.STAFF));
        assertEquals(new Coverage.LevelCoverage(Level.POLITICAL, 1, 0, null, false), c.level(Level.POLITICAL));
        assertEquals(Map.of("ANCHORING", ANCHORED, "INSIGHT", ANCHORED), c.byLevelAndPhase().get(Level.STAFF));
        assertEquals(List.of("ANCHORING", "INSIGHT"), List.copyOf(c.byLevelAndPhase().get(Level.STAFF).keySet()));
        assertEquals(Map.of("ANCHORING", PLANNED), c.byLevelAndPhase().get(Level.POLITICAL));
        assertEquals(Map.of(), c.byLevelAndPhase().get(Level.EXTERNAL));
        assertEquals(4, c.total());
        assertNull(c.level(Level.EXTERNAL).best());
    }

    @Test
    public void coverageIsImmutable() {
        Coverage c = evaluate(List.of(at(1, Level.STAFF, "A")), "ANCHORING");
        assertThrows(UnsupportedOperationException.class, () -> c.byLevel().remove(Level.STAFF));
        assertThrows(UnsupportedOperationException.class, () -> c.byLevelAndPhase().get(Level.STAFF).put("X", ANCHORED));
        assertThrows(UnsupportedOperationException.class, () -> c.warnings().clear());
        assertThrows(UnsupportedOperationException.class, () -> c.stale().clear());
        assertThrows(UnsupportedOperationException.class, () -> c.warnings().get(0).stakeholderIds().clear());
    }

    @Test
    public void evaluateWithAnInitiativeRefUsesItsPhases() {
        InitiativeRef ref = new InitiativeRef(1, 100, "DEMO-1", "DEMO", List.of("ANCHORING", "PILOTING"), "PILOTING");
        Coverage c = AnchoringCoverage.evaluate(List.of(at(1, Level.STAFF, "A", "PILOTING", ANCHORED)), ref, TODAY);
        assertEquals("PILOTING", c.currentPhase());
        assertEquals(1, warnings(c, AnchoringCoverage.POLITICAL_NOT_ANCHORED).size());
    }
}
