package no.veikart.roadmap.phase.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.DecisionAdvice;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.InitiativeStatus;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.phase.view.InitiativeView;
import no.veikart.roadmap.phase.view.PhaseViews;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.IssuePanelContextProvider;

/** Gives the progress panel its view model; reads through the service, so the panel never shows what REST would hide. */
public class ProgressPanelContextProvider extends IssuePanelContextProvider {
    private final InitiativeService initiatives;
    private final AccessControl access;
    private final PhaseViews views;
    private final Texts texts;
    private final DecisionAdvice advice;

    /** {@code advice}: what the piloting decision form shows beside the decisions (the pilot evaluation's). */
    public ProgressPanelContextProvider(InitiativeService initiatives, AccessControl access, PhaseViews views, JiraUsers users,
            Texts texts, ApplicationProperties applicationProperties, RequestIssues requestIssues, DecisionAdvice advice) {
        super(users, texts, applicationProperties, requestIssues);
        this.advice = advice;
        this.initiatives = initiatives;
        this.access = access;
        this.views = views;
        this.texts = texts;
    }

    @Override
    protected void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        model.put("panel", panel(actor, initiatives.get(actor, issueKey)));
    }

    private ProgressPanelModel panel(Actor actor, Initiative initiative) {
        InitiativeView view = views.initiative(initiative, actor.locale(), access.canEditIssue(actor, initiative.issue().id()));
        boolean piloting = StandardPhase.PILOTING.name().equals(initiative.currentPhase());
        List<ProgressPanelOption> targets = view.phases().stream()
                .filter(p -> !p.current())
                .map(p -> new ProgressPanelOption(p.phase(), p.name()))
                .toList();
        List<ProgressPanelOption> decisions = Arrays.stream(Decision.values())
                .filter(d -> d.target() == null || initiative.phase(d.target()).isPresent())
                .map(d -> new ProgressPanelOption(d.name(), texts.text(actor.locale(), d.nameKey())))
                .toList();
        DecisionAdvice.Advice advised = piloting ? advice.advice(initiative.id()).orElse(null) : null;
        return new ProgressPanelModel(view, piloting, initiative.status() == InitiativeStatus.HALTED, targets, decisions,
                advised == null ? "" : texts.text(actor.locale(), advised.key(), advised.args().toArray()),
                advised == null || advised.decision() == null ? "" : advised.decision().name());
    }
}
