package no.veikart.roadmap.portfolio.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.portfolio.domain.Portfolio;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;
import no.veikart.roadmap.portfolio.domain.PortfolioService;
import no.veikart.roadmap.portfolio.view.PortfolioView;
import no.veikart.roadmap.portfolio.view.PortfolioViews;

/**
 * {@code GET /portfolio?projects=A,B&currency=DKK} or {@code ?filterId=10000}: the dashboard gadget's figures
 * (api.md); with a filter, {@code filter:{id, name}} names it; {@code &sections=risks,pilots} chooses the features'
 * sections (absent: all). Names are localised
 * here; counts, sums and keys come from {@link PortfolioService}, which checks what the caller may browse.
 */
@Path("/portfolio")
public class PortfolioResource {
    private final PortfolioService portfolios;
    private final RestSupport rest;
    private final PortfolioViews views;
    private final UserManager userManager;

    @Inject
    public PortfolioResource(PortfolioService portfolios, RestSupport rest, Texts texts, UserManager userManager) {
        this.portfolios = portfolios;
        this.rest = rest;
        this.views = new PortfolioViews(texts);
        this.userManager = userManager;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public PortfolioView portfolio(@QueryParam("projects") String projects,
            @QueryParam("currency") String currency, @QueryParam("filterId") String filterId,
            @QueryParam("sections") String sections) {
        long started = System.nanoTime();
        Actor actor = rest.actor();
        Portfolio p = portfolios.portfolio(actor, PortfolioQuery.parse(projects, currency, filterId, sections));
        return views.view(p, actor.locale(), this::displayName, (System.nanoTime() - started) / 1_000_000);
    }

    /** The owner's display name; the stored text when it is not a Jira user (owners may be typed names). */
    private String displayName(String ownerKey) {
        ApplicationUser user = userManager.getUserByKey(ownerKey);
        return user == null ? ownerKey : user.getDisplayName();
    }
}
