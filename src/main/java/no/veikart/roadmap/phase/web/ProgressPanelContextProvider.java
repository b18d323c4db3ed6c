package no.veikart.roadmap.phase.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.InitiativeStatus;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.phase.view.InitiativeView;
import no.veikart.roadmap.phase.view.PhaseViews;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.web.TemplateTexts;

/** Gives the progress panel its view model; reads through the service, so the panel never shows what REST would hide. */
public class ProgressPanelContextProvider implements ContextProvider {
    private final InitiativeService initiatives;
    private final AccessControl access;
    private final PhaseViews views;
    private final JiraUsers users;
    private final Texts texts;
    private final ApplicationProperties applicationProperties;

    public ProgressPanelContextProvider(InitiativeService initiatives, AccessControl access, PhaseViews views, JiraUsers users,
            Texts texts, ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
        this.initiatives = initiatives;
        this.access = access;
        this.views = views;
        this.users = users;
        this.texts = texts;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> model = new HashMap<>(context);
        Actor actor = users.currentActor();
        Object issue = context.get("issue");
        if (actor == null || !(issue instanceof Issue jiraIssue)) {
            return model;
        }
        model.put("i18n", new TemplateTexts(texts, actor.locale()));
        model.put("contextPath", applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        try {
            Initiative initiative = initiatives.get(actor, jiraIssue.getKey());
            model.put("panel", panel(actor, initiative));
        } catch (RoadmapException e) {
            // Not a roadmap issue, or not browsable: the panel renders nothing.
        }
        return model;
    }

    private ProgressPanelModel panel(Actor actor, Initiative initiative) {
        InitiativeView view = views.initiative(initiative, actor.locale(), access.canEditIssue(actor, initiative.issue().id()));
        boolean piloting = StandardPhase.PILOTING.name().equals(initiative.currentPhase());
        List<ProgressPanelModel.Option> targets = view.phases().stream()
                .filter(p -> !p.current())
                .map(p -> new ProgressPanelModel.Option(p.phase(), p.name()))
                .toList();
        List<ProgressPanelModel.Option> decisions = Arrays.stream(Decision.values())
                .filter(d -> d.target() == null || initiative.phase(d.target()).isPresent())
                .map(d -> new ProgressPanelModel.Option(d.name(), texts.text(actor.locale(), d.nameKey())))
                .toList();
        return new ProgressPanelModel(view, piloting, initiative.status() == InitiativeStatus.HALTED, targets, decisions);
    }
}
