package no.veikart.roadmap.risk.rest;

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
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.risk.domain.MeasureDraft;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskDraft;
import no.veikart.roadmap.risk.domain.RiskRegister;
import no.veikart.roadmap.risk.domain.RiskRepository;
import no.veikart.roadmap.risk.domain.RiskRules;
import no.veikart.roadmap.risk.domain.RiskService;
import no.veikart.roadmap.risk.view.RiskRegisterView;
import no.veikart.roadmap.risk.view.RiskView;
import no.veikart.roadmap.risk.view.RiskViews;

/** The risk register (ROS) over REST (api.md): read with browse permission, change with edit permission. */
@Path("/initiatives/{key}/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskResource {
    private final RiskService risks;
    private final RiskViews views;
    private final RestSupport rest;

    @Inject
    public RiskResource(RiskService risks, RiskViews views, RestSupport rest) {
        this.risks = risks;
        this.views = views;
        this.rest = rest;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AcceptanceRequest(String reason, String date) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeasureRequest(Long id, String text, String owner, String due, String status, Boolean createIssue,
            Long version) {
        MeasureDraft draft() {
            return new MeasureDraft(id, text, owner, due, status);
        }
    }

    /** The JSON body of create and update; likelihood and consequence arrive as JSON numbers, dates as yyyy-MM-dd. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RiskRequest(String title, String description, String cause, String category, Integer likelihood,
            Integer consequence, Integer residualLikelihood, Integer residualConsequence, String contingency,
            AcceptanceRequest acceptance, String owner, String nextReview, List<MeasureRequest> measures, Long version) {
        RiskDraft draft() {
            return new RiskDraft(title, description, cause, category, likelihood, consequence, residualLikelihood,
                    residualConsequence, contingency,
                    acceptance == null ? null : new RiskDraft.AcceptanceDraft(acceptance.reason(), acceptance.date()), owner,
                    nextReview, measures == null ? null : measures.stream().map(m -> m == null ? null : m.draft()).toList(),
                    version);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanRequest(String text, Long version) {
    }

    public record PlanView(String text, long version) {
    }

    @GET
    @LicensedOnly
    public RiskRegisterView list(@PathParam("key") String key, @QueryParam("sort") String sort) {
        Actor actor = rest.actor();
        RiskRules.Order order = RiskRules.Order.parse(sort).orElse(RiskRules.Order.LEVEL);
        RiskRegister register = risks.register(actor, key, order);
        return views.register(register, order, risks.issueStatuses(register.risks()), actor.locale());
    }

    @GET
    @Path("/{id}")
    @LicensedOnly
    public RiskView get(@PathParam("key") String key, @PathParam("id") long id) {
        Actor actor = rest.actor();
        return view(actor, risks.get(actor, key, id));
    }

    @POST
    @LicensedOnly
    public Response create(@PathParam("key") String key, RiskRequest request) {
        Actor actor = rest.actor();
        Risk created = risks.create(actor, key, body(request).draft());
        return Response.status(201).entity(view(actor, created)).build();
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    public RiskView update(@PathParam("key") String key, @PathParam("id") long id, RiskRequest request) {
        Actor actor = rest.actor();
        return view(actor, risks.update(actor, key, id, body(request).draft()));
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("key") String key, @PathParam("id") long id, @QueryParam("version") String version) {
        risks.delete(rest.actor(), key, id, RestSupport.optionalLong(version, "version"));
        return Response.noContent().build();
    }

    /** Adds a measure; {@code createIssue} also makes a Jira task in the initiative's project, linked to it. */
    @POST
    @Path("/{id}/measures")
    @LicensedOnly
    public Response addMeasure(@PathParam("key") String key, @PathParam("id") long id, MeasureRequest request) {
        Actor actor = rest.actor();
        MeasureRequest r = body(request);
        Risk updated = risks.addMeasure(actor, key, id, r.draft(), Boolean.TRUE.equals(r.createIssue()), r.version());
        return Response.status(201).entity(view(actor, updated)).build();
    }

    /**
     * Changes one measure ({@code {text, owner?, due?, status, version}}, the risk's version); not in api.md's table,
     * see docs/risks.md. Answers the risk, as adding a measure does.
     */
    @PUT
    @Path("/{id}/measures/{measureId}")
    @LicensedOnly
    public RiskView updateMeasure(@PathParam("key") String key, @PathParam("id") long id,
            @PathParam("measureId") long measureId, MeasureRequest request) {
        Actor actor = rest.actor();
        MeasureRequest r = body(request);
        return view(actor, risks.updateMeasure(actor, key, id, measureId, r.draft(), r.version()));
    }

    /** The initiative's contingency plan (one text): not in api.md's table, which gives it only in the GET. */
    @PUT
    @Path("/contingency-plan")
    @LicensedOnly
    public PlanView savePlan(@PathParam("key") String key, PlanRequest request) {
        PlanRequest r = body(request);
        RiskRepository.ContingencyPlan plan = risks.savePlan(rest.actor(), key, r.text(), r.version());
        return new PlanView(plan.text(), plan.version());
    }

    private RiskView view(Actor actor, Risk r) {
        return views.risk(r, risks.regions(), risks.today(), risks.issueStatuses(List.of(r)), actor.locale());
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new RoadmapException.Invalid(FieldError.of(null, "roadmap.error.malformedJson"));
        }
        return request;
    }
}
