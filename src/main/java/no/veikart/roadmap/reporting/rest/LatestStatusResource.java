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
import no.veikart.roadmap.reporting.domain.Aspect;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportService;
import no.veikart.roadmap.reporting.domain.StatusReportService.LatestReport;
import no.veikart.roadmap.reporting.domain.TrafficLight;
import no.veikart.roadmap.reporting.view.LatestLightsView;

/**
 * {@code GET /status-reports/latest?projects=A,B}: the latest published lights of every initiative the caller may
 * browse in those projects (for the gadget and scripts; projects and initiatives the caller may not see are left out).
 */
@Path("/status-reports/latest")
@Produces(MediaType.APPLICATION_JSON)
public class LatestStatusResource {
    private final StatusReportService reports;
    private final RestSupport rest;

    // REST v2 builds resources through Jersey/HK2, which needs the constructor marked (platform.md).
    @Inject
    public LatestStatusResource(StatusReportService reports, RestSupport rest) {
        this.reports = reports;
        this.rest = rest;
    }

    @GET
    @LicensedOnly
    public List<LatestLightsView> latest(@QueryParam("projects") String projects) {
        if (projects == null || projects.isBlank()) {
            throw new RoadmapException.Invalid(FieldError.of("projects", "roadmap.error.required", "roadmap.reporting.field.projects"));
        }
        return reports.latestPublished(rest.actor(), Arrays.asList(projects.split(","))).stream()
                .map(LatestStatusResource::view).toList();
    }

    private static LatestLightsView view(LatestReport l) {
        StatusReport r = l.report();
        if (r == null) {
            return new LatestLightsView(l.initiative().issueKey(), l.initiative().projectKey(), null, null, null, null, null,
                    null, null);
        }
        return new LatestLightsView(l.initiative().issueKey(), l.initiative().projectKey(), r.period().toString(),
                light(r, Aspect.OVERALL), light(r, Aspect.PHASE), light(r, Aspect.GAINS), light(r, Aspect.ANCHORING),
                light(r, Aspect.RISKS), r.publishedAt() == null ? null : r.publishedAt().toString());
    }

    private static String light(StatusReport r, Aspect aspect) {
        return TrafficLight.nameOf(r.light(aspect));
    }
}
