package no.veikart.roadmap.risk.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.risk.domain.HandoverDraft;
import no.veikart.roadmap.risk.domain.HandoverService;
import no.veikart.roadmap.risk.view.HandoverView;
import no.veikart.roadmap.risk.view.RiskViews;

/** The handover to operations over REST (api.md): browse reads, edit saves the whole record with its version. */
@Path("/initiatives/{key}/handover")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoverResource {
    private final HandoverService handovers;
    private final RiskViews views;
    private final RestSupport rest;

    @Inject
    public HandoverResource(HandoverService handovers, RiskViews views, RestSupport rest) {
        this.handovers = handovers;
        this.views = views;
        this.rest = rest;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HandoverRequest(String meetingDate, String operationsOwner, String finalReport, Boolean gainPlanReviewed,
            Boolean riskAnalysisReviewed, String participants, String learningPoints, String outcome, Long version) {
    }

    @GET
    @LicensedOnly
    public HandoverView get(@PathParam("key") String key) {
        Actor actor = rest.actor();
        return view(actor, handovers.get(actor, key));
    }

    @PUT
    @LicensedOnly
    public HandoverView save(@PathParam("key") String key, HandoverRequest r) {
        if (r == null) {
            throw new RoadmapException.Invalid(FieldError.of(null, "roadmap.error.malformedJson"));
        }
        Actor actor = rest.actor();
        return view(actor, handovers.save(actor, key, new HandoverDraft(r.meetingDate(), r.operationsOwner(), r.finalReport(),
                r.gainPlanReviewed(), r.riskAnalysisReviewed(), r.participants(), r.learningPoints(), r.outcome(), r.version())));
    }

    private HandoverView view(Actor actor, HandoverService.HandoverState s) {
        return views.handover(s.handover(), s.initiative().issueKey(), s.editable(), actor.locale());
    }
}
