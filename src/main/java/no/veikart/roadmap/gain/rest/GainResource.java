package no.veikart.roadmap.gain.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.GainDraft;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.domain.MeasurementDraft;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.gain.view.GainView;
import no.veikart.roadmap.gain.view.GainViews;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.gain.view.GainPlanView;

/** The gain realisation tool over REST (api.md): read with browse permission, change with edit permission. */
@Path("/initiatives/{key}/gains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GainResource {
    private final GainService gains;
    private final GainViews views;
    private final RestSupport rest;

    @Inject
    public GainResource(GainService gains, GainViews views, RestSupport rest) {
        this.gains = gains;
        this.views = views;
        this.rest = rest;
    }

    /**
     * The JSON body of create and update: {@code {type, title, indicator?, unit, currency?, baseline:{value,date},
     * target:{value,date}, owner?, method?, frequency, version}} (version only for update). Numbers are JSON numbers
     * (text is accepted too), dates yyyy-MM-dd.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GainRequest(String type, String title, String indicator, String unit, String currency, PointRequest baseline,
            PointRequest target, String owner, String method, String frequency, Long version) {
        GainDraft draft() {
            return new GainDraft(type, title, indicator, unit, currency, baseline == null ? null : baseline.point(),
                    target == null ? null : target.point(), owner, method, frequency);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PointRequest(@JsonDeserialize(using = ExactNumberDeserializer.class) Object value, String date) {
        GainDraft.Point point() {
            return new GainDraft.Point(value, date);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeasurementRequest(@JsonDeserialize(using = ExactNumberDeserializer.class) Object value, String date,
            String comment) {
    }

    @GET
    @LicensedOnly
    public GainPlanView list(@PathParam("key") String key) {
        Actor actor = rest.actor();
        return views.overview(gains.overview(actor, key), actor.locale());
    }

    @GET
    @Path("/{id}")
    @LicensedOnly
    public GainView get(@PathParam("key") String key, @PathParam("id") long id) {
        Actor actor = rest.actor();
        return view(actor, gains.get(actor, key, id));
    }

    @POST
    @LicensedOnly
    public Response create(@PathParam("key") String key, GainRequest request) {
        Actor actor = rest.actor();
        TrackedGain created = gains.create(actor, key, required(request).draft());
        return Response.status(201).entity(view(actor, created)).build();
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    public GainView update(@PathParam("key") String key, @PathParam("id") long id, GainRequest request) {
        Actor actor = rest.actor();
        GainRequest r = required(request);
        return view(actor, gains.update(actor, key, id, r.draft(), r.version()));
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("key") String key, @PathParam("id") long id, @QueryParam("version") String version) {
        gains.delete(rest.actor(), key, id, RestSupport.optionalLong(version, "version"));
        return Response.noContent().build();
    }

    /** 201 {@code {measurement:{…}, gain:{…}}}: the stored measurement and the gain with its new % realised and status. */
    @POST
    @Path("/{id}/measurements")
    @LicensedOnly
    public Response addMeasurement(@PathParam("key") String key, @PathParam("id") long id, MeasurementRequest request) {
        Actor actor = rest.actor();
        MeasurementRequest r = request == null ? new MeasurementRequest(null, null, null) : request;
        GainService.Recorded recorded = gains.addMeasurement(actor, key, id, new MeasurementDraft(r.value(), r.date(), r.comment()));
        return Response.status(201).entity(Map.of(
                "measurement", views.measurement(recorded.measurement(), recorded.gain().gain(), actor.locale()),
                "gain", view(actor, recorded.gain()))).build();
    }

    /** Removes a mistaken measurement; {@code version} is the gain's (optional). Answers with the gain as it is now. */
    @DELETE
    @Path("/{id}/measurements/{measurementId}")
    @LicensedOnly
    public GainView deleteMeasurement(@PathParam("key") String key, @PathParam("id") long id,
            @PathParam("measurementId") long measurementId, @QueryParam("version") String version) {
        Actor actor = rest.actor();
        return view(actor, gains.deleteMeasurement(actor, key, id, measurementId, RestSupport.optionalLong(version, "version")));
    }

    private GainView view(Actor actor, TrackedGain gain) {
        return views.gain(gain, actor.locale());
    }

    private static GainRequest required(GainRequest request) {
        if (request == null) {
            throw new RoadmapException.Invalid(FieldError.of(null, "roadmap.error.malformedJson"));
        }
        return request;
    }
}
