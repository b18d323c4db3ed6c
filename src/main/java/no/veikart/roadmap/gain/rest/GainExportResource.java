package no.veikart.roadmap.gain.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainExportRow;
import no.veikart.roadmap.gain.domain.GainProgress;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.gain.view.GainFormats;
import no.veikart.roadmap.gain.view.GainViews;
import no.veikart.roadmap.platform.rest.CsvExport;
import no.veikart.roadmap.platform.rest.RestSupport;

/**
 * {@code GET /export/gains.csv?projects=A,B}: one line per gain the caller may see, for Excel. Numbers are plain
 * numbers with the reader's decimal sign (so Excel can sum them), with the unit and currency in their own columns.
 */
@Path("/export")
public class GainExportResource {
    static final List<String> COLUMNS = List.of("project", "initiative", "title", "type", "indicator", "unit", "currency",
            "baselineValue", "baselineDate", "targetValue", "targetDate", "owner", "method", "frequency", "latestValue",
            "latestDate", "realisedPercent", "plannedPercentToday", "status", "trend", "nextMeasurementDue", "overdue",
            "plannedYearlyValue", "realisedYearlyValue", "moneyCurrency", "plannedYearlyMoney", "realisedYearlyMoney");

    private final GainService gains;
    private final GainViews views;
    private final RestSupport rest;

    @Inject
    public GainExportResource(GainService gains, GainViews views, RestSupport rest) {
        this.gains = gains;
        this.views = views;
        this.rest = rest;
    }

    @GET
    @Path("/gains.csv")
    @Produces("text/csv")
    @LicensedOnly
    public Response gains(@QueryParam("projects") String projects) {
        Actor actor = rest.actor();
        List<String> keys = CsvExport.projectKeys(projects);
        List<GainExportRow> rows = gains.export(actor, keys);
        Locale locale = actor.locale();
        LocalDate today = gains.today();
        List<String> header = COLUMNS.stream().map(h -> rest.text("roadmap.gain.export." + h)).toList();
        List<List<String>> lines = new ArrayList<>();
        for (GainExportRow row : rows) {
            TrackedGain t = row.gain();
            Gain g = t.gain();
            GainProgress p = t.progress();
            boolean money = t.plannedMoney().currency() != null;
            lines.add(Arrays.asList(row.initiative().projectKey(), row.initiative().issueKey(), g.title(),
                    views.typeName(g.type(), locale), g.indicator(), views.unitName(g.unit(), locale),
                    g.currency() == null ? "" : g.currency().name(), number(g.baselineValue(), locale), iso(g.baselineDate()),
                    number(g.targetValue(), locale), iso(g.targetDate()), g.ownerKey(), g.method(),
                    views.frequencyName(g.frequency(), locale), p.latest() == null ? "" : number(p.latest().value(), locale),
                    p.latest() == null ? "" : iso(p.latest().date()), number(p.realisedPercent(), locale),
                    number(t.plannedPercentToday(), locale), views.statusName(p.status(), locale),
                    p.trend() == null ? "" : views.trendName(p.trend(), locale), iso(p.nextMeasurementDue()),
                    rest.text(p.overdue() ? "roadmap.common.yes" : "roadmap.common.no"),
                    number(t.plannedYearlyValue(), locale), number(t.realisedYearlyValue(), locale),
                    money ? t.plannedMoney().currency().name() : "", money ? number(t.plannedMoney().amount(), locale) : "",
                    money ? number(t.realisedMoney().amount(), locale) : ""));
        }
        return CsvExport.download("gains", today, locale, header, lines);
    }

    private static String number(java.math.BigDecimal value, Locale locale) {
        return GainFormats.csvNumber(value, locale);
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
