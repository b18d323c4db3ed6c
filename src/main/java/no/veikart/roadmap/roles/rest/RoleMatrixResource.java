package no.veikart.roadmap.roles.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.roles.domain.RoleMatrixDraft;
import no.veikart.roadmap.roles.domain.RoleMatrixService;
import no.veikart.roadmap.roles.view.RoleMatrixView;
import no.veikart.roadmap.roles.view.RoleViews;

/** The HUKI matrix over REST (api.md): read with browse permission, saved as a whole with edit permission. */
@Path("/initiatives/{key}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleMatrixResource {
    private final RoleMatrixService roles;
    private final RoleViews views;
    private final RestSupport rest;

    // REST v2 builds resources through Jersey/HK2, which needs the constructor marked (platform.md).
    @Inject
    public RoleMatrixResource(RoleMatrixService roles, RoleViews views, RestSupport rest) {
        this.roles = roles;
        this.views = views;
        this.rest = rest;
    }

    /** The PUT body: the whole matrix; new rows and actors carry negative ids that cells refer to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MatrixRequest(List<ProcedureRequest> procedures, List<ActorRequest> actors, List<CellRequest> cells,
            Long version) {
        RoleMatrixDraft draft() {
            return new RoleMatrixDraft(
                    procedures == null ? null : procedures.stream()
                            .map(p -> p == null ? null : new RoleMatrixDraft.ProcedureDraft(p.id(), p.name())).toList(),
                    actors == null ? null : actors.stream().map(a -> a == null ? null
                            : new RoleMatrixDraft.ActorDraft(a.id(), a.name(), a.kind(), a.userKey(), a.stakeholderId())).toList(),
                    cells == null ? null : cells.stream().map(c -> c == null ? null
                            : new RoleMatrixDraft.CellDraft(c.procedureId(), c.actorId(), c.role())).toList(),
                    version);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProcedureRequest(Long id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActorRequest(Long id, String name, String kind, String userKey, Long stakeholderId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CellRequest(Long procedureId, Long actorId, String role) {
    }

    /** An initiative a matrix can be copied from. */
    public record SourceView(String key) {
    }

    @GET
    @LicensedOnly
    public RoleMatrixView get(@PathParam("key") String key) {
        Actor actor = rest.actor();
        return views.overview(roles.overview(actor, key), actor.locale());
    }

    @PUT
    @LicensedOnly
    public RoleMatrixView save(@PathParam("key") String key, MatrixRequest request) {
        Actor actor = rest.actor();
        if (request == null) {
            throw new RoadmapException.Invalid(FieldError.of("version", "roadmap.error.required", "roadmap.field.version"));
        }
        return views.overview(roles.save(actor, key, request.draft()), actor.locale());
    }

    /** The initiatives of the same project the caller may browse, to copy a matrix from (editors only). */
    @GET
    @Path("/sources")
    @LicensedOnly
    public List<SourceView> sources(@PathParam("key") String key) {
        return roles.copySources(rest.actor(), key).stream().map(r -> new SourceView(r.issueKey())).toList();
    }

    /** {@code ?from=KEY}: that initiative's matrix as an unsaved draft for this one (temporary ids, no links). */
    @GET
    @Path("/copy")
    @LicensedOnly
    public RoleMatrixView copy(@PathParam("key") String key, @QueryParam("from") String from) {
        Actor actor = rest.actor();
        if (from == null || from.isBlank()) {
            throw new RoadmapException.Invalid(FieldError.of("from", "roadmap.error.required", "roadmap.roles.field.from"));
        }
        return views.draft(key, roles.copyFrom(actor, key, from), actor.locale());
    }
}
