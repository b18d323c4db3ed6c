package no.veikart.roadmap.roles.view;

import java.util.List;

/**
 * The HUKI matrix as the reader sees it: the REST body of {@code GET …/roles} (api.md's fields, plus names in the
 * reader's language) and the panel's view model. {@code rows} is the grid the template walks; {@code legend} the
 * letters of the reader's language in cycle order; the {@code has…} flags spare templates any method call.
 */
public record RoleMatrixView(String initiativeKey, String projectKey, boolean editable, boolean valid, long version,
        List<RoleProcedureView> procedures, List<RoleActorView> actors, List<RoleCellView> cells, List<RoleRowView> rows,
        List<RoleWarningView> warnings, List<RoleLetterView> legend, List<RoleOptionView> kinds,
        List<RoleOptionView> stakeholders, boolean hasProcedures, boolean hasActors, boolean hasWarnings) {
    public RoleMatrixView {
        procedures = List.copyOf(procedures);
        actors = List.copyOf(actors);
        cells = List.copyOf(cells);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        legend = List.copyOf(legend);
        kinds = List.copyOf(kinds);
        stakeholders = List.copyOf(stakeholders);
    }
}
