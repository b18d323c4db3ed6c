package no.veikart.roadmap.roles.view;

import java.util.List;

/** A procedure with one cell per actor in column order, for templates that cannot look cells up. */
public record RoleRowView(long id, String name, List<RoleCellView> cells, boolean flagged) {
    public RoleRowView {
        cells = List.copyOf(cells);
    }
}
