package no.veikart.roadmap.phase.web;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.PhaseDefinition;
import no.veikart.roadmap.phase.domain.ProjectSetup;
import no.veikart.roadmap.phase.domain.TemplateService;
import no.veikart.roadmap.phase.view.PhaseViews;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.platform.web.PageSupport;

/** A project's roadmap: its initiatives and a "create initiative" form, reached from the project sidebar. */
public class ProjectRoadmapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "velocity/phase/project.vm";

    private final transient InitiativeService initiatives;
    private final transient TemplateService templates;
    private final transient ProjectSetup setup;
    private final transient AccessControl access;
    private final transient ProjectManager projects;
    private final transient PhaseViews views;
    private final transient PageSupport page;

    public ProjectRoadmapServlet(InitiativeService initiatives, TemplateService templates, ProjectSetup setup, AccessControl access,
            ProjectManager projects, PhaseViews views, PageSupport page) {
        this.initiatives = initiatives;
        this.templates = templates;
        this.setup = setup;
        this.access = access;
        this.projects = projects;
        this.views = views;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = page.actorOrLogin(request, response);
        if (actor != null) {
            show(actor, request.getParameter("projectKey"), request, response, List.of(), null, 200);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = page.actorOrLogin(request, response);
        if (actor == null) {
            return;
        }
        String projectKey = request.getParameter("projectKey");
        String summary = request.getParameter("summary");
        if (!page.validToken(request)) {
            show(actor, projectKey, request, response, List.of(page.text(actor, "roadmap.error.xsrf")), summary, 403);
            return;
        }
        try {
            String template = request.getParameter("templateId");
            Long templateId = template == null || template.isBlank() ? null : Long.valueOf(template);
            Initiative created = initiatives.create(actor, projectKey, summary, templateId);
            response.sendRedirect(request.getContextPath() + "/browse/" + created.issue().key());
        } catch (NumberFormatException e) {
            show(actor, projectKey, request, response, List.of(page.text(actor, "roadmap.error.unknownValue",
                    "roadmap.field.templateId", request.getParameter("templateId"))), summary, 400);
        } catch (RoadmapException e) {
            List<String> errors = e.errors().stream().map(err -> page.text(actor, err.key(), err.args().toArray())).toList();
            show(actor, projectKey, request, response, errors, summary, RestSupport.statusOf(e));
        }
    }

    private void show(Actor actor, String projectKey, HttpServletRequest request, HttpServletResponse response, List<String> errors,
            String summary, int status) throws IOException {
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        if (project == null || !access.canBrowseProject(actor, project.getKey())) {
            page.render("velocity/common/notfound.vm", Map.of(), actor, request, response, 404);
            return;
        }
        List<AdminProjectOption> templateOptions = templates.list(actor).stream()
                .map(t -> new AdminProjectOption(String.valueOf(t.id()), views.template(t, actor.locale()).name()))
                .toList();
        List<String> phaseKeys = templates.builtIn().phases().stream().map(PhaseDefinition::key).toList();
        ProjectPageModel model = new ProjectPageModel(project.getKey(), project.getName(),
                access.canCreateIssues(actor, project.getKey()), setup.issueTypes(project.getKey(), phaseKeys).isPresent(),
                access.isJiraAdmin(actor),
                initiatives.findInProject(actor, project.getKey()).stream()
                        .map(i -> views.initiative(i, actor.locale(), false)).toList(),
                templateOptions, errors, summary);
        page.render(TEMPLATE, Map.of("page", model), actor, request, response, status);
    }
}
