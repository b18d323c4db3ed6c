package no.veikart.roadmap.portfolio.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.GainCalculator;

/**
 * The portfolio of the projects a caller may browse. Permission is decided per project (a handful of checks), then
 * the figures come from five set-based queries over those projects, never from queries per initiative. Results are
 * cached per user and question until data changes (see {@link PortfolioCache}).
 *
 * <p>Counts follow project browse permission. Jira issue security levels are not applied to the counts; the issue
 * links go through Jira's search, which applies them.
 */
public final class PortfolioService {
    private final PortfolioSource source;
    private final AccessControl access;
    private final PortfolioCache cache;
    private final GainCalculator calculator;
    private final Clock clock;

    public PortfolioService(PortfolioSource source, AccessControl access, PortfolioCache cache,
            GainCalculator calculator, Clock clock) {
        this.source = source;
        this.access = access;
        this.cache = cache;
        this.calculator = calculator;
        this.clock = clock;
    }

    public Portfolio portfolio(Actor actor, PortfolioQuery query) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
        List<String> projects = query.projectKeys().isEmpty() ? access.browsableProjects(actor)
                : query.projectKeys().stream().filter(p -> access.canBrowseProject(actor, p)).toList();
        LocalDate today = LocalDate.now(clock);
        String key = actor.userKey() + '\n' + String.join(",", projects) + '\n' + query.currency() + '\n' + today;
        return cache.get(key, () -> compute(projects, query, today));
    }

    /** The figures of {@code projects}, uncached and without permission checks: for the service and benchmarks. */
    public Portfolio compute(List<String> projects, PortfolioQuery query, LocalDate today) {
        PortfolioAggregator aggregator = new PortfolioAggregator(calculator, query.currency(), today);
        if (!projects.isEmpty()) {
            source.initiatives(projects, aggregator::initiative);
            source.stakeholders(projects, aggregator::stakeholder);
            source.anchored(projects, aggregator::anchored);
            source.gains(projects, aggregator::measuredGain);
            source.economics(projects, aggregator::economics);
        }
        return aggregator.result(projects);
    }
}
