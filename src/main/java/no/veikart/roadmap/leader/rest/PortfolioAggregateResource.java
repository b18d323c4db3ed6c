package no.veikart.roadmap.leader.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.veikart.roadmap.leader.domain.AggregatePortfolio;
import no.veikart.roadmap.leader.domain.LeaderAccessService;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;

/**
 * {@code GET /portfolio/aggregate?projects=A,B}: aggregated figures of the projects that opted in, for members of the
 * leader groups (403 for everyone else), audit-logged. Counts and sums only: see {@link AggregatePortfolio}.
 */
@Path("/portfolio/aggregate")
public class PortfolioAggregateResource {
    private final LeaderAccessService leaders;
    private final RestSupport rest;

    @Inject
    public PortfolioAggregateResource(LeaderAccessService leaders, RestSupport rest) {
        this.leaders = leaders;
        this.rest = rest;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public AggregatePortfolio aggregate(@QueryParam("projects") String projects) {
        return leaders.aggregate(rest.actor(), PortfolioQuery.parse(projects, null).projectKeys());
    }
}
