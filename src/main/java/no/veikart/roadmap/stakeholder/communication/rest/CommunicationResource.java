package no.veikart.roadmap.stakeholder.communication.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.stakeholder.communication.domain.Communication;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationDraft;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationPlan;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationService;
import no.veikart.roadmap.stakeholder.communication.view.CommunicationView;
import no.veikart.roadmap.stakeholder.communication.view.CommunicationViews;
import no.veikart.roadmap.stakeholder.communication.view.CommunicationWarningView;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;

/**
 * The communication plan over REST (api.md): read with browse permission, change with edit permission; the
 * service checks both. {@code POST …/{id}/contact-log} logs a done entry into its stakeholder's contact log.
 */
@Path("/initiatives/{key}/communications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunicationResource {
    private final CommunicationService communications;
    private final CommunicationViews views;
    private final RestSupport rest;

    @Inject
    public CommunicationResource(CommunicationService communications, CommunicationViews views, RestSupport rest) {
        this.communications = communications;
        this.views = views;
        this.rest = rest;
    }

    /** The JSON body of create and update. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CommunicationRequest(String audienceLevel, Long stakeholderId, String message, String channel, String date,
            String responsible, String status, Long version) {
    }

    /** The body of the log call: the version the entry was read at (optional). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LogRequest(Long version) {
    }

    public record PlanBody(List<CommunicationView> communications, List<CommunicationWarningView> warnings, boolean editable) {
    }

    public record LoggedBody(CommunicationView communication, long contactId, long stakeholderId) {
    }

    @GET
    @LicensedOnly
    public PlanBody list(@PathParam("key") String key) {
        Actor actor = rest.actor();
        CommunicationPlan plan = communications.plan(actor, key);
        return new PlanBody(plan.entries().stream()
                .map(c -> views.entry(c, plan.stakeholders(), actor.locale(), communications.today())).toList(),
                views.warnings(plan.warnings(), actor.locale()), plan.editable());
    }

    @POST
    @LicensedOnly
    public Response create(@PathParam("key") String key, CommunicationRequest request) {
        Actor actor = rest.actor();
        Communication created = communications.create(actor, key, draft(request));
        return Response.status(201).entity(view(actor, key, created)).build();
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    public CommunicationView update(@PathParam("key") String key, @PathParam("id") long id, CommunicationRequest request) {
        Actor actor = rest.actor();
        return view(actor, key, communications.update(actor, key, id, draft(request)));
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("key") String key, @PathParam("id") long id, @QueryParam("version") String version) {
        communications.delete(rest.actor(), key, id, RestSupport.optionalLong(version, "version"));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/contact-log")
    @LicensedOnly
    public Response logToContactLog(@PathParam("key") String key, @PathParam("id") long id, LogRequest request) {
        Actor actor = rest.actor();
        CommunicationService.Logged logged = communications.logToContactLog(actor, key, id, request == null ? null : request.version());
        return Response.status(201).entity(new LoggedBody(view(actor, key, logged.entry()), logged.contact().entry().id(),
                logged.contact().stakeholder().id())).build();
    }

    private CommunicationView view(Actor actor, String key, Communication c) {
        Map<Long, Stakeholder> stakeholders = communications.stakeholders(actor, key);
        return views.entry(c, stakeholders, actor.locale(), communications.today());
    }

    private static CommunicationDraft draft(CommunicationRequest r) {
        if (r == null) {
            throw new RoadmapException.Invalid(FieldError.of(null, "roadmap.error.malformedJson"));
        }
        return new CommunicationDraft(r.audienceLevel(), r.stakeholderId(), r.message(), r.channel(), r.date(), r.responsible(),
                r.status(), r.version());
    }
}
