package no.veikart.roadmap.risk.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.IssuePanelContextProvider;
import no.veikart.roadmap.risk.domain.HandoverService;
import no.veikart.roadmap.risk.domain.RiskRegister;
import no.veikart.roadmap.risk.domain.RiskRules;
import no.veikart.roadmap.risk.domain.RiskService;
import no.veikart.roadmap.risk.view.RiskViews;

/** The risk panel's view model (register and handover), read through the services so it shows exactly what REST would. */
public class RiskPanelContextProvider extends IssuePanelContextProvider {
    private final RiskService risks;
    private final HandoverService handovers;
    private final RiskViews views;

    public RiskPanelContextProvider(RiskService risks, HandoverService handovers, RiskViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super(users, texts, applicationProperties, requestIssues);
        this.risks = risks;
        this.handovers = handovers;
        this.views = views;
    }

    @Override
    protected void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        RiskRegister register = risks.register(actor, issueKey, RiskRules.Order.LEVEL);
        model.put("risks", views.register(register, RiskRules.Order.LEVEL, risks.issueStatuses(register.risks()), actor.locale()));
        HandoverService.HandoverState h = handovers.get(actor, issueKey);
        model.put("handover", views.handover(h.handover(), h.initiative().issueKey(), h.editable(), actor.locale()));
    }
}
