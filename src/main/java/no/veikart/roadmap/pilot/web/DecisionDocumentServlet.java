package no.veikart.roadmap.pilot.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.pilot.domain.PilotOverview;
import no.veikart.roadmap.pilot.domain.PilotService;
import no.veikart.roadmap.pilot.view.DecisionDocumentView;
import no.veikart.roadmap.pilot.view.PilotViews;
import no.veikart.roadmap.platform.web.PageSupport;

/**
 * The printable decision document of a pilot round ({@code /plugins/servlet/roadmap/decision?issueKey=…&round=n}) in
 * the reader's language: browse permission, as the panel; an unknown, hidden or missing round is the 404 page.
 */
public class DecisionDocumentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "velocity/pilot/decision.vm";

    private final transient PilotService pilots;
    private final transient PilotViews views;
    private final transient PageSupport page;
    private final transient Clock clock;

    public DecisionDocumentServlet(PilotService pilots, PilotViews views, PageSupport page, Clock clock) {
        this.pilots = pilots;
        this.views = views;
        this.page = page;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = page.actorOrLogin(request, response);
        if (actor == null) {
            return;
        }
        DecisionDocumentView view = null;
        try {
            int round = Integer.parseInt(request.getParameter("round") == null ? "" : request.getParameter("round").strip());
            PilotOverview overview = pilots.overview(actor, request.getParameter("issueKey"));
            view = views.decision(overview, round, actor.locale(), LocalDate.now(clock),
                    pilots.decision(overview, round).orElse(null));
        } catch (NumberFormatException | RoadmapException e) {
            view = null;
        }
        if (view == null) {
            page.render("velocity/common/notfound.vm", Map.of(), actor, request, response, 404);
            return;
        }
        page.render(TEMPLATE, Map.of("doc", view), actor, request, response, 200);
    }
}
