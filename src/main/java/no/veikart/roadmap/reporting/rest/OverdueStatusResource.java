package no.veikart.roadmap.reporting.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.reporting.domain.CadenceService;
import no.veikart.roadmap.reporting.domain.OverdueReport;
import no.veikart.roadmap.reporting.view.OverdueReportView;

/**
 * {@code GET /status-reports/overdue?projects=A,B}: the initiatives the caller may browse in those projects whose
 * monthly report is due or overdue by the project's cadence, most overdue first.
 */
@Path("/status-reports/overdue")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueStatusResource {
    private final CadenceService cadences;
    private final RestSupport rest;

    // REST v2 builds resources through Jersey/HK2, which needs the constructor marked (platform.md).
    @Inject
    public OverdueStatusResource(CadenceService cadences, RestSupport rest) {
        this.cadences = cadences;
        this.rest = rest;
    }

    @GET
    @LicensedOnly
    public List<OverdueReportView> overdue(@QueryParam("projects") String projects) {
        if (projects == null || projects.isBlank()) {
            throw new RoadmapException.Invalid(FieldError.of("projects", "roadmap.error.required", "roadmap.reporting.field.projects"));
        }
        return cadences.overdue(rest.actor(), Arrays.asList(projects.split(","))).stream().map(OverdueStatusResource::view)
                .toList();
    }

    static OverdueReportView view(OverdueReport o) {
        return new OverdueReportView(o.initiative().issueKey(), o.initiative().projectKey(), o.period().toString(),
                o.dueDate().toString(), o.daysOverdue(), o.lastPublished() == null ? null : o.lastPublished().toString());
    }
}
