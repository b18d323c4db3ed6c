package no.veikart.roadmap.workbook.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Actor;

/**
 * What one workbook covers: the projects the caller may browse among those asked for (or of a saved filter's issues)
 * and the initiatives counted, exactly as {@code GET /portfolio} decides them. Sheets keep only rows of these.
 */
public record WorkbookScope(Actor actor, Locale locale, LocalDate today, List<String> projects,
        List<WorkbookInitiative> initiatives) {
    public WorkbookScope {
        projects = List.copyOf(projects);
        initiatives = List.copyOf(initiatives);
    }

    public Set<Long> initiativeIds() {
        return initiatives.stream().map(WorkbookInitiative::initiativeId).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A feature's export rows for the scope's projects (the feature's service checks browse permission again), only
     * those of the scope's initiatives (a saved filter chooses fewer than whole projects).
     */
    public <T> List<T> rowsOf(BiFunction<Actor, List<String>, List<T>> export, ToLongFunction<T> initiativeId) {
        if (projects.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = initiativeIds();
        return export.apply(actor, projects).stream().filter(r -> ids.contains(initiativeId.applyAsLong(r))).toList();
    }

    /** One initiative of the portfolio read model, as the caller may see it. */
    public record WorkbookInitiative(long initiativeId, long issueId, String issueKey, String projectKey, String summary,
            String currentPhase, String status, Integer highestResidualRisk, String statusReportColour) {
    }
}
