package no.veikart.roadmap.workbook.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;
import no.veikart.roadmap.portfolio.domain.PortfolioService;
import no.veikart.roadmap.portfolio.domain.SavedFilters;
import no.veikart.roadmap.workbook.domain.WorkbookScope.WorkbookInitiative;

/**
 * The portfolio workbook: which initiatives it covers (the projects the caller may browse among those asked for, or
 * a saved filter's initiatives in projects they may browse — as {@code GET /portfolio} decides) and each feature's
 * sheet for them, in the order of the sheet list.
 */
public final class WorkbookService {
    private final InitiativeSummaryReader summaries;
    private final AccessControl access;
    private final SavedFilters filters;
    private final Clock clock;
    private final List<WorkbookSheet> sheets;

    public WorkbookService(InitiativeSummaryReader summaries, AccessControl access, SavedFilters filters, Clock clock,
            List<WorkbookSheet> sheets) {
        this.summaries = summaries;
        this.access = access;
        this.filters = filters;
        this.clock = clock;
        this.sheets = List.copyOf(sheets);
    }

    /** Sheet key → content, in workbook order. */
    public Map<String, SheetData> workbook(Actor actor, PortfolioQuery query) {
        WorkbookScope scope = scope(actor, query);
        Map<String, SheetData> result = new LinkedHashMap<>();
        for (WorkbookSheet sheet : sheets) {
            result.put(sheet.key(), sheet.sheet(scope));
        }
        return result;
    }

    public WorkbookScope scope(Actor actor, PortfolioQuery query) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
        LocalDate today = LocalDate.now(clock);
        List<WorkbookInitiative> initiatives = new ArrayList<>();
        Consumer<InitiativeSummary> add = row -> initiatives.add(new WorkbookInitiative(row.initiativeId(), row.issueId(),
                row.issueKey(), row.projectKey(), row.summary(), row.currentPhase(), row.status(),
                row.highestResidualRisk(), row.statusReportColour()));
        List<String> projects;
        if (query.filterId() == null) {
            projects = query.projectKeys().isEmpty() ? access.browsableProjects(actor)
                    : query.projectKeys().stream().filter(p -> access.canBrowseProject(actor, p)).toList();
            if (!projects.isEmpty()) {
                summaries.inProjects(projects, add);
            }
        } else {
            long filterId = query.filterId();
            SavedFilters.Matches matches = filters.matches(actor, filterId, PortfolioService.MAX_FILTER_ISSUES)
                    .orElseThrow(() -> new RoadmapException.Invalid(List.of(FieldError.of("filterId",
                            "roadmap.portfolio.error.filterNotFound", String.valueOf(filterId)))));
            if (!matches.complete()) {
                throw new RoadmapException.Invalid(List.of(FieldError.of("filterId", "roadmap.portfolio.error.filterTooLarge",
                        matches.name(), matches.total(), PortfolioService.MAX_FILTER_ISSUES)));
            }
            projects = matches.projectKeys().stream().sorted().filter(p -> access.canBrowseProject(actor, p)).toList();
            Set<String> allowed = Set.copyOf(projects);
            if (!projects.isEmpty() && !matches.issueIds().isEmpty()) {
                summaries.ofIssues(matches.issueIds(), row -> {
                    if (allowed.contains(row.projectKey())) {
                        add.accept(row);
                    }
                });
            }
        }
        initiatives.sort(java.util.Comparator.comparing(WorkbookInitiative::projectKey)
                .thenComparingLong(WorkbookInitiative::issueId));
        return new WorkbookScope(actor, actor.locale(), today, projects, initiatives);
    }
}
