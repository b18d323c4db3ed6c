package no.veikart.roadmap.implementation.rest;

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
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.implementation.domain.ImplementationExportRow;
import no.veikart.roadmap.implementation.domain.ImplementationService;
import no.veikart.roadmap.implementation.domain.ImplementationSettings;
import no.veikart.roadmap.implementation.view.CoverageCellView;
import no.veikart.roadmap.implementation.view.ImplementationViews;
import no.veikart.roadmap.implementation.view.UnitView;
import no.veikart.roadmap.platform.rest.CsvExport;
import no.veikart.roadmap.platform.rest.RestSupport;

/**
 * {@code GET /export/implementation.csv?projects=A,B}: one line per unit of every plan the caller may browse, with its
 * figures (exact % trained, shifts without cover) as the panel computes them.
 */
@Path("/export")
public class ImplementationExportResource {
    private final ImplementationService plans;
    private final ImplementationViews views;
    private final RestSupport rest;

    @Inject
    public ImplementationExportResource(ImplementationService plans, ImplementationViews views, RestSupport rest) {
        this.plans = plans;
        this.views = views;
        this.rest = rest;
    }

    @GET
    @Path("/implementation.csv")
    @Produces("text/csv")
    @LicensedOnly
    public Response implementation(@QueryParam("projects") String projects) {
        Actor actor = rest.actor();
        List<ImplementationExportRow> rows = plans.export(actor,
                CsvExport.projectKeys(projects));
        Locale locale = actor.locale();
        ImplementationSettings settings = plans.settings();
        LocalDate today = plans.today();
        List<String> header = List.of("project", "initiative", "unit", "staff", "shifts", "pilotUnit", "testUnit", "plannedGoLive",
                "status", "trainedPercent", "superUsers", "gaps", "followUpDue", "monitoringDate", "monitoringOutcome").stream()
                .map(h -> rest.text("roadmap.implementation.export." + h)).toList();
        String yes = rest.text("roadmap.implementation.export.yes");
        List<List<String>> lines = new ArrayList<>();
        for (ImplementationExportRow row : rows) {
            UnitView u = views.unit(row.unit(), settings, today, locale);
            lines.add(Arrays.asList(row.initiative().projectKey(), row.initiative().issueKey(), u.name(), String.valueOf(u.staff()),
                    u.coverage().stream().map(CoverageCellView::shiftName).collect(Collectors.joining(", ")),
                    u.pilotUnit() ? yes : "", u.testUnit() ? yes : "", nz(u.plannedGoLive()), u.statusName(),
                    u.trainedPercent() == null ? "" : u.trainedPercent().toPlainString(),
                    u.superUsers().stream().map(s -> s.name() + " (" + s.shiftName() + ")").collect(Collectors.joining(", ")),
                    u.coverage().stream().filter(CoverageCellView::gap).map(CoverageCellView::shiftName).collect(Collectors.joining(", ")),
                    nz(u.followUpDue()), nz(u.monitoringDate()), nz(u.monitoringOutcome())));
        }
        return CsvExport.download("implementation", locale, header, lines);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
