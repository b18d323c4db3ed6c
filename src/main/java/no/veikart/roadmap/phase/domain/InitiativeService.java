package no.veikart.roadmap.phase.domain;

import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.initiative.domain.DataChanges;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.InputRules;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;

/** Use cases of initiatives: create with phase and step issues, read, tick steps, move between phases. */
public class InitiativeService {
    public static final int MAX_SUMMARY = 200;

    private final InitiativeRepository initiatives;
    private final TemplateService templates;
    private final IssueTracker issues;
    private final AccessControl access;
    private final ProjectSetup setup;
    private final Texts texts;
    private final Clock clock;
    private final DataChanges changes;
    private final CreationJournal journal;
    private final AuditLog audit;
    private final GateCondition gateCondition;
    private final DecisionAdvice advice;
    static final int JIRA_MAX_SUMMARY = 255;

    public InitiativeService(InitiativeRepository initiatives, TemplateService templates, IssueTracker issues,
            AccessControl access, ProjectSetup setup, Texts texts, Clock clock, CreationJournal journal, AuditLog audit) {
        this(initiatives, templates, issues, access, setup, texts, clock, journal, audit, DataChanges.NONE);
    }

    /** {@code changes} hears of every new initiative and phase move (the portfolio cache). */
    public InitiativeService(InitiativeRepository initiatives, TemplateService templates, IssueTracker issues,
            AccessControl access, ProjectSetup setup, Texts texts, Clock clock, CreationJournal journal, AuditLog audit,
            DataChanges changes) {
        this(initiatives, templates, issues, access, setup, texts, clock, journal, audit, changes, GateCondition.NONE);
    }

    /**
     * {@code gateCondition} is other features' rule for leaving a phase (e.g. the HUKI matrix); several combine with
     * {@link GateCondition#all}.
     */
    public InitiativeService(InitiativeRepository initiatives, TemplateService templates, IssueTracker issues,
            AccessControl access, ProjectSetup setup, Texts texts, Clock clock, CreationJournal journal, AuditLog audit,
            DataChanges changes, GateCondition gateCondition) {
        this(initiatives, templates, issues, access, setup, texts, clock, journal, audit, changes, gateCondition,
                DecisionAdvice.NONE);
    }

    /** {@code advice} is the pilot evaluation's recommendation; a piloting decision records whether it followed it. */
    public InitiativeService(InitiativeRepository initiatives, TemplateService templates, IssueTracker issues,
            AccessControl access, ProjectSetup setup, Texts texts, Clock clock, CreationJournal journal, AuditLog audit,
            DataChanges changes, GateCondition gateCondition, DecisionAdvice advice) {
        this.advice = advice;
        this.gateCondition = gateCondition;
        this.changes = changes;
        this.initiatives = initiatives;
        this.templates = templates;
        this.issues = issues;
        this.access = access;
        this.setup = setup;
        this.texts = texts;
        this.clock = clock;
        this.journal = journal;
        this.audit = audit;
    }

    /**
     * Creates the initiative issue, one linked issue per phase and a sub-task per step; all or nothing. A failure
     * removes the issues made so far; a crash leaves them in the {@link CreationJournal} for {@link CreationRecovery}.
     */
    public Initiative create(Actor actor, String projectKey, String summary, Long templateId) {
        requireActor(actor);
        List<FieldError> errors = new ArrayList<>();
        String project = blankToNull(projectKey);
        String title = blankToNull(summary);
        if (project == null) {
            errors.add(FieldError.of("projectKey", "roadmap.error.required", "roadmap.field.projectKey"));
        }
        if (title == null) {
            errors.add(FieldError.of("summary", "roadmap.error.required", "roadmap.field.summary"));
        } else if (!InputRules.isCleanText(title, false)) {
            errors.add(FieldError.of("summary", "roadmap.error.invalidValue", "roadmap.field.summary"));
        } else if (title.length() > MAX_SUMMARY) {
            errors.add(FieldError.of("summary", "roadmap.error.tooLong", "roadmap.field.summary", MAX_SUMMARY));
        }
        if (!errors.isEmpty()) {
            throw new RoadmapException.Invalid(errors);
        }
        if (!access.canBrowseProject(actor, project)) {
            access.refused(actor, AccessControl.BROWSE, project);
            throw new RoadmapException.NotFound();
        }
        if (!access.canCreateIssues(actor, project)) {
            access.refused(actor, AccessControl.CREATE, project);
            throw new RoadmapException.Forbidden();
        }
        RoadmapTemplate template = templateId == null ? templates.builtIn()
                : templates.find(templateId).orElseThrow(() -> new RoadmapException.Invalid(
                        FieldError.of("templateId", "roadmap.error.unknownValue", "roadmap.field.templateId", templateId)));
        List<String> phaseKeys = template.phases().stream().map(PhaseDefinition::key).toList();
        RoadmapIssueTypes types = setup.issueTypes(project, phaseKeys)
                .orElseThrow(() -> new RoadmapException.Conflict(FieldError.of("projectKey", "roadmap.setup.required", project)));

        long journalId = journal.begin(project, actor.userKey(), clock.instant());
        List<IssueRef> created = new ArrayList<>();
        Consumer<IssueRef> made = issue -> {
            created.add(issue);
            journal.created(journalId, issue);
        };
        Initiative stored;
        try {
            stored = initiatives.create(createIssues(actor, project, title, template, types, made));
            changes.changed();
        } catch (RuntimeException e) {
            if (compensate(actor, created, e)) {
                forget(journalId);
            }
            throw e;
        }
        forget(journalId);
        return stored;
    }

    /** A journal entry left behind is harmless: recovery sees the stored initiative and only forgets it. */
    private void forget(long journalId) {
        try {
            journal.finish(journalId);
        } catch (RuntimeException e) {
            // Left for CreationRecovery at the next start.
        }
    }

    private Initiative createIssues(Actor actor, String project, String title, RoadmapTemplate template,
            RoadmapIssueTypes types, Consumer<IssueRef> made) {
        IssueRef initiativeIssue = issues.create(actor, project, types.initiativeTypeId(), title,
                texts.text(actor.locale(), "roadmap.initiative.issueDescription", templateName(actor, template)));
        made.accept(initiativeIssue);
        List<PhaseProgress> phases = new ArrayList<>();
        String first = template.phases().get(0).key();
        for (PhaseDefinition phase : template.phases()) {
            String phaseName = phase.customName() != null ? phase.customName() : texts.text(actor.locale(), phase.nameKey());
            IssueRef phaseIssue = issues.create(actor, project, types.phaseTypeId(phase.key()).orElseThrow(),
                    jiraSummary(phaseName + ": " + title),
                    texts.text(actor.locale(), "roadmap.phase." + phase.key() + ".description"));
            made.accept(phaseIssue);
            issues.link(actor, initiativeIssue, phaseIssue, types.linkTypeId());
            List<StepProgress> steps = new ArrayList<>();
            for (StepDefinition step : phase.steps()) {
                String stepName = step.customName() != null ? step.customName() : texts.text(actor.locale(), step.nameKey());
                String description = step.customName() != null ? "" : texts.text(actor.locale(), step.descriptionKey());
                IssueRef stepIssue = issues.createSubTask(actor, phaseIssue, types.stepTypeId(), stepName, description);
                made.accept(stepIssue);
                steps.add(new StepProgress(step.key(), step.customName(), stepIssue, step.mandatory(), false, null, null));
            }
            PhaseStatus status = phase.key().equals(first) ? PhaseStatus.ACTIVE : PhaseStatus.NOT_STARTED;
            phases.add(new PhaseProgress(phase.key(), phase.customName(), phaseIssue, status, steps));
        }
        return new Initiative(0, initiativeIssue, project, title, template.id(), first, InitiativeStatus.ACTIVE,
                PhaseGate.PILOTING.equals(first) ? 1 : 0, 0, phases, List.of());
    }

    /**
     * Jira refuses summaries over 255 characters; a long phase name plus a 200-character initiative title could
     * reach that, so the phase issue's summary is cut with an ellipsis (the initiative keeps the full title).
     */
    static String jiraSummary(String summary) {
        return summary.length() <= JIRA_MAX_SUMMARY ? summary : summary.substring(0, JIRA_MAX_SUMMARY - 1) + "…";
    }

    /** Undo the Jira side of a failed creation, newest first, so no half initiative remains; true when all went. */
    private boolean compensate(Actor actor, List<IssueRef> created, RuntimeException cause) {
        boolean all = true;
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                issues.delete(actor, created.get(i));
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
                all = false;
            }
        }
        return all;
    }

    private String templateName(Actor actor, RoadmapTemplate template) {
        return template.name() != null ? template.name() : texts.text(actor.locale(), DefaultTemplate.NAME_KEY);
    }

    /** The initiative of an initiative, phase or step issue the actor may browse; 404 otherwise. */
    public Initiative get(Actor actor, String issueKey) {
        requireActor(actor);
        TrackedIssue issue = browsableIssue(actor, issueKey);
        return initiatives.findByAnyIssueId(issue.id()).orElseThrow(RoadmapException.NotFound::new);
    }

    public Initiative move(Actor actor, String issueKey, MoveRequest request, Long expectedVersion) {
        Initiative initiative = editable(actor, issueKey, expectedVersion);
        Decision advised = request.decision() == null || !PhaseGate.PILOTING.equals(initiative.currentPhase()) ? null
                : advice.advice(initiative.id()).map(DecisionAdvice.Advice::decision).orElse(null);
        PhaseGate.Outcome outcome = PhaseGate.evaluate(initiative, request, actor, clock.instant(),
                phaseKey -> gateCondition.unmet(initiative.id(), phaseKey), advised);
        if (outcome instanceof PhaseGate.Blocked blocked) {
            throw new GateBlockedException(initiative.currentPhase(), blocked.missingSteps(), blocked.unmet());
        }
        PhaseGate.Moved moved = (PhaseGate.Moved) outcome;
        Initiative saved = initiatives.update(moved.initiative(), initiative.version(), List.of(moved.move()));
        changes.changed();
        PhaseMove move = moved.move();
        if (move.overridden() || move.decision() == Decision.HALT) {
            // The reasons are people's words: the audit line has the codes, the comment on the issue has the text.
            audit.record(AuditEvent.of(move.overridden() ? "gate.override" : "initiative.halt", actor, "initiative", saved.id(),
                    saved.issue().key()).with("from", move.from()).with("to", move.to())
                    .with("openSteps", move.missingSteps().size()).with("version", saved.version()));
        }
        commentOnMove(actor, saved, move);
        return saved;
    }

    /** Ticks a step done or open again. */
    public Initiative setStepDone(Actor actor, String issueKey, String stepKey, boolean done, Long expectedVersion) {
        Initiative initiative = editable(actor, issueKey, expectedVersion);
        if (initiative.step(stepKey).isEmpty()) {
            throw new RoadmapException.NotFound();
        }
        List<PhaseProgress> phases = initiative.phases().stream()
                .map(p -> p.withSteps(p.steps().stream()
                        .map(s -> s.stepKey().equals(stepKey) && s.done() != done ? s.markDone(done, actor.userKey(), clock.instant()) : s)
                        .toList()))
                .toList();
        return initiatives.update(initiative.withPhases(phases), initiative.version(), List.of());
    }

    public List<Initiative> findInProject(Actor actor, String projectKey) {
        requireActor(actor);
        if (!access.canBrowseProject(actor, projectKey)) {
            access.refused(actor, AccessControl.BROWSE, projectKey);
            throw new RoadmapException.NotFound();
        }
        return initiatives.findByProject(projectKey);
    }

    private Initiative editable(Actor actor, String issueKey, Long expectedVersion) {
        requireActor(actor);
        TrackedIssue issue = browsableIssue(actor, issueKey);
        Initiative initiative = initiatives.findByAnyIssueId(issue.id()).orElseThrow(RoadmapException.NotFound::new);
        if (!access.canEditIssue(actor, initiative.issue().id())) {
            access.refused(actor, AccessControl.EDIT, initiative.issue().key());
            throw new RoadmapException.Forbidden();
        }
        if (expectedVersion != null && expectedVersion != initiative.version()) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return initiative;
    }

    private TrackedIssue browsableIssue(Actor actor, String issueKey) {
        String key = blankToNull(issueKey);
        TrackedIssue issue = key == null ? null : issues.find(key).orElse(null);
        if (issue == null) {
            throw new RoadmapException.NotFound();
        }
        if (!access.canBrowseIssue(actor, issue.id())) {
            access.refused(actor, AccessControl.BROWSE, issue.key());
            throw new RoadmapException.NotFound();
        }
        return issue;
    }

    private void commentOnMove(Actor actor, Initiative initiative, PhaseMove move) {
        String body = null;
        if (move.decision() == Decision.HALT) {
            body = texts.text(actor.locale(), "roadmap.gate.haltComment", actor.displayName(), move.reason());
        } else if (move.overridden()) {
            body = texts.text(actor.locale(), "roadmap.gate.overrideComment", actor.displayName(),
                    "roadmap.phase." + move.from() + ".name", "roadmap.phase." + move.to() + ".name", move.overrideReason());
        }
        if (body != null) {
            issues.comment(actor, initiative.issue(), body);
        }
    }

    private static void requireActor(Actor actor) {
        if (Objects.isNull(actor)) {
            throw new RoadmapException.NotAuthenticated();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
