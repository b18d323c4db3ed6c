package no.veikart.roadmap.reporting.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.reporting.domain.StatusReportDraft;
import no.veikart.roadmap.reporting.domain.StatusReportService;
import no.veikart.roadmap.reporting.view.StatusReportView;
import no.veikart.roadmap.reporting.view.StatusReportViews;
import no.veikart.roadmap.reporting.view.StatusReportsView;
import no.veikart.roadmap.platform.rest.RestSupport;

/** Status reports over REST (api.md): read with browse, drafts written and published with edit permission. */
@Path("/initiatives/{key}/status-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusReportResource {
    private final StatusReportService reports;
    private final StatusReportViews views;
    private final RestSupport rest;

    // REST v2 builds resources through Jersey/HK2, which needs the constructor marked (platform.md).
    @Inject
    public StatusReportResource(StatusReportService reports, StatusReportViews views, RestSupport rest) {
        this.reports = reports;
        this.views = views;
        this.rest = rest;
    }

    /** A draft as typed; lights are GREEN|AMBER|RED (any case), period YYYY-MM. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportRequest(String period, String overall, String phase, String gains, String anchoring, String risks,
            String comment, Long version) {
        StatusReportDraft draft() {
            return new StatusReportDraft(period, overall, phase, gains, anchoring, risks, comment);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublishRequest(Long version) {
    }

    @GET
    @LicensedOnly
    public StatusReportsView list(@PathParam("key") String key) {
        Actor actor = rest.actor();
        return views.overview(reports.overview(actor, key), actor.locale());
    }

    @POST
    @LicensedOnly
    public Response create(@PathParam("key") String key, ReportRequest request) {
        Actor actor = rest.actor();
        StatusReportView created = views.report(reports.create(actor, key, request == null ? null : request.draft()),
                actor.locale());
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    public StatusReportView update(@PathParam("key") String key, @PathParam("id") long id, ReportRequest request) {
        Actor actor = rest.actor();
        Long version = request == null ? null : request.version();
        return views.report(reports.update(actor, key, id, request == null ? null : request.draft(), version),
                actor.locale());
    }

    @POST
    @Path("/{id}/publish")
    @LicensedOnly
    public StatusReportView publish(@PathParam("key") String key, @PathParam("id") long id, PublishRequest request) {
        Actor actor = rest.actor();
        Long version = request == null ? null : request.version();
        return views.report(reports.publish(actor, key, id, version), actor.locale());
    }
}
