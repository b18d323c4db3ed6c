package no.veikart.roadmap.pilot.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.pilot.domain.EvaluationDraft;
import no.veikart.roadmap.pilot.domain.GainFact;
import no.veikart.roadmap.pilot.domain.Observation;
import no.veikart.roadmap.pilot.domain.ObservationDraft;
import no.veikart.roadmap.pilot.domain.PilotOverview;
import no.veikart.roadmap.pilot.domain.PilotService;
import no.veikart.roadmap.pilot.domain.PlanDraft;
import no.veikart.roadmap.pilot.view.PilotObservationView;
import no.veikart.roadmap.pilot.view.PilotRoundView;
import no.veikart.roadmap.pilot.view.PilotViews;
import no.veikart.roadmap.platform.rest.RestSupport;

/**
 * Pilot rounds over REST (api.md): read with browse permission; the current round's plan, log and evaluation changed
 * with edit permission. Rounds are numbered from 1; a number that is no round yet (or no number) is 404.
 */
@Path("/initiatives/{key}/pilots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PilotResource {
    private final PilotService pilots;
    private final PilotViews views;
    private final RestSupport rest;

    // REST v2 builds resources through Jersey/HK2, which needs the constructor marked (platform.md).
    @Inject
    public PilotResource(PilotService pilots, PilotViews views, RestSupport rest) {
        this.pilots = pilots;
        this.views = views;
        this.rest = rest;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanRequest(String goals, String scope, String startDate, String endDate, ParticipantsRequest participants,
            String information, String competence, String errorHandling, MeasurementRequest measurement,
            String observation, String documentation, Long version) {
        PlanDraft draft() {
            return new PlanDraft(goals, scope, startDate, endDate,
                    participants == null ? null : new PlanDraft.ParticipantsDraft(participants.users(),
                            participants.employees(), participants.thirdParties(), participants.text()),
                    information, competence, errorHandling,
                    measurement == null ? null : new PlanDraft.MeasurementDraft(measurement.gainIds(), measurement.text()),
                    observation, documentation, version);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ParticipantsRequest(Integer users, Integer employees, Integer thirdParties, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeasurementRequest(List<Long> gainIds, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RatingRequest(Integer rating, String text) {
        EvaluationDraft.RatingDraft draft() {
            return new EvaluationDraft.RatingDraft(rating, text);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvaluationRequest(RatingRequest people, RatingRequest organisation, RatingRequest technology,
            RatingRequest gains, String newGains, String costAdjustments, String recommendation, String reasons,
            Long version) {
        EvaluationDraft draft() {
            return new EvaluationDraft(r(people), r(organisation), r(technology), r(gains), newGains, costAdjustments,
                    recommendation, reasons, version);
        }

        private static EvaluationDraft.RatingDraft r(RatingRequest r) {
            return r == null ? null : r.draft();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ObservationRequest(String date, String dimension, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewGainRequest(String title) {
    }

    /** The gain made from a round's new gains; the gain panel shows it from then on. */
    public record NewGainView(long gainId, String title) {
    }

    @GET
    @LicensedOnly
    public List<PilotRoundView> get(@PathParam("key") String key) {
        Actor actor = rest.actor();
        return views.rounds(pilots.overview(actor, key), actor.locale());
    }

    @PUT
    @Path("/{round}/plan")
    @LicensedOnly
    public PilotRoundView savePlan(@PathParam("key") String key, @PathParam("round") String round, PlanRequest request) {
        Actor actor = rest.actor();
        int n = round(round);
        pilots.savePlan(actor, key, n, request == null ? null : request.draft());
        return view(actor, key, n);
    }

    @PUT
    @Path("/{round}/evaluation")
    @LicensedOnly
    public PilotRoundView saveEvaluation(@PathParam("key") String key, @PathParam("round") String round,
            EvaluationRequest request) {
        Actor actor = rest.actor();
        int n = round(round);
        pilots.saveEvaluation(actor, key, n, request == null ? null : request.draft());
        return view(actor, key, n);
    }

    @POST
    @Path("/{round}/observations")
    @LicensedOnly
    public Response addObservation(@PathParam("key") String key, @PathParam("round") String round,
            ObservationRequest request) {
        Actor actor = rest.actor();
        Observation saved = pilots.addObservation(actor, key, round(round),
                request == null ? null : new ObservationDraft(request.date(), request.dimension(), request.text()));
        PilotObservationView view = views.observation(saved, actor.locale());
        return Response.status(201).entity(view).build();
    }

    @POST
    @Path("/{round}/gains")
    @LicensedOnly
    public Response addNewGain(@PathParam("key") String key, @PathParam("round") String round, NewGainRequest request) {
        Actor actor = rest.actor();
        GainFact added = pilots.addNewGain(actor, key, round(round), request == null ? null : request.title());
        return Response.status(201).entity(new NewGainView(added.id(), added.title())).build();
    }

    @DELETE
    @Path("/{round}/observations/{id}")
    @LicensedOnly
    public Response deleteObservation(@PathParam("key") String key, @PathParam("round") String round,
            @PathParam("id") String id) {
        Actor actor = rest.actor();
        long observationId;
        try {
            observationId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new RoadmapException.NotFound();
        }
        pilots.deleteObservation(actor, key, round(round), observationId);
        return Response.noContent().build();
    }

    private PilotRoundView view(Actor actor, String key, int round) {
        PilotOverview o = pilots.overview(actor, key);
        return views.round(o, o.round(round), actor.locale());
    }

    /** A round number from the path; anything else names no round (404), as an unknown id would. */
    static int round(String raw) {
        try {
            int n = Integer.parseInt(raw == null ? "" : raw.strip());
            if (n < 1) {
                throw new RoadmapException.NotFound();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new RoadmapException.NotFound();
        }
    }
}
