package no.veikart.roadmap.reporting.integration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.portfolio.domain.PortfolioService;
import no.veikart.roadmap.portfolio.domain.SavedFilters;
import no.veikart.roadmap.reporting.view.ReportingSectionView;

/**
 * What the printable political summary shows: the initiatives of some projects, or of a saved filter, that the reader
 * may browse, rolled up by {@link ReportingFigures}. No projects and no filter means every project the reader may
 * browse, as for the portfolio. An unknown or unshared filter is a 404.
 */
public class PoliticalSummary {
    private final InitiativeGuard guard;
    private final AccessControl access;
    private final SavedFilters filters;
    private final ReportingFigures figures;
    private final Clock clock;

    public PoliticalSummary(InitiativeLookup initiatives, AccessControl access, SavedFilters filters,
            ReportingFigures figures, Clock clock) {
        this.guard = new InitiativeGuard(initiatives, access);
        this.access = access;
        this.filters = filters;
        this.figures = figures;
        this.clock = clock;
    }

    /** The roll-up and its title (the filter's name, or the project keys). */
    public record Summary(String title, ReportingSectionView figures, LocalDate today) {
    }

    public Summary summary(Actor actor, String projects, String filterId) {
        InitiativeGuard.requireActor(actor);
        LocalDate today = LocalDate.now(clock);
        if (filterId != null && !filterId.isBlank()) {
            long id;
            try {
                id = Long.parseLong(filterId.strip());
            } catch (NumberFormatException e) {
                throw new RoadmapException.NotFound();
            }
            SavedFilters.Matches m = filters.matches(actor, id, PortfolioService.MAX_FILTER_ISSUES)
                    .orElseThrow(RoadmapException.NotFound::new);
            // The search ran with the reader's permissions; only initiative issues have summary rows.
            return new Summary(m.name(), figures.figures(m.issueIds(), today), today);
        }
        List<String> keys = projects == null || projects.isBlank() ? access.browsableProjects(actor)
                : Arrays.stream(projects.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Long> issueIds = guard.browsableInProjects(actor, keys).stream().map(InitiativeRef::issueId).toList();
        return new Summary(String.join(", ", keys), figures.figures(issueIds, today), today);
    }
}
