package no.veikart.roadmap.phase.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.workflow.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.phase.domain.DefaultTemplate;
import no.veikart.roadmap.phase.domain.GateCondition;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeRepository;
import no.veikart.roadmap.phase.domain.InitiativeStatus;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.phase.domain.PhaseDefinition;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.PhaseStatus;
import no.veikart.roadmap.phase.domain.StepDefinition;
import no.veikart.roadmap.phase.domain.StepProgress;
import no.veikart.roadmap.platform.i18n.BundleTexts;
import org.junit.Test;

public class PhaseGateValidatorTest {
    private final InitiativeRepository repository = mock(InitiativeRepository.class);
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final PhaseGateValidator validator = new PhaseGateValidator(repository, auth, new BundleTexts(),
            GateCondition.NONE);

    @Test
    public void closingAPhaseWithOpenMandatoryStepsIsRefusedWithTheStepsNamed() {
        Initiative initiative = initiative(false);
        when(repository.findByAnyIssueId(11L)).thenReturn(Optional.of(initiative));
        when(auth.getLocale()).thenReturn(Locale.forLanguageTag("nb"));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> validator.validate(Map.of("issue", issue(11L)), Map.of(), null));

        assertTrue(e.getMessage(), e.getMessage().contains("Forankring"));
        assertTrue(e.getMessage(), e.getMessage().contains("Bygg"));
    }

    /** Stands for the HUKI rule: the phase this initiative leaves needs a matrix it does not have. */
    @Test
    public void anotherFeaturesGateRuleRefusesAsTheRestGateDoes() throws Exception {
        Initiative done = initiative(true);
        when(repository.findByAnyIssueId(11L)).thenReturn(Optional.of(done));
        when(auth.getLocale()).thenReturn(Locale.ENGLISH);
        String expected = new BundleTexts().text(Locale.ENGLISH, "roadmap.roles.gate.empty");
        PhaseGateValidator withoutMatrix = new PhaseGateValidator(repository, auth, new BundleTexts(),
                (initiativeId, phaseKey) -> initiativeId == done.id() && "ANCHORING".equals(phaseKey)
                        ? List.of(new GateCondition.GateRequirement("ROLES_MATRIX", "roadmap.roles.gate.empty", List.of()))
                        : List.of());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> withoutMatrix.validate(Map.of("issue", issue(11L)), Map.of(), null));

        assertEquals(expected, e.getMessage());
    }

    @Test
    public void closingAPhaseWithMandatoryStepsDoneAndOtherIssuesPass() throws Exception {
        when(repository.findByAnyIssueId(11L)).thenReturn(Optional.of(initiative(true)));
        when(repository.findByAnyIssueId(99L)).thenReturn(Optional.empty());

        assertEquals("phase issue with its mandatory steps done", null, refusal(11L));
        assertEquals("issue of no initiative", null, refusal(99L));
        // The phase was found and its steps read: a pass, not an initiative that was never looked up.
        verify(repository).findByAnyIssueId(11L);
        verify(repository).findByAnyIssueId(99L);
        verify(auth, never()).getLocale();
        // The same phase with its mandatory steps open is refused: the pass above depends on the steps.
        when(repository.findByAnyIssueId(11L)).thenReturn(Optional.of(initiative(false)));
        when(auth.getLocale()).thenReturn(Locale.ENGLISH);
        assertNotNull(refusal(11L));
    }

    @Test
    public void issuesWithoutAnIdAndTransitionsWithoutAnIssueAreNotLookedUp() throws Exception {
        assertEquals(null, refusal(null));
        validator.validate(Map.of(), Map.of(), null);

        verifyNoInteractions(repository);
    }

    /** The validator's refusal message for the issue, or null when it lets the transition pass. */
    private String refusal(Long issueId) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(issueId);
        try {
            validator.validate(Map.of("issue", issue), Map.of(), null);
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    private static Issue issue(long id) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        return issue;
    }

    private static Initiative initiative(boolean mandatoryDone) {
        List<PhaseProgress> phases = new ArrayList<>();
        long id = 10;
        for (PhaseDefinition p : DefaultTemplate.create().phases()) {
            long phaseId = ++id;
            List<StepProgress> steps = new ArrayList<>();
            for (StepDefinition s : p.steps()) {
                steps.add(new StepProgress(s.key(), null, new IssueRef(100 + steps.size() + phaseId * 10, "D-x"), s.mandatory(),
                        mandatoryDone && s.mandatory(), null, null));
            }
            phases.add(new PhaseProgress(p.key(), null, new IssueRef(phaseId, "D-" + phaseId), PhaseStatus.ACTIVE, steps));
        }
        return new Initiative(1, new IssueRef(1, "D-1"), "D", "x", 1, "ANCHORING", InitiativeStatus.ACTIVE, 0, 0, phases, List.of());
    }
}
