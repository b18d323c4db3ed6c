package no.veikart.roadmap.portfolio.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.initiative.domain.SummaryRebuild;
import no.veikart.roadmap.platform.rest.RestSupport;

/**
 * {@code POST /portfolio/rebuild}: recomputes every initiative's summary row (Jira administrators only) and answers
 * {@code {checked, differentCount, different: [initiative ids]}}. A POST, so Jira's XSRF check applies to it as to
 * every state-changing REST call of the plugin.
 */
@Path("/portfolio/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class PortfolioRebuildResource {
    private final SummaryRebuild rebuild;
    private final RestSupport rest;

    /** The rows that differed, by initiative id. */
    public record Report(int checked, int differentCount, List<Long> different) {
    }

    @jakarta.inject.Inject
    public PortfolioRebuildResource(SummaryRebuild rebuild, RestSupport rest) {
        this.rebuild = rebuild;
        this.rest = rest;
    }

    @POST
    @AdminOnly
    public Report rebuild() {
        InitiativeFigures.Rebuild result = rebuild.rebuild(rest.actor());
        return new Report(result.checked(), result.different().size(), result.different());
    }
}
