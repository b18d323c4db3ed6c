package no.veikart.roadmap.stakeholder.rest;

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
import no.veikart.roadmap.stakeholder.domain.ContactLogDraft;
import no.veikart.roadmap.stakeholder.domain.ContactLogEntry;
import no.veikart.roadmap.stakeholder.domain.ContactLogged;
import no.veikart.roadmap.stakeholder.domain.PersonalData;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.domain.StakeholderDraft;
import no.veikart.roadmap.stakeholder.domain.StakeholderOverview;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import no.veikart.roadmap.stakeholder.domain.StakeholderSorting;
import no.veikart.roadmap.stakeholder.view.StakeholderView;
import no.veikart.roadmap.stakeholder.view.StakeholderViews;
import no.veikart.roadmap.stakeholder.view.AnchoringView;

/** The anchoring tool over REST (api.md): read with browse permission, change with edit permission. */
@Path("/initiatives/{key}/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StakeholderResource {
    private final StakeholderService stakeholders;
    private final StakeholderViews views;
    private final RestSupport rest;

    @Inject
    public StakeholderResource(StakeholderService stakeholders, StakeholderViews views, RestSupport rest) {
        this.stakeholders = stakeholders;
        this.views = views;
        this.rest = rest;
    }

    /** The JSON body of create and update; numbers arrive as JSON numbers, dates as yyyy-MM-dd. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StakeholderRequest(String name, String group, String level, String effect, Integer attitude,
            Integer desiredAttitude, Integer influence, Integer interest, String involvement, String owner, String lastContact,
            String nextContact, String notes, Map<String, String> statusByPhase, Long version) {
        StakeholderDraft draft() {
            return new StakeholderDraft(name, group, level, effect, attitude, desiredAttitude, influence, interest, involvement,
                    owner, lastContact, nextContact, notes, statusByPhase, version);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContactRequest(String date, String phaseKey, String agreed, String nextContact) {
    }

    public record ContactView(long id, String date, String dateDisplay, String phaseKey, String phaseName, String by, String agreed) {
    }

    /** Everything stored about a stakeholder as a person: GET …/{id}/personal-data. */
    public record PersonalDataView(String initiative, String exportedAt, String exportedBy, PersonView stakeholder,
            List<StatusView> anchoringStatuses, List<ContactView> contactLog) {
    }

    /** The stakeholder record as stored (an erased one keeps the marker name and {@code erased: true}). */
    public record PersonView(long id, String name, boolean erased, String group, String level, String effect, int attitude,
            int desiredAttitude, int influence, int interest, String involvement, String owner, String lastContact,
            String nextContact, String notes, long version) {
    }

    public record StatusView(String phaseKey, String phaseName, String status, String statusName) {
    }

    @GET
    @LicensedOnly
    public AnchoringView list(@PathParam("key") String key, @QueryParam("sort") String sort) {
        Actor actor = rest.actor();
        StakeholderSorting.Order order = StakeholderSorting.Order.parse(sort).orElse(StakeholderSorting.Order.LEVEL);
        StakeholderOverview overview = stakeholders.overview(actor, key, order);
        return views.overview(overview, actor.locale(), stakeholders.today());
    }

    @GET
    @Path("/{id}")
    @LicensedOnly
    public StakeholderView get(@PathParam("key") String key, @PathParam("id") long id) {
        Actor actor = rest.actor();
        return view(actor, key, stakeholders.get(actor, key, id));
    }

    @POST
    @LicensedOnly
    public Response create(@PathParam("key") String key, StakeholderRequest request) {
        Actor actor = rest.actor();
        Stakeholder created = stakeholders.create(actor, key, draft(request));
        return Response.status(201).entity(view(actor, key, created)).build();
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    public StakeholderView update(@PathParam("key") String key, @PathParam("id") long id, StakeholderRequest request) {
        Actor actor = rest.actor();
        return view(actor, key, stakeholders.update(actor, key, id, draft(request)));
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("key") String key, @PathParam("id") long id, @QueryParam("version") String version) {
        stakeholders.delete(rest.actor(), key, id, RestSupport.optionalLong(version, "version"));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/contacts")
    @LicensedOnly
    public Response logContact(@PathParam("key") String key, @PathParam("id") long id, ContactRequest request) {
        Actor actor = rest.actor();
        ContactRequest r = request == null ? new ContactRequest(null, null, null, null) : request;
        ContactLogged logged = stakeholders.logContact(actor, key, id, new ContactLogDraft(r.date(), r.phaseKey(), r.agreed(), r.nextContact()));
        return Response.status(201).entity(Map.of("contact", contact(actor, logged.entry()), "stakeholder",
                view(actor, key, logged.stakeholder()))).build();
    }

    @GET
    @Path("/{id}/contacts")
    @LicensedOnly
    public List<ContactView> contacts(@PathParam("key") String key, @PathParam("id") long id) {
        Actor actor = rest.actor();
        return stakeholders.contacts(actor, key, id).stream().map(c -> contact(actor, c)).toList();
    }

    /**
     * A GDPR access request: everything the plugin stores about the stakeholder as a person, as a JSON download.
     * Edit permission (the people who keep the anchoring plan); every export is audited.
     */
    @GET
    @Path("/{id}/personal-data")
    @LicensedOnly
    public Response personalData(@PathParam("key") String key, @PathParam("id") long id) {
        Actor actor = rest.actor();
        PersonalData data = stakeholders.personalData(actor, key, id);
        Stakeholder s = data.stakeholder();
        List<StatusView> statuses = s.statusByPhase().entrySet().stream()
                .map(e -> new StatusView(e.getKey(), views.phaseName(e.getKey(), actor.locale()), e.getValue().name(),
                        views.statusName(e.getValue(), actor.locale())))
                .toList();
        PersonView person = new PersonView(s.id(), s.name(), s.erased(), s.group(), s.level().name(), s.effect(), s.attitude(),
                s.desiredAttitude(), s.influence(), s.interest(), s.involvement().name(), s.ownerKey(), iso(s.lastContact()),
                iso(s.nextContact()), s.notes(), s.version());
        PersonalDataView body = new PersonalDataView(data.initiative().issueKey(), data.exportedAt().toString(), data.exportedBy(),
                person, statuses, data.contacts().stream().map(c -> contact(actor, c)).toList());
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"stakeholder-" + s.id() + "-personal-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * A GDPR erasure request: removes the name, effect, notes and contact log texts, keeps what the coverage counts.
     * Edit permission and XSRF protection like every change; {@code version} (optional) must be the stored one.
     */
    @POST
    @Path("/{id}/erase")
    @LicensedOnly
    public StakeholderView erase(@PathParam("key") String key, @PathParam("id") long id, @QueryParam("version") Long version) {
        Actor actor = rest.actor();
        return view(actor, key, stakeholders.erase(actor, key, id, version));
    }

    private static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private ContactView contact(Actor actor, ContactLogEntry c) {
        return new ContactView(c.id(), c.date().toString(), StakeholderViews.display(c.date(), actor.locale()), c.phaseKey(),
                c.phaseKey() == null ? null : views.phaseName(c.phaseKey(), actor.locale()), c.byName(), c.agreed());
    }

    private StakeholderView view(Actor actor, String key, Stakeholder s) {
        String currentPhase = stakeholders.initiative(actor, key).currentPhase();
        return views.stakeholder(s, currentPhase, actor.locale(), stakeholders.today());
    }

    private static StakeholderDraft draft(StakeholderRequest request) {
        if (request == null) {
            throw new RoadmapException.Invalid(FieldError.of(null, "roadmap.error.malformedJson"));
        }
        return request.draft();
    }
}
