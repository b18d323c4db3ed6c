package no.veikart.roadmap.implementation.rest;

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
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.implementation.domain.ImplementationOverview;
import no.veikart.roadmap.implementation.domain.ImplementationRepository.RowKind;
import no.veikart.roadmap.implementation.domain.ImplementationService;
import no.veikart.roadmap.implementation.domain.NewStaffDraft;
import no.veikart.roadmap.implementation.domain.SuperUserDraft;
import no.veikart.roadmap.implementation.domain.TrainingDraft;
import no.veikart.roadmap.implementation.domain.UnitDraft;
import no.veikart.roadmap.implementation.view.ImplementationView;
import no.veikart.roadmap.implementation.view.ImplementationViews;
import no.veikart.roadmap.platform.rest.RestSupport;

/**
 * The implementation plan over REST (api.md): read with browse permission, change with edit permission. Every change
 * answers with the whole plan (warnings and coverage move with any row); creations answer 201.
 */
@Path("/initiatives/{key}/implementation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImplementationResource {
    private final ImplementationService plans;
    private final ImplementationViews views;
    private final RestSupport rest;

    // REST v2 builds resources through Jersey/HK2, which needs the constructor marked (platform.md).
    @Inject
    public ImplementationResource(ImplementationService plans, ImplementationViews views, RestSupport rest) {
        this.plans = plans;
        this.views = views;
        this.rest = rest;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitRequest(String name, Integer staff, List<String> shifts, Boolean pilotUnit, Boolean testUnit,
            String plannedGoLive, String status, String wentLive, String stableSince, String monitoringDate,
            String monitoringOutcome, Long version) {
        UnitDraft draft() {
            return new UnitDraft(name, staff, shifts, pilotUnit, testUnit, plannedGoLive, status, wentLive, stableSince,
                    monitoringDate, monitoringOutcome, version);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SuperUserRequest(String name, String userKey, String shift, String from, String to, Long version) {
        SuperUserDraft draft() {
            return new SuperUserDraft(name, userKey, shift, from, to, version);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrainingRequest(String date, String kind, Integer trained, String trainer, BigDecimal hours, Long version) {
        TrainingDraft draft() {
            return new TrainingDraft(date, kind, trained, trainer, hours, version);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewStaffRequest(String date, Integer count, Long version) {
        NewStaffDraft draft() {
            return new NewStaffDraft(date, count, version);
        }
    }

    @GET
    @LicensedOnly
    public ImplementationView get(@PathParam("key") String key) {
        Actor actor = rest.actor();
        return view(actor, plans.overview(actor, key));
    }

    @POST
    @Path("/units")
    @LicensedOnly
    public Response createUnit(@PathParam("key") String key, UnitRequest request) {
        return addRow(request, (actor, b) -> plans.createUnit(actor, key, b.draft()));
    }

    @PUT
    @Path("/units/{id}")
    @LicensedOnly
    public ImplementationView updateUnit(@PathParam("key") String key, @PathParam("id") long id, UnitRequest request) {
        Actor actor = rest.actor();
        return view(actor, plans.updateUnit(actor, key, id, body(request).draft()));
    }

    @DELETE
    @Path("/units/{id}")
    @LicensedOnly
    public ImplementationView deleteUnit(@PathParam("key") String key, @PathParam("id") long id,
            @QueryParam("version") String version) {
        Actor actor = rest.actor();
        return view(actor, plans.deleteUnit(actor, key, id, RestSupport.optionalLong(version, "version")));
    }

    @POST
    @Path("/units/{id}/super-users")
    @LicensedOnly
    public Response addSuperUser(@PathParam("key") String key, @PathParam("id") long id, SuperUserRequest r) {
        return addRow(r, (actor, b) -> plans.addSuperUser(actor, key, id, b.draft()));
    }

    @POST
    @Path("/units/{id}/trainings")
    @LicensedOnly
    public Response addTraining(@PathParam("key") String key, @PathParam("id") long id, TrainingRequest r) {
        return addRow(r, (actor, b) -> plans.addTraining(actor, key, id, b.draft()));
    }

    @POST
    @Path("/units/{id}/new-staff")
    @LicensedOnly
    public Response addNewStaff(@PathParam("key") String key, @PathParam("id") long id, NewStaffRequest r) {
        return addRow(r, (actor, b) -> plans.addNewStaff(actor, key, id, b.draft()));
    }

    /** A unit or a row of one added: the caller (401), the request (400 when missing), 201 with the whole plan. */
    private <R> Response addRow(R request, BiFunction<Actor, R, ImplementationOverview> add) {
        Actor actor = rest.actor();
        return created(actor, add.apply(actor, body(request)));
    }

    @DELETE
    @Path("/units/{id}/super-users/{rowId}")
    @LicensedOnly
    public ImplementationView deleteSuperUser(@PathParam("key") String key, @PathParam("id") long id,
            @PathParam("rowId") long rowId, @QueryParam("version") String version) {
        return deleteRow(key, id, RowKind.SUPER_USER, rowId, version);
    }

    @DELETE
    @Path("/units/{id}/trainings/{rowId}")
    @LicensedOnly
    public ImplementationView deleteTraining(@PathParam("key") String key, @PathParam("id") long id,
            @PathParam("rowId") long rowId, @QueryParam("version") String version) {
        return deleteRow(key, id, RowKind.TRAINING, rowId, version);
    }

    @DELETE
    @Path("/units/{id}/new-staff/{rowId}")
    @LicensedOnly
    public ImplementationView deleteNewStaff(@PathParam("key") String key, @PathParam("id") long id,
            @PathParam("rowId") long rowId, @QueryParam("version") String version) {
        return deleteRow(key, id, RowKind.NEW_STAFF, rowId, version);
    }

    private ImplementationView deleteRow(String key, long id, RowKind kind, long rowId, String version) {
        Actor actor = rest.actor();
        return view(actor, plans.deleteRow(actor, key, id, kind, rowId, RestSupport.optionalLong(version, "version")));
    }

    private ImplementationView view(Actor actor, ImplementationOverview o) {
        return views.overview(o, actor.locale());
    }

    private Response created(Actor actor, ImplementationOverview o) {
        return Response.status(201).entity(view(actor, o)).build();
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new RoadmapException.Invalid(FieldError.of(null, "roadmap.error.malformedJson"));
        }
        return request;
    }
}
