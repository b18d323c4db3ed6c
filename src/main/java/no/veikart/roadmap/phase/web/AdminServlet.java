package no.veikart.roadmap.phase.web;

import com.atlassian.jira.project.ProjectManager;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.AdminSettingsGroup;
import no.veikart.roadmap.common.domain.AdminSettingsGroups;
import no.veikart.roadmap.gain.domain.GainSearchSync;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.initiative.domain.SummaryRebuild;
import no.veikart.roadmap.phase.domain.ProjectSetup;
import no.veikart.roadmap.phase.domain.ProjectSetupService;
import no.veikart.roadmap.phase.domain.RoadmapTemplate;
import no.veikart.roadmap.phase.domain.TemplateDraft;
import no.veikart.roadmap.phase.domain.TemplateService;
import no.veikart.roadmap.phase.view.PhaseViews;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.platform.web.PageSupport;

/**
 * Jira administrators: edit and copy roadmap templates, set up projects, recalculate the searchable gain fields, set
 * the features' thresholds ({@link AdminSettingsGroups}).
 * Forms carry Jira's XSRF token.
 */
public class AdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "velocity/phase/admin.vm";
    private static final int MAX_IDS_SHOWN = 20;

    private final transient TemplateService templates;
    private final transient ProjectSetupService setup;
    private final transient AccessControl access;
    private final transient ProjectManager projects;
    private final transient PhaseViews views;
    private final transient PageSupport page;
    private final transient GainSearchSync searchSync;
    private final transient SummaryRebuild rebuild;
    private final transient AdminSettingsGroups settings;

    public AdminServlet(TemplateService templates, ProjectSetupService setup, AccessControl access, ProjectManager projects,
            PhaseViews views, PageSupport page, GainSearchSync searchSync, SummaryRebuild rebuild,
            AdminSettingsGroups settings) {
        this.settings = settings;
        this.rebuild = rebuild;
        this.templates = templates;
        this.setup = setup;
        this.access = access;
        this.projects = projects;
        this.views = views;
        this.page = page;
        this.searchSync = searchSync;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = page.actorOrLogin(request, response);
        if (actor == null) {
            return;
        }
        if (!access.isJiraAdmin(actor)) {
            forbidden(actor, request, response);
            return;
        }
        show(actor, request, response, List.of(), List.of(), 200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = page.actorOrLogin(request, response);
        if (actor == null) {
            return;
        }
        if (!access.isJiraAdmin(actor)) {
            forbidden(actor, request, response);
            return;
        }
        if (!page.validToken(request)) {
            show(actor, request, response, List.of(), List.of(page.text(actor, "roadmap.error.xsrf")), 403);
            return;
        }
        try {
            String message = perform(actor, request.getParameter("action"), request.getParameterMap());
            show(actor, request, response, List.of(message), List.of(), 200);
        } catch (RoadmapException e) {
            List<String> errors = new ArrayList<>();
            for (FieldError error : e.errors()) {
                String text = page.text(actor, error.key(), error.args().toArray());
                errors.add(error.field() == null ? text : error.field() + ": " + text);
            }
            show(actor, request, response, List.of(), errors, RestSupport.statusOf(e));
        }
    }

    private String perform(Actor actor, String action, Map<String, String[]> params) {
        if ("setup".equals(action)) {
            String projectKey = first(params, "projectKey");
            ProjectSetup.Report report = setup.setUp(actor, projectKey);
            return page.text(actor, "roadmap.admin.setup.done", projectKey, report.created());
        }
        if ("recalculate".equals(action)) {
            // An empty project key means every project the administrator may browse.
            String projectKey = first(params, "projectKey");
            List<String> keys = projectKey == null || projectKey.isBlank()
                    ? projectOptions(actor).stream().map(AdminProjectOption::key).toList()
                    : List.of(projectKey.strip());
            GainSearchSync.Report report = searchSync.recalculate(actor, keys);
            return page.text(actor, "roadmap.admin.searchfields.done", report.updated(), report.failed());
        }
        if ("rebuild".equals(action)) {
            InitiativeFigures.Rebuild report = rebuild.rebuild(actor);
            List<Long> different = report.different();
            String ids = different.stream().limit(MAX_IDS_SHOWN).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + (different.size() > MAX_IDS_SHOWN ? ", …" : "");
            return page.text(actor, "roadmap.admin.rebuild.done", report.checked(), different.size(), ids);
        }
        if ("settings".equals(action)) {
            String name = first(params, "group");
            AdminSettingsGroup group = settings.named(name == null ? "" : name).orElseThrow(() -> new RoadmapException.Invalid(
                    FieldError.of("group", "roadmap.error.unknownValue", "roadmap.field.group", String.valueOf(name))));
            Map<String, String> values = new java.util.HashMap<>();
            group.fields().forEach(f -> values.put(f.name(), first(params, f.name())));
            group.save(actor, values);
            return page.text(actor, "roadmap.admin.settings.saved", page.text(actor, group.titleKey()));
        }
        if ("copy".equals(action)) {
            long id = TemplateForm.intParam(params, "templateId", -1);
            RoadmapTemplate source = templates.get(actor, id);
            String name = first(params, "name");
            RoadmapTemplate copy = templates.create(actor, new TemplateDraft(name, source.phases().stream()
                    .map(p -> new TemplateDraft.PhaseDraft(p.key(), p.customName(), p.steps().stream()
                            .map(s -> new TemplateDraft.StepDraft(s.key(), s.customName(), s.mandatory())).toList()))
                    .toList()));
            return page.text(actor, "roadmap.admin.template.copied", copy.name());
        }
        if ("save".equals(action)) {
            long id = TemplateForm.intParam(params, "templateId", -1);
            long version = TemplateForm.intParam(params, "version", -1);
            RoadmapTemplate saved = templates.update(actor, id, TemplateForm.read(params), version);
            return page.text(actor, "roadmap.admin.template.saved", views.template(saved, actor.locale()).name());
        }
        throw new RoadmapException.Invalid(FieldError.of("action", "roadmap.error.unknownValue", "roadmap.field.action", String.valueOf(action)));
    }

    private void show(Actor actor, HttpServletRequest request, HttpServletResponse response, List<String> messages,
            List<String> errors, int status) throws IOException {
        AdminPageModel model = new AdminPageModel(
                templates.list(actor).stream().map(t -> views.template(t, actor.locale())).toList(), projectOptions(actor),
                messages, errors, searchSync.pendingCount(), settings.groups().stream()
                        .map(g -> AdminSettingsView.of(g, request.getParameter("group"), request.getParameterMap(), errors.isEmpty(),
                                f -> page.text(actor, "roadmap.admin.settings.range", f.min(), f.max(), f.defaultValue())))
                        .toList());
        page.render(TEMPLATE, Map.of("page", model), actor, request, response, status);
    }

    private List<AdminProjectOption> projectOptions(Actor actor) {
        return projects.getProjectObjects().stream()
                .filter(p -> access.canBrowseProject(actor, p.getKey()))
                .sorted(Comparator.comparing(p -> p.getKey()))
                .map(p -> new AdminProjectOption(p.getKey(), p.getName()))
                .toList();
    }

    private void forbidden(Actor actor, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.render("velocity/common/forbidden.vm", Map.of(), actor, request, response, 403);
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
