package no.veikart.roadmap.leader.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.veikart.roadmap.leader.domain.LeaderAccessService;
import no.veikart.roadmap.leader.domain.LeaderAccessSettings;
import no.veikart.roadmap.platform.rest.RestSupport;

/**
 * Leader access (docs/reporting.md): {@code GET/PUT /leader-access} for administrators: the groups and the projects
 * that opted in; {@link PortfolioAggregateResource} serves their members.
 */
@Path("/leader-access")
public class LeaderAccessResource {
    private final LeaderAccessService leaders;
    private final RestSupport rest;

    @Inject
    public LeaderAccessResource(LeaderAccessService leaders, RestSupport rest) {
        this.leaders = leaders;
        this.rest = rest;
    }

    /** The body of PUT /leader-access; other properties are read past (so an oversized body meets the size limit, 413). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SettingsRequest(List<String> groups, List<String> projects, Long version) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public LeaderAccessSettings settings() {
        return leaders.settings(rest.actor());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public LeaderAccessSettings update(SettingsRequest body) {
        SettingsRequest b = body == null ? new SettingsRequest(null, null, null) : body;
        return leaders.update(rest.actor(), b.groups(), b.projects(), b.version());
    }
}
