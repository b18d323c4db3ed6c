package no.veikart.roadmap.phase.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.MoveRequest;
import no.veikart.roadmap.phase.view.InitiativeView;
import no.veikart.roadmap.phase.view.PhaseViews;
import no.veikart.roadmap.platform.rest.RestSupport;

@Path("/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InitiativeResource {
    private final InitiativeService initiatives;
    private final AccessControl access;
    private final PhaseViews views;
    private final RestSupport rest;

    @Inject
    public InitiativeResource(InitiativeService initiatives, AccessControl access, PhaseViews views, RestSupport rest) {
        this.initiatives = initiatives;
        this.access = access;
        this.views = views;
        this.rest = rest;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CreateRequest(String projectKey, String summary, Long templateId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PhaseRequest(String to, String decision, String overrideReason, String reason, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StepRequest(Boolean done, Long version) {
    }

    @POST
    @LicensedOnly
    public Response create(CreateRequest request) {
        Actor actor = rest.actor();
        CreateRequest r = request == null ? new CreateRequest(null, null, null) : request;
        Initiative created = initiatives.create(actor, r.projectKey(), r.summary(), r.templateId());
        return Response.status(201).entity(view(actor, created)).build();
    }

    @GET
    @LicensedOnly
    public List<InitiativeView> inProject(@QueryParam("project") String projectKey) {
        Actor actor = rest.actor();
        if (projectKey == null || projectKey.isBlank()) {
            throw new RoadmapException.Invalid(FieldError.of("project", "roadmap.error.required", "roadmap.field.projectKey"));
        }
        return initiatives.findInProject(actor, projectKey).stream().map(i -> view(actor, i)).toList();
    }

    @GET
    @Path("/{key}")
    @LicensedOnly
    public InitiativeView get(@PathParam("key") String key) {
        Actor actor = rest.actor();
        return view(actor, initiatives.get(actor, key));
    }

    @POST
    @Path("/{key}/phase")
    @LicensedOnly
    public InitiativeView move(@PathParam("key") String key, PhaseRequest request) {
        Actor actor = rest.actor();
        PhaseRequest r = request == null ? new PhaseRequest(null, null, null, null, null) : request;
        MoveRequest move = new MoveRequest(r.to(), decision(r.decision()), r.overrideReason(), r.reason());
        return view(actor, initiatives.move(actor, key, move, r.version()));
    }

    @PUT
    @Path("/{key}/steps/{stepKey}")
    @LicensedOnly
    public InitiativeView step(@PathParam("key") String key, @PathParam("stepKey") String stepKey, StepRequest request) {
        Actor actor = rest.actor();
        if (request == null || request.done() == null) {
            throw new RoadmapException.Invalid(FieldError.of("done", "roadmap.error.required", "roadmap.field.done"));
        }
        return view(actor, initiatives.setStepDone(actor, key, stepKey, request.done(), request.version()));
    }

    private InitiativeView view(Actor actor, Initiative initiative) {
        return views.initiative(initiative, actor.locale(), access.canEditIssue(actor, initiative.issue().id()));
    }

    private static Decision decision(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Decision.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new RoadmapException.Invalid(FieldError.of("decision", "roadmap.error.unknownValue", "roadmap.field.decision", raw));
        }
    }
}
