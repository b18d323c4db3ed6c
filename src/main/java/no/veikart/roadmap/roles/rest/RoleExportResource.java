package no.veikart.roadmap.roles.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.platform.rest.CsvExport;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.roles.domain.Procedure;
import no.veikart.roadmap.roles.domain.RoleExportRow;
import no.veikart.roadmap.roles.domain.RoleMatrixService;
import no.veikart.roadmap.roles.view.RoleViews;

/**
 * {@code GET /export/roles.csv?projects=A,B}: one line per non-empty cell of every matrix the caller may browse
 * (a long table filters and pivots well in Excel; a wide grid would differ per initiative).
 */
@Path("/export")
public class RoleExportResource {
    private final RoleMatrixService roles;
    private final RoleViews views;
    private final RestSupport rest;

    @Inject
    public RoleExportResource(RoleMatrixService roles, RoleViews views, RestSupport rest) {
        this.roles = roles;
        this.views = views;
        this.rest = rest;
    }

    @GET
    @Path("/roles.csv")
    @Produces("text/csv")
    @LicensedOnly
    public Response roles(@QueryParam("projects") String projects) {
        Actor actor = rest.actor();
        List<RoleExportRow> rows = roles.export(actor,
                CsvExport.projectKeys(projects));
        Locale locale = actor.locale();
        List<String> header = List.of("project", "initiative", "procedure", "actor", "kind", "letter", "role").stream()
                .map(h -> rest.text("roadmap.roles.export." + h)).toList();
        List<List<String>> lines = new ArrayList<>();
        for (RoleExportRow row : rows) {
            for (Procedure p : row.matrix().procedures()) {
                row.matrix().cellsOf(p.id()).stream()
                        .sorted((a, b) -> Integer.compare(indexOf(row, a.actorId()), indexOf(row, b.actorId())))
                        .forEach(c -> row.matrix().actor(c.actorId()).ifPresent(a -> lines.add(Arrays.asList(
                                row.initiative().projectKey(), row.initiative().issueKey(), p.name(), a.name(),
                                views.kindName(a.kind(), locale), views.letter(c.role(), locale), views.roleName(c.role(), locale)))));
            }
        }
        return CsvExport.download("roles", locale, header, lines);
    }

    private static int indexOf(RoleExportRow row, long actorId) {
        List<Long> ids = row.matrix().actors().stream().map(a -> a.id()).toList();
        return ids.indexOf(actorId);
    }
}
