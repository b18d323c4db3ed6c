package no.veikart.roadmap.stakeholder.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.platform.rest.CsvExport;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.stakeholder.domain.StakeholderExportRow;
import no.veikart.roadmap.stakeholder.domain.StakeholderOverview;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import no.veikart.roadmap.stakeholder.domain.StakeholderSorting;
import no.veikart.roadmap.stakeholder.view.StakeholderView;
import no.veikart.roadmap.stakeholder.view.StakeholderViews;

/** {@code GET /export/stakeholders.csv?projects=A,B} or {@code ?initiative=KEY}: the stakeholders the caller may see, for Excel. */
@Path("/export")
public class StakeholderExportResource {
    private final StakeholderService stakeholders;
    private final StakeholderViews views;
    private final RestSupport rest;

    @Inject
    public StakeholderExportResource(StakeholderService stakeholders, StakeholderViews views, RestSupport rest) {
        this.stakeholders = stakeholders;
        this.views = views;
        this.rest = rest;
    }

    @GET
    @Path("/stakeholders.csv")
    @Produces("text/csv")
    @LicensedOnly
    public Response stakeholders(@QueryParam("projects") String projects, @QueryParam("initiative") String initiative) {
        Actor actor = rest.actor();
        List<StakeholderExportRow> rows;
        if (initiative != null && !initiative.isBlank()) {
            StakeholderOverview overview = stakeholders.overview(actor, initiative, StakeholderSorting.Order.LEVEL);
            rows = overview.stakeholders().stream().map(s -> new StakeholderExportRow(overview.initiative(), s)).toList();
        } else {
            rows = stakeholders.export(actor, CsvExport.projectKeys(projects));
        }
        Locale locale = actor.locale();
        LocalDate today = stakeholders.today();
        List<String> header = List.of("project", "initiative", "name", "group", "level", "effect", "attitude", "desiredAttitude",
                "attitudeGap", "influence", "interest", "quadrant", "involvement", "owner", "lastContact", "nextContact",
                "currentPhase", "currentStatus", "notes").stream()
                .map(h -> rest.text("roadmap.stakeholder.export." + h)).toList();
        List<List<String>> lines = new ArrayList<>();
        for (StakeholderExportRow row : rows) {
            StakeholderView v = views.stakeholder(row.stakeholder(), row.initiative().currentPhase(), locale, today);
            lines.add(Arrays.asList(row.initiative().projectKey(), row.initiative().issueKey(), v.name(), v.group(), v.levelName(),
                    v.effect(), String.valueOf(v.attitude()), String.valueOf(v.desiredAttitude()), String.valueOf(v.attitudeGap()),
                    String.valueOf(v.influence()), String.valueOf(v.interest()), v.quadrantName(), v.involvementName(), v.owner(),
                    v.lastContact(), v.nextContact(), views.phaseName(row.initiative().currentPhase(), locale), v.currentStatusName(),
                    v.notes()));
        }
        return CsvExport.download("stakeholders", today, locale, header, lines);
    }
}
