package no.veikart.roadmap.platform.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.Map;
import java.util.Objects;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;

/**
 * A panel whose template reads one view model under one name, computed from the feature's service so the panel shows
 * exactly what REST would. Subclasses only name the model and say how it is read (a constructor and a lambda).
 */
public abstract class OneModelPanelContextProvider extends IssuePanelContextProvider {
    /** The panel's view model for the issue; may throw what the use case throws (the panel then renders nothing). */
    @FunctionalInterface
    protected interface PanelModel {
        Object read(Actor actor, String issueKey);
    }

    private final String name;
    private final PanelModel panelModel;

    protected OneModelPanelContextProvider(String name, PanelModel panelModel, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super(users, texts, applicationProperties, requestIssues);
        this.name = Objects.requireNonNull(name, "name");
        this.panelModel = Objects.requireNonNull(panelModel, "panelModel");
    }

    @Override
    protected final void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        model.put(name, panelModel.read(actor, issueKey));
    }
}
