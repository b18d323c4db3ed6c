package no.veikart.roadmap.portfolio.domain;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;

/**
 * The portfolio of the projects a caller may browse. Permission is decided per project (a handful of checks), then
 * the figures come from the initiatives' summary rows (the read model, one row per initiative, kept in step with every
 * change), never from queries per initiative. Results are
 * cached per user and question until data changes (see {@link PortfolioCache}).
 *
 * <p>Counts follow project browse permission. Jira issue security levels are not applied to project counts; the issue
 * links go through Jira's search, which applies them. A saved filter's portfolio counts only the initiatives the
 * filter finds for the caller, so there issue security is applied too.
 */
public final class PortfolioService {
    /** Beyond this a filter is refused: Jira's search pages stop at 10 000 results on OpenSearch (max_result_window). */
    public static final int MAX_FILTER_ISSUES = 10_000;

    private final InitiativeSummaryReader summaries;
    private final GainRepository gains;
    private final AccessControl access;
    private final PortfolioCache cache;
    private final Clock clock;
    private final SavedFilters filters;
    private final PortfolioSections sections;

    public PortfolioService(InitiativeSummaryReader summaries, GainRepository gains, AccessControl access,
            PortfolioCache cache, Clock clock) {
        this(summaries, gains, access, cache, clock, (actor, id, limit) -> Optional.empty());
    }

    /** @param gains only for the titles and owners of the overdue follow-ups shown (50 at most) */
    public PortfolioService(InitiativeSummaryReader summaries, GainRepository gains, AccessControl access,
            PortfolioCache cache, Clock clock, SavedFilters filters) {
        this(summaries, gains, access, cache, clock, filters, PortfolioSections.none());
    }

    /** @param sections the features' sections (risks, pilots, …), computed for the initiatives counted */
    public PortfolioService(InitiativeSummaryReader summaries, GainRepository gains, AccessControl access,
            PortfolioCache cache, Clock clock, SavedFilters filters, PortfolioSections sections) {
        this.sections = sections;
        this.summaries = summaries;
        this.gains = gains;
        this.filters = filters;
        this.access = access;
        this.cache = cache;
        this.clock = clock;
    }

    public Portfolio portfolio(Actor actor, PortfolioQuery query) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
        if (query.filterId() != null) {
            return filtered(actor, query);
        }
        List<String> projects = query.projectKeys().isEmpty() ? access.browsableProjects(actor)
                : query.projectKeys().stream().filter(p -> access.canBrowseProject(actor, p)).toList();
        LocalDate today = LocalDate.now(clock);
        String key = actor.userKey() + '\n' + String.join(",", projects) + '\n' + query.currency() + '\n' + today
                + '\n' + sections.chosen(query.sections());
        return cache.get(key, () -> compute(projects, query, today));
    }

    /**
     * The initiatives a saved filter finds for the caller, in the projects of those issues the caller may browse.
     * The search runs on every request (issues change without the portfolio hearing of it); the aggregation is
     * cached under the exact set of issues found.
     */
    private Portfolio filtered(Actor actor, PortfolioQuery query) {
        long filterId = query.filterId();
        SavedFilters.Matches matches = filters.matches(actor, filterId, MAX_FILTER_ISSUES)
                .orElseThrow(() -> new RoadmapException.Invalid(List.of(
                        FieldError.of("filterId", "roadmap.portfolio.error.filterNotFound", String.valueOf(filterId)))));
        if (!matches.complete()) {
            throw new RoadmapException.Invalid(List.of(FieldError.of("filterId",
                    "roadmap.portfolio.error.filterTooLarge", matches.name(), matches.total(), MAX_FILTER_ISSUES)));
        }
        List<String> projects = matches.projectKeys().stream().sorted()
                .filter(p -> access.canBrowseProject(actor, p)).toList();
        long[] ids = matches.issueIds().stream().mapToLong(Long::longValue).sorted().toArray();
        LocalDate today = LocalDate.now(clock);
        String key = actor.userKey() + "\nfilter " + filterId + ' ' + digest(ids) + '\n' + String.join(",", projects)
                + '\n' + query.currency() + '\n' + today + '\n' + sections.chosen(query.sections());
        Portfolio figures = cache.get(key, () -> compute(projects, query, today, ids));
        return figures.withFilter(new Portfolio.Filter(filterId, matches.name()));
    }

    /** The figures of {@code projects}, uncached and without permission checks: for the service and benchmarks. */
    public Portfolio compute(List<String> projects, PortfolioQuery query, LocalDate today) {
        PortfolioAggregator aggregator = new PortfolioAggregator(query.currency(), today);
        List<String> chosen = sections.chosen(query.sections());
        List<PortfolioInitiative> counted = new ArrayList<>();
        if (!projects.isEmpty()) {
            summaries.inProjects(projects, chosen.isEmpty() ? aggregator::add : row -> {
                aggregator.add(row);
                counted.add(initiative(row));
            });
        }
        return withSections(aggregator.result(projects, gains::findByIds), chosen, counted, today);
    }

    /**
     * As {@link #compute(List, PortfolioQuery, LocalDate)}, counting only the initiatives of {@code issueIds}: their
     * summary rows are read by issue id, those outside {@code projects} left out.
     */
    public Portfolio compute(List<String> projects, PortfolioQuery query, LocalDate today, long[] issueIds) {
        PortfolioAggregator aggregator = new PortfolioAggregator(query.currency(), today);
        List<String> chosen = sections.chosen(query.sections());
        List<PortfolioInitiative> counted = new ArrayList<>();
        Set<String> allowed = Set.copyOf(projects);
        if (!projects.isEmpty() && issueIds.length > 0) {
            summaries.ofIssues(Arrays.stream(issueIds).boxed().toList(), row -> {
                if (allowed.contains(row.projectKey())) {
                    aggregator.add(row);
                    if (!chosen.isEmpty()) {
                        counted.add(initiative(row));
                    }
                }
            });
        }
        return withSections(aggregator.result(projects, gains::findByIds), chosen, counted, today);
    }

    private Portfolio withSections(Portfolio figures, List<String> chosen, List<PortfolioInitiative> counted,
            LocalDate today) {
        return chosen.isEmpty() ? figures : figures.withSections(sections.figures(chosen, counted, today));
    }

    private static PortfolioInitiative initiative(InitiativeSummary row) {
        return new PortfolioInitiative(row.initiativeId(), row.issueId(), row.issueKey(), row.projectKey(),
                row.summary(), row.currentPhase(), row.status());
    }

    /** Names the set of issues in a cache key: a cryptographic digest, so two sets never share cached figures. */
    private static String digest(long[] sortedIds) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES);
            for (long id : sortedIds) {
                sha.update(buffer.clear().putLong(id).array());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
