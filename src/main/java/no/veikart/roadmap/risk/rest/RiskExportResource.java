package no.veikart.roadmap.risk.rest;

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
import java.util.Map;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.platform.rest.CsvExport;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.risk.domain.RiskExportRow;
import no.veikart.roadmap.risk.domain.RiskService;
import no.veikart.roadmap.risk.view.MeasureView;
import no.veikart.roadmap.risk.view.RiskView;
import no.veikart.roadmap.risk.view.RiskViews;

/** {@code GET /export/risks.csv?projects=A,B}: one line per risk the caller may browse, measures joined in one cell. */
@Path("/export")
public class RiskExportResource {
    private static final List<String> COLUMNS = List.of("project", "initiative", "title", "category", "likelihood",
            "consequence", "score", "level", "residualLikelihood", "residualConsequence", "residualScore", "residualLevel",
            "owner", "nextReview", "measures", "contingency", "acceptedBy", "acceptanceReason", "acceptanceDate");

    private final RiskService risks;
    private final RiskViews views;
    private final RestSupport rest;

    @Inject
    public RiskExportResource(RiskService risks, RiskViews views, RestSupport rest) {
        this.risks = risks;
        this.views = views;
        this.rest = rest;
    }

    @GET
    @Path("/risks.csv")
    @Produces("text/csv")
    @LicensedOnly
    public Response risks(@QueryParam("projects") String projects) {
        Actor actor = rest.actor();
        List<RiskExportRow> rows = risks.export(actor,
                CsvExport.projectKeys(projects));
        Locale locale = actor.locale();
        List<String> header = COLUMNS.stream().map(h -> rest.text("roadmap.risk.export." + h)).toList();
        List<List<String>> lines = new ArrayList<>();
        for (RiskExportRow row : rows) {
            RiskView r = views.risk(row.risk(), risks.regions(), risks.today(), Map.of(), locale);
            String measures = r.measures().stream().map(MeasureView::exportLine).collect(Collectors.joining("\n"));
            lines.add(Arrays.asList(row.initiative().projectKey(), row.initiative().issueKey(), r.title(), r.categoryName(),
                    String.valueOf(r.likelihood()), String.valueOf(r.consequence()), String.valueOf(r.score()), r.levelName(),
                    text(r.residualLikelihood()), text(r.residualConsequence()), text(r.residualScore()),
                    r.residualLevel() == null ? "" : r.effectiveResidualLevelName(), r.ownerName(), r.nextReview(), measures,
                    r.contingency(), r.acceptance() == null ? "" : r.acceptance().byName(),
                    r.acceptance() == null ? "" : r.acceptance().reason(), r.acceptance() == null ? "" : r.acceptance().date()));
        }
        return CsvExport.download("risks", locale, header, lines);
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
