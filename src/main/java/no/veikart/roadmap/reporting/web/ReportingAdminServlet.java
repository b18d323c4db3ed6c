package no.veikart.roadmap.reporting.web;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.leader.domain.LeaderAccessService;
import no.veikart.roadmap.leader.domain.LeaderAccessSettings;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.platform.web.PageSupport;
import no.veikart.roadmap.reporting.domain.CadenceService;
import no.veikart.roadmap.reporting.domain.OrgUnit;
import no.veikart.roadmap.reporting.domain.OrgUnitService;
import no.veikart.roadmap.reporting.domain.ReportingCadence;

/**
 * Jira administrators: the reporting cadence of each project (the Nth working day) and the list of organisational
 * units, and leader access (docs/leader-access.md). Forms carry Jira's XSRF token; every change is audited by the
 * services.
 */
public class ReportingAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "velocity/reporting/admin.vm";
    private static final String LEADER_ACCESS = "leaderAccess";

    private final transient CadenceService cadences;
    private final transient OrgUnitService units;
    private final transient AccessControl access;
    private final transient ProjectManager projects;
    private final transient PageSupport page;
    private final transient LeaderAccessService leaders;

    public ReportingAdminServlet(CadenceService cadences, OrgUnitService units, AccessControl access,
            ProjectManager projects, PageSupport page, LeaderAccessService leaders) {
        this.leaders = leaders;
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
            show(actor, request, response, List.of(), List.of(), 200, null);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = admin(request, response);
        if (actor == null) {
            return;
        }
        if (!page.validToken(request)) {
            show(actor, request, response, List.of(), List.of(page.text(actor, "roadmap.error.xsrf")), 403, null);
            return;
        }
        try {
            String message = perform(actor, request);
            show(actor, request, response, List.of(message), List.of(), 200, null);
        } catch (RoadmapException e) {
            int status = RestSupport.statusOf(e);
            boolean leaderForm = LEADER_ACCESS.equals(request.getParameter("action"));
            List<String> errors = new ArrayList<>();
            LeaderAccessSettings now = leaderForm && status == 409 ? leaders.settings(actor) : null;
            if (now != null) {
                // Two administrators: the second is told what the first saved; their own choices stay in the form.
                errors.add(page.text(actor, "roadmap.leader.admin.stale", String.join(", ", now.groups()),
                        String.join(", ", now.projects())));
            } else {
                for (FieldError error : e.errors()) {
                    errors.add(page.text(actor, error.key(), error.args().toArray()));
                }
            }
            LeaderAccessForm typed = leaderForm ? typedLeaderForm(request, now) : null;
            show(actor, request, response, List.of(), errors, status, typed);
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
        if (LEADER_ACCESS.equals(action)) {
            LeaderAccessSettings saved = leaders.update(actor, groupLines(request.getParameter("groups")),
                    ticked(request), number(request.getParameter("version")));
            return page.text(actor, "roadmap.leader.admin.saved", String.join(", ", saved.groups()),
                    String.join(", ", saved.projects()));
        }
        throw new RoadmapException.Invalid(FieldError.of("action", "roadmap.error.unknownValue", "roadmap.field.action",
                String.valueOf(action)));
    }

    /** The group names of the text area, one a line, each once (the service checks each against Jira). */
    private static List<String> groupLines(String raw) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : (raw == null ? "" : raw).split("\\R")) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return List.copyOf(names);
    }

    private static List<String> ticked(HttpServletRequest request) {
        String[] keys = request.getParameterValues("project");
        return keys == null ? List.of() : List.of(keys);
    }

    /**
     * The form as the administrator sent it, so a refused save loses nothing; after a 409 it saves over the version
     * stored now ({@code now}), which the error message has just shown them.
     */
    private LeaderAccessForm typedLeaderForm(HttpServletRequest request, LeaderAccessSettings now) {
        String groups = request.getParameter("groups");
        long version = now != null ? now.version() : number(request.getParameter("version"));
        return new LeaderAccessForm(groups == null ? "" : groups, projectOptions(ticked(request)), version);
    }

    private LeaderAccessForm storedLeaderForm(Actor actor) {
        LeaderAccessSettings s = leaders.settings(actor);
        return new LeaderAccessForm(String.join("\n", s.groups()), projectOptions(s.projects()), s.version());
    }

    /** Every Jira project, and any opted-in key Jira no longer knows (still ticked, so a save keeps or drops it knowingly). */
    private List<LeaderProjectOption> projectOptions(List<String> checked) {
        Map<String, String> names = new TreeMap<>();
        for (Project p : projects.getProjectObjects()) {
            names.put(p.getKey(), p.getName());
        }
        for (String key : checked) {
            names.putIfAbsent(key, "");
        }
        List<LeaderProjectOption> options = new ArrayList<>();
        names.forEach((key, name) -> options.add(new LeaderProjectOption(key, name, checked.contains(key))));
        return options;
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
            List<String> errors, int status, LeaderAccessForm leaderForm) throws IOException {
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
                ReportingCadence.MIN_DAY, ReportingCadence.MAX_DAY,
                leaderForm == null ? storedLeaderForm(actor) : leaderForm)), actor, request, response, status);
    }
}
