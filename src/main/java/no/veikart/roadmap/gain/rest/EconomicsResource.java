package no.veikart.roadmap.gain.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.EconomicsDraft;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.view.EconomicsView;
import no.veikart.roadmap.gain.view.GainViews;
import no.veikart.roadmap.platform.rest.RestSupport;

/**
 * The cost side of an initiative's gain plan: hourly rate (monetises saved hours), currency, discount rate, horizon,
 * investment, running cost and training. GET with browse permission ({@code set:false} before anyone saved them), PUT
 * with edit permission: 201 the first time (without {@code version}), then 200 with the stored {@code version}.
 */
@Path("/initiatives/{key}/economics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EconomicsResource {
    private final GainService gains;
    private final GainViews views;
    private final RestSupport rest;

    @Inject
    public EconomicsResource(GainService gains, GainViews views, RestSupport rest) {
        this.gains = gains;
        this.views = views;
        this.rest = rest;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EconomicsRequest(@JsonDeserialize(using = ExactNumberDeserializer.class) Object hourlyRate, String currency,
            @JsonDeserialize(using = ExactNumberDeserializer.class) Object discountRatePercent,
            @JsonDeserialize(using = ExactNumberDeserializer.class) Object horizonYears,
            @JsonDeserialize(using = ExactNumberDeserializer.class) Object investment,
            @JsonDeserialize(using = ExactNumberDeserializer.class) Object yearlyRunningCost,
            @JsonDeserialize(using = ExactNumberDeserializer.class) Object trainingHoursPerEmployee,
            @JsonDeserialize(using = ExactNumberDeserializer.class) Object employees, Long version) {
        EconomicsDraft draft() {
            return new EconomicsDraft(hourlyRate, currency, discountRatePercent, horizonYears, investment, yearlyRunningCost,
                    trainingHoursPerEmployee, employees);
        }
    }

    @GET
    @LicensedOnly
    public EconomicsView get(@PathParam("key") String key) {
        Actor actor = rest.actor();
        Economics economics = gains.economics(actor, key);
        return views.economics(gains.initiative(actor, key).issueKey(), economics, actor.locale());
    }

    @PUT
    @LicensedOnly
    public Response save(@PathParam("key") String key, EconomicsRequest request) {
        Actor actor = rest.actor();
        if (request == null) {
            throw new RoadmapException.Invalid(FieldError.of(null, "roadmap.error.malformedJson"));
        }
        Economics saved = gains.saveEconomics(actor, key, request.draft(), request.version());
        EconomicsView view = views.economics(gains.initiative(actor, key).issueKey(), saved, actor.locale());
        return Response.status(request.version() == null ? 201 : 200).entity(view).build();
    }
}
