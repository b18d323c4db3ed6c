package no.veikart.roadmap.phase.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
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
import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.phase.domain.RoadmapTemplate;
import no.veikart.roadmap.phase.domain.TemplateDraft;
import no.veikart.roadmap.phase.domain.TemplateService;
import no.veikart.roadmap.phase.view.PhaseViews;
import no.veikart.roadmap.phase.view.TemplateView;
import no.veikart.roadmap.platform.rest.RestSupport;

@Path("/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {
    private final TemplateService templates;
    private final PhaseViews views;
    private final RestSupport rest;

    @Inject
    public TemplateResource(TemplateService templates, PhaseViews views, RestSupport rest) {
        this.templates = templates;
        this.views = views;
        this.rest = rest;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TemplateRequest(String name, Long version, List<TemplateDraft.PhaseDraft> phases) {
        TemplateDraft draft() {
            return new TemplateDraft(name, phases);
        }
    }

    @GET
    @LicensedOnly
    public List<TemplateView> list() {
        Actor actor = rest.actor();
        return templates.list(actor).stream().map(t -> views.template(t, actor.locale())).toList();
    }

    @GET
    @Path("/{id}")
    @LicensedOnly
    public TemplateView get(@PathParam("id") long id) {
        Actor actor = rest.actor();
        return views.template(templates.get(actor, id), actor.locale());
    }

    @POST
    @AdminOnly
    public Response create(TemplateRequest request) {
        Actor actor = rest.actor();
        RoadmapTemplate created = templates.create(actor, request == null ? null : request.draft());
        return Response.status(201).entity(views.template(created, actor.locale())).build();
    }

    @PUT
    @Path("/{id}")
    @AdminOnly
    public TemplateView update(@PathParam("id") long id, TemplateRequest request) {
        Actor actor = rest.actor();
        if (request == null || request.version() == null) {
            throw new RoadmapException.Invalid(FieldError.of("version", "roadmap.error.required", "roadmap.field.version"));
        }
        return views.template(templates.update(actor, id, request.draft(), request.version()), actor.locale());
    }
}
