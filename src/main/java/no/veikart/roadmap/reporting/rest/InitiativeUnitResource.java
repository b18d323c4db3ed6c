package no.veikart.roadmap.reporting.rest;

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
import java.util.List;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.reporting.domain.OrgUnit;
import no.veikart.roadmap.reporting.domain.OrgUnitService;
import no.veikart.roadmap.reporting.domain.OrgUnitService.UnitOfInitiative;
import no.veikart.roadmap.reporting.view.OrgUnitView;
import no.veikart.roadmap.reporting.view.InitiativeUnitView;

/**
 * An initiative's organisational unit: {@code GET /initiatives/{key}/unit} (browse) answers
 * {@code {unitId, sector, department, version, editable, units:[…]}}; {@code PUT} {@code {unitId|null, version}} (edit)
 * sets or clears it (409 when stale, 400 naming {@code unitId} for an unknown unit).
 */
@Path("/initiatives/{key}/unit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InitiativeUnitResource {
    private final OrgUnitService units;
    private final RestSupport rest;

    @Inject
    public InitiativeUnitResource(OrgUnitService units, RestSupport rest) {
        this.units = units;
        this.rest = rest;
    }

    @GET
    @LicensedOnly
    public InitiativeUnitView get(@PathParam("key") String key) {
        return view(units.unitOf(rest.actor(), key), units.list(rest.actor()));
    }

    @PUT
    @LicensedOnly
    public InitiativeUnitView put(@PathParam("key") String key, UnitBody body) {
        UnitBody b = body == null ? new UnitBody(null, null) : body;
        return view(units.assign(rest.actor(), key, b.unitId(), b.version()), units.list(rest.actor()));
    }

    /** The request body; other properties are read past (so an oversized body meets the size limit, 413). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitBody(Long unitId, Long version) {
    }

    private static InitiativeUnitView view(UnitOfInitiative u, List<OrgUnit> all) {
        OrgUnit unit = u.unit();
        return new InitiativeUnitView(u.initiative().issueKey(), unit == null ? null : unit.id(),
                unit == null ? null : unit.sector(), unit == null ? null : unit.department(), u.version(), u.editable(),
                all.stream().map(o -> new OrgUnitView(o.id(), o.sector(), o.department())).toList());
    }
}
