package no.veikart.roadmap.platform.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.HashMap;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;

/**
 * Base of the issue-view panels: the logged-in reader, their {@code $i18n} and {@code $contextPath}, and a model
 * read through a use case. When the use case refuses (not a roadmap issue, not browsable) the panel renders nothing.
 */
public abstract class IssuePanelContextProvider implements ContextProvider {
    private final JiraUsers users;
    private final Texts texts;
    private final ApplicationProperties applicationProperties;
    private final RequestIssues requestIssues;

    protected IssuePanelContextProvider(JiraUsers users, Texts texts, ApplicationProperties applicationProperties,
            RequestIssues requestIssues) {
        this.users = users;
        this.requestIssues = requestIssues;
        this.texts = texts;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> model = new HashMap<>(context);
        Actor actor = users.currentActor();
        if (actor == null || !(context.get("issue") instanceof Issue issue)) {
            return model;
        }
        // permission checks and key lookups of this request use the issue the page already loaded
        requestIssues.remember(issue);
        model.put("i18n", new TemplateTexts(texts, actor.locale()));
        model.put("contextPath", applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        try {
            addModel(actor, issue.getKey(), model);
        } catch (RoadmapException e) {
            // Deliberately empty: the template shows nothing without its model.
        }
        return model;
    }

    /** Puts the panel's view model into {@code model}; may throw what the use case throws. */
    protected abstract void addModel(Actor actor, String issueKey, Map<String, Object> model);
}
