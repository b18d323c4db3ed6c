package no.veikart.roadmap.workbook.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.platform.rest.RestSupport;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;
import no.veikart.roadmap.workbook.domain.SheetData;
import no.veikart.roadmap.workbook.domain.WorkbookService;

/**
 * {@code GET /export/portfolio.xlsx?projects=A,B} or {@code ?filterId=10000}: the portfolio as an Excel workbook, one
 * sheet per feature, in the reader's language. The same initiatives as {@code GET /portfolio} counts for the caller.
 */
@Path("/export")
public class WorkbookResource {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final WorkbookService workbooks;
    private final RestSupport rest;

    @Inject
    public WorkbookResource(WorkbookService workbooks, RestSupport rest) {
        this.workbooks = workbooks;
        this.rest = rest;
    }

    @GET
    @Path("/portfolio.xlsx")
    @Produces(MEDIA_TYPE)
    @LicensedOnly
    public Response portfolio(@QueryParam("projects") String projects, @QueryParam("filterId") String filterId) {
        Actor actor = rest.actor();
        // Computed before the response starts, so refusals and errors are JSON, not a broken download.
        Map<String, SheetData> sheets = workbooks.workbook(actor, PortfolioQuery.parse(projects, null, filterId));
        // Texts are looked up now, in the request's locale; the body streams after the resource returns.
        Map<String, String> texts = new HashMap<>();
        sheets.forEach((key, sheet) -> {
            texts.put(key, text("roadmap.workbook.sheet." + key));
            sheet.columns().forEach(c -> texts.computeIfAbsent(c.headerKey(), this::text));
        });
        StreamingOutput body = out -> XlsxWorkbook.write(out, sheets, texts::get, texts::get);
        return Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"portfolio-" + LocalDate.now(ZoneOffset.UTC) + ".xlsx\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private String text(String key) {
        return rest.hasText(key) ? rest.text(key) : key;
    }
}
