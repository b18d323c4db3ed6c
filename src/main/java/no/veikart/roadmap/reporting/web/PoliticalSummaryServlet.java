package no.veikart.roadmap.reporting.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.web.PageSupport;
import no.veikart.roadmap.reporting.integration.PoliticalSummary;
import no.veikart.roadmap.reporting.view.ReportingSectionView;
import no.veikart.roadmap.reporting.view.RollupInitiativeView;

/**
 * The printable political summary ({@code /plugins/servlet/roadmap/report?projects=…} or {@code ?filterId=…}): per
 * organisational unit, the initiatives with phase, latest published lights, expected and realised gains, investment,
 * cost so far and next milestone (the next phase of the roadmap), in the reader's language. Only what the reader may
 * browse; an unknown filter is a 404.
 */
public class PoliticalSummaryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "velocity/reporting/summary.vm";
    private static final List<String> PHASES = List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING",
            "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES");

    private final transient PoliticalSummary summaries;
    private final transient Texts texts;
    private final transient PageSupport page;

    public PoliticalSummaryServlet(PoliticalSummary summaries, Texts texts, PageSupport page) {
        this.summaries = summaries;
        this.texts = texts;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = page.actorOrLogin(request, response);
        if (actor == null) {
            return;
        }
        PoliticalSummary.Summary summary;
        try {
            summary = summaries.summary(actor, request.getParameter("projects"), request.getParameter("filterId"));
        } catch (RoadmapException e) {
            page.render("velocity/common/notfound.vm", Map.of(), actor, request, response, 404);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        page.render(TEMPLATE, Map.of("page", model(summary, actor.locale())), actor, request, response, 200);
    }

    SummaryPage model(PoliticalSummary.Summary summary, Locale locale) {
        ReportingSectionView f = summary.figures();
        NumberFormat money = NumberFormat.getIntegerInstance(locale);
        List<SummaryUnit> units = new ArrayList<>();
        for (ReportingSectionView.Group g : f.groups()) {
            String name = g.sector() == null ? texts.text(locale, "roadmap.reporting.summary.noUnit")
                    : g.sector() + " / " + g.department();
            List<SummaryRow> rows = new ArrayList<>();
            BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (RollupInitiativeView i : g.initiatives()) {
                rows.add(row(i, locale, money));
                totals[0] = totals[0].add(i.plannedGains());
                totals[1] = totals[1].add(i.realisedGains());
                totals[2] = totals[2].add(i.investment());
                totals[3] = totals[3].add(i.costSoFar());
            }
            units.add(new SummaryUnit(name, rows, money.format(totals[0]), money.format(totals[1]), money.format(totals[2]),
                    money.format(totals[3])));
        }
        String generated = summary.today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return new SummaryPage(locale.toLanguageTag(), summary.title(), generated, f.currency() == null ? "" : f.currency(),
                units.isEmpty(), units);
    }

    private SummaryRow row(RollupInitiativeView i, Locale locale, NumberFormat money) {
        List<SummaryLight> lights = List.of(light("overall", i.overall(), locale), light("phase", i.phaseLight(), locale),
                light("gains", i.gains(), locale), light("anchoring", i.anchoring(), locale),
                light("risks", i.risks(), locale));
        String overdue = i.owedPeriod() == null ? ""
                : i.daysOverdue() == 0 ? texts.text(locale, "roadmap.reporting.summary.dueToday", i.owedPeriod())
                : texts.text(locale, "roadmap.reporting.summary.overdue", i.owedPeriod(), i.daysOverdue());
        return new SummaryRow(i.issueKey(), i.summary(), phaseName(i.phase(), locale), lights,
                i.period() == null ? "" : i.period(), money.format(i.plannedGains()), money.format(i.realisedGains()),
                money.format(i.investment()), money.format(i.costSoFar()), nextMilestone(i, locale), overdue);
    }

    private SummaryLight light(String aspect, String light, Locale locale) {
        String label = texts.text(locale, "roadmap.reporting.field." + aspect);
        return light == null ? new SummaryLight(label, texts.text(locale, "roadmap.reporting.light.none"), "none")
                : new SummaryLight(label, texts.text(locale, "roadmap.reporting.light." + light), light.toLowerCase(Locale.ROOT));
    }

    /** The next phase of the method's roadmap; none for a halted initiative or one in the last phase. */
    private String nextMilestone(RollupInitiativeView i, Locale locale) {
        int at = PHASES.indexOf(i.phase());
        if ("HALTED".equals(i.status())) {
            return texts.text(locale, "roadmap.reporting.summary.halted");
        }
        if (at < 0 || at == PHASES.size() - 1) {
            return "";
        }
        return texts.text(locale, "roadmap.reporting.summary.nextPhase", phaseName(PHASES.get(at + 1), locale));
    }

    private String phaseName(String key, Locale locale) {
        String textKey = "roadmap.phase." + key + ".name";
        return key == null ? "" : texts.has(textKey) ? texts.text(locale, textKey) : key;
    }
}
