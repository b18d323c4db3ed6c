package no.veikart.roadmap.stakeholder.communication.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.stakeholder.domain.Involvement;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import org.junit.Test;

public class CommunicationRulesTest {
    static final List<String> PHASES = List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING",
            "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static Stakeholder stakeholder(long id, Level level) {
        return new Stakeholder(id, 1, "S" + id, "Group", level, null, 0, 1, 3, 3, Involvement.CONSULT, null, null, null, null,
                Map.of(), 0);
    }

    static Communication entry(long id, Level level, Long stakeholderId, LocalDate date, CommunicationStatus status) {
        return new Communication(id, 1, level, stakeholderId, "m" + id, Channel.EMAIL, date, null, status, null, 0);
    }

    private static List<String> codes(List<CommunicationWarning> warnings) {
        return warnings.stream().map(w -> w.code() + (w.entryId() != null ? ":" + w.entryId() : "")
                + (w.level() != null ? ":" + w.level() : "")).toList();
    }

    @Test
    public void aPlannedEntryPastItsDateIsOverdueButNotOnTheDayNorWhenDoneOrCancelled() {
        List<Communication> entries = List.of(
                entry(1, Level.STAFF, null, TODAY.minusDays(1), CommunicationStatus.PLANNED),
                entry(2, Level.STAFF, null, TODAY, CommunicationStatus.PLANNED),
                entry(3, Level.STAFF, null, TODAY.minusDays(30), CommunicationStatus.DONE),
                entry(4, Level.STAFF, null, TODAY.minusDays(30), CommunicationStatus.CANCELLED));
        assertEquals(List.of("OVERDUE:1"), codes(CommunicationRules.warnings(entries, Map.of(), PHASES, "NEW_PRACTICES", TODAY)));
        CommunicationWarning w = CommunicationRules.warnings(entries, Map.of(), PHASES, "NEW_PRACTICES", TODAY).get(0);
        assertEquals(List.of(TODAY.minusDays(1), "roadmap.communication.channel.EMAIL"), w.args());
    }

    @Test
    public void beforePilotingALevelWithStakeholdersNeedsAnEntryAtTheLevelOrAtOneOfItsStakeholders() {
        Map<Long, Stakeholder> stakeholders = Map.of(
                10L, stakeholder(10, Level.POLITICAL), 11L, stakeholder(11, Level.STAFF),
                12L, stakeholder(12, Level.USERS_AND_RELATIVES), 13L, stakeholder(13, Level.EXTERNAL));
        List<Communication> entries = List.of(
                entry(1, Level.POLITICAL, null, TODAY.plusDays(5), CommunicationStatus.PLANNED),
                entry(2, null, 11L, TODAY.minusDays(5), CommunicationStatus.DONE),
                entry(3, Level.USERS_AND_RELATIVES, null, TODAY.plusDays(5), CommunicationStatus.CANCELLED),
                entry(4, Level.MIDDLE_MANAGEMENT, null, TODAY.plusDays(5), CommunicationStatus.PLANNED));

        // Cancelled does not count; a level without stakeholders is not warned about; external counts like any level.
        assertEquals(List.of("LEVEL_NOT_REACHED:USERS_AND_RELATIVES", "LEVEL_NOT_REACHED:EXTERNAL"),
                codes(CommunicationRules.warnings(entries, stakeholders, PHASES, "SERVICE_DEVELOPMENT", TODAY)));
        assertEquals(List.of("roadmap.stakeholder.level.USERS_AND_RELATIVES"),
                CommunicationRules.warnings(entries, stakeholders, PHASES, "ANCHORING", TODAY).get(0).args());
    }

    @Test
    public void fromPilotingOnOrWithoutPilotingInTheTemplateLevelsAreNotWarnedAbout() {
        Map<Long, Stakeholder> stakeholders = Map.of(10L, stakeholder(10, Level.POLITICAL));
        assertEquals(1, CommunicationRules.warnings(List.of(), stakeholders, PHASES, "SERVICE_DEVELOPMENT", TODAY).size());
        assertTrue(CommunicationRules.warnings(List.of(), stakeholders, PHASES, "PILOTING", TODAY).isEmpty());
        assertTrue(CommunicationRules.warnings(List.of(), stakeholders, PHASES, "NEW_PRACTICES", TODAY).isEmpty());
        assertFalse(CommunicationRules.beforePiloting(List.of("ANCHORING", "INSIGHT"), "ANCHORING"));
        assertTrue(CommunicationRules.beforePiloting(PHASES, "ANCHORING"));
    }

    @Test
    public void anEntryForARemovedStakeholderReachesNoLevel() {
        Map<Long, Stakeholder> stakeholders = Map.of(10L, stakeholder(10, Level.POLITICAL));
        List<Communication> entries = List.of(entry(1, null, 99L, TODAY.plusDays(1), CommunicationStatus.PLANNED));
        assertEquals(List.of("LEVEL_NOT_REACHED:POLITICAL"), codes(CommunicationRules.warnings(entries, stakeholders, PHASES, "INSIGHT", TODAY)));
    }

    @Test
    public void thePlanIsOrderedByDateThenId() {
        List<Communication> sorted = List.of(
                entry(5, Level.STAFF, null, TODAY, CommunicationStatus.PLANNED),
                entry(2, Level.STAFF, null, TODAY.plusDays(1), CommunicationStatus.PLANNED),
                entry(3, Level.STAFF, null, TODAY, CommunicationStatus.PLANNED),
                entry(1, Level.STAFF, null, TODAY.minusDays(9), CommunicationStatus.DONE))
                .stream().sorted(CommunicationRules.ORDER).toList();
        assertEquals(List.of(1L, 3L, 5L, 2L), sorted.stream().map(Communication::id).toList());
    }
}
