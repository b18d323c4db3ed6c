package no.veikart.roadmap.reporting.web;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.platform.web.PageSupport;
import no.veikart.roadmap.reporting.domain.CadenceService;
import no.veikart.roadmap.reporting.domain.OrgUnit;
import no.veikart.roadmap.reporting.domain.OrgUnitService;
import no.veikart.roadmap.reporting.domain.ReportingCadence;

/**
 * Jira administrators: the reporting cadence of each project (the Nth working day) and the list of organisational
 * units. Forms carry Jira's XSRF token; every change is audited by the services.
 */
public class ReportingAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "velocity/reporting/admin.vm";

    private final transient CadenceService cadences;
    private final transient OrgUnitService units;
    private final transient AccessControl access;
    private final transient ProjectManager projects;
    private final transient PageSupport page;

    public ReportingAdminServlet(CadenceService cadences, OrgUnitService units, AccessControl access,
            ProjectManager projects, PageSupport page) {
        this.cadences = cadences;
        this.units = units;
        this.access = access;
        this.projects = projects;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = admin(request, response);
        if (actor != null) {
            show(actor, request, response, List.of(), List.of(), 200);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = admin(request, response);
        if (actor == null) {
            return;
        }
        if (!page.validToken(request)) {
            show(actor, request, response, List.of(), List.of(page.text(actor, "roadmap.error.xsrf")), 403);
            return;
        }
        try {
            String message = perform(actor, request);
            show(actor, request, response, List.of(message), List.of(), 200);
        } catch (RoadmapException e) {
            List<String> errors = new ArrayList<>();
            for (FieldError error : e.errors()) {
                errors.add(page.text(actor, error.key(), error.args().toArray()));
            }
            show(actor, request, response, List.of(), errors, RestSupport.statusOf(e));
        }
    }

    private String perform(Actor actor, HttpServletRequest request) {
        String action = request.getParameter("action");
        if ("cadence".equals(action)) {
            String projectKey = request.getParameter("projectKey");
            ReportingCadence saved = cadences.save(actor, projectKey, request.getParameter("dueWorkingDay"),
                    number(request.getParameter("version")));
            return page.text(actor, "roadmap.reporting.admin.cadenceSaved", saved.projectKey(), saved.dueWorkingDay());
        }
        if ("units".equals(action)) {
            // One form: ticked units are deleted, a filled-in sector and department are added; neither is no change.
            List<String> done = new ArrayList<>();
            String[] deleted = request.getParameterValues("deleteUnit");
            for (String id : deleted == null ? new String[0] : deleted) {
                units.delete(actor, number(id));
                done.add(page.text(actor, "roadmap.reporting.admin.unitDeleted"));
            }
            String sector = request.getParameter("sector");
            String department = request.getParameter("department");
            if (!blank(sector) || !blank(department)) {
                done.add(page.text(actor, "roadmap.reporting.admin.unitAdded", units.create(actor, sector, department).label()));
            }
            return done.isEmpty() ? page.text(actor, "roadmap.reporting.admin.noChange") : String.join(" ", done);
        }
        throw new RoadmapException.Invalid(FieldError.of("action", "roadmap.error.unknownValue", "roadmap.field.action",
                String.valueOf(action)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A number the page itself wrote (version, id); anything else is a form that matches nothing. */
    private static long number(String raw) {
        try {
            return raw == null ? -1 : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Actor admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = page.actorOrLogin(request, response);
        if (actor != null && !access.isJiraAdmin(actor)) {
            page.render("velocity/common/forbidden.vm", Map.of(), actor, request, response, 403);
            return null;
        }
        return actor;
    }

    private void show(Actor actor, HttpServletRequest request, HttpServletResponse response, List<String> messages,
            List<String> errors, int status) throws IOException {
        List<Project> visible = projects.getProjectObjects().stream()
                .filter(p -> access.canBrowseProject(actor, p.getKey()))
                .sorted(Comparator.comparing(Project::getKey)).toList();
        List<ReportingCadence> list = cadences.cadences(visible.stream().map(Project::getKey).toList());
        List<CadenceRow> rows = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            ReportingCadence c = list.get(i);
            rows.add(new CadenceRow(c.projectKey(), visible.get(i).getName(), c.dueWorkingDay(),
                    c.version(), c.version() > 0));
        }
        List<UnitRow> unitRows = units.list(actor).stream()
                .map(u -> new UnitRow(u.id(), u.sector(), u.department())).toList();
        page.render(TEMPLATE, Map.of("page", new ReportingAdminPage(rows, unitRows, !unitRows.isEmpty(), messages, errors,
                ReportingCadence.MIN_DAY, ReportingCadence.MAX_DAY)), actor, request, response, status);
    }
}
