package no.veikart.roadmap.phase.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.phase.domain.GateCondition;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeRepository;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.StepProgress;

/**
 * The phase gate inside Jira's own workflow: attached to the "Done" transition of phase issues, it refuses to close a
 * phase whose mandatory steps are open, listing them. Overrides with a reason go through the roadmap panel, where the
 * reason is recorded; the workflow has no place for one. The other features' gate rules (the HUKI matrix for leaving
 * Service development) apply here as over REST.
 */
public class PhaseGateValidator implements Validator {
    private final InitiativeRepository initiatives;
    private final JiraAuthenticationContext authenticationContext;
    private final Texts texts;
    private final GateCondition conditions;

    /** {@code conditions}: the other features' rules for leaving a phase (the HUKI matrix), as the REST gate applies them. */
    public PhaseGateValidator(InitiativeRepository initiatives, JiraAuthenticationContext authenticationContext, Texts texts,
            GateCondition conditions) {
        this.initiatives = initiatives;
        this.authenticationContext = authenticationContext;
        this.texts = texts;
        this.conditions = conditions;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Object value = transientVars == null ? null : transientVars.get("issue");
        if (!(value instanceof Issue issue) || issue.getId() == null) {
            return;
        }
        Initiative initiative = initiatives.findByAnyIssueId(issue.getId()).orElse(null);
        if (initiative == null) {
            return;
        }
        PhaseProgress phase = initiative.phaseByIssueId(issue.getId()).orElse(null);
        if (phase == null) {
            return;
        }
        List<StepProgress> open = phase.openMandatorySteps();
        if (!open.isEmpty()) {
            Locale locale = authenticationContext.getLocale();
            String names = String.join(", ", open.stream()
                    .map(s -> s.customName() != null ? s.customName() : texts.text(locale, s.nameKey())).toList());
            String phaseName = phase.customName() != null ? phase.customName() : texts.text(locale, phase.nameKey());
            throw new InvalidInputException(texts.text(locale, "roadmap.gate.blocked", phaseName, names));
        }
        List<GateCondition.GateRequirement> unmet = conditions.unmet(initiative.id(), phase.phaseKey());
        if (!unmet.isEmpty()) {
            Locale locale = authenticationContext.getLocale();
            throw new InvalidInputException(String.join(" ", unmet.stream()
                    .map(r -> texts.text(locale, r.key(), r.args().toArray())).toList()));
        }
    }
}
