package no.veikart.roadmap.risk.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.common.domain.UserNames;
import no.veikart.roadmap.risk.domain.Acceptance;
import no.veikart.roadmap.risk.domain.Handover;
import no.veikart.roadmap.risk.domain.MatrixRegions;
import no.veikart.roadmap.risk.domain.Measure;
import no.veikart.roadmap.risk.domain.MeasureStatus;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskCategory;
import no.veikart.roadmap.risk.domain.RiskLevel;
import no.veikart.roadmap.risk.domain.RiskRegister;
import no.veikart.roadmap.risk.domain.RiskRules;
import no.veikart.roadmap.risk.domain.RiskWarning;
import no.veikart.roadmap.common.view.MediumDates;

/** Turns registers and handovers into view records with every name and date in the reader's language. */
public class RiskViews {
    private final Texts texts;
    private final UserNames users;

    public RiskViews(Texts texts, UserNames users) {
        this.texts = texts;
        this.users = users;
    }

    public RiskRegisterView register(RiskRegister r, RiskRules.Order order, Map<Long, String> issueStatuses, Locale locale) {
        MatrixRegions regions = r.regions();
        List<RiskView> risks = r.risks().stream().map(x -> risk(x, regions, r.today(), issueStatuses, locale)).toList();
        List<RiskWarningView> warnings = r.warnings().stream()
                .map(w -> new RiskWarningView(w.code(), texts.text(locale, w.key(), w.args().toArray()), w.riskId(), w.measureId()))
                .toList();
        int[][] before = RiskRules.before(r.risks());
        int[][] after = RiskRules.after(r.risks());
        int high = (int) r.risks().stream().filter(x -> RiskRules.residualLevel(x, regions) == RiskLevel.HIGH).count();
        return new RiskRegisterView(risks, new MatrixView(lists(before), lists(after)), r.plan().text(), warnings,
                r.initiative().issueKey(), r.initiative().projectKey(), r.editable(), r.plan().version(),
                (order == null ? RiskRules.Order.LEVEL : order).name(), heatRows(before, regions, locale),
                heatRows(after, regions, locale), scale("likelihood", locale), scale("consequence", locale),
                Arrays.stream(RiskCategory.values()).map(c -> new OptionView(c.name(), categoryName(c, locale))).toList(),
                Arrays.stream(MeasureStatus.values()).map(s -> new OptionView(s.name(), statusName(s, locale))).toList(),
                !risks.isEmpty(), !warnings.isEmpty(), high);
    }

    public RiskView risk(Risk r, MatrixRegions regions, LocalDate today, Map<Long, String> issueStatuses, Locale locale) {
        RiskLevel level = RiskRules.level(r, regions);
        RiskLevel residual = RiskRules.residualLevel(r, regions);
        List<MeasureView> measures = r.measures().stream().map(m -> measure(m, today, issueStatuses.get(m.id()), locale)).toList();
        Acceptance a = r.acceptance();
        AcceptanceView acceptance = a == null ? null
                : new AcceptanceView(a.byKey(), users.nameOrText(a.byKey()), a.reason(), iso(a.date()), display(a.date(), locale));
        return new RiskView(r.id(), r.title(), r.description(), r.cause(), r.category().name(), r.likelihood(), r.consequence(),
                r.score(), level.name(), r.residualLikelihood(), r.residualConsequence(),
                r.hasResidual() ? r.residualScore() : null, r.hasResidual() ? residual.name() : null, measures, r.contingency(),
                acceptance, r.owner(), iso(r.nextReview()), r.version(), categoryName(r.category(), locale),
                levelName(level, locale), residual.name(), levelName(residual, locale), r.residualScore(),
                users.nameOrText(r.owner()), display(r.nextReview(), locale), r.reviewOverdue(today),
                RiskRules.untreated(r, regions), r.likelihood() + "-" + r.consequence(),
                r.effectiveResidualLikelihood() + "-" + r.effectiveResidualConsequence());
    }

    private MeasureView measure(Measure m, LocalDate today, String issueStatus, Locale locale) {
        return new MeasureView(m.id(), m.text(), m.owner(), users.nameOrText(m.owner()), iso(m.due()), display(m.due(), locale),
                m.overdue(today), m.status().name(), statusName(m.status(), locale), m.issueKey(), issueStatus);
    }

    public HandoverView handover(Handover h, String issueKey, boolean editable, Locale locale) {
        List<String> missing = new ArrayList<>(h.missingItems().stream()
                .map(i -> texts.text(locale, "roadmap.handover.field." + i)).toList());
        return new HandoverView(iso(h.meetingDate()), h.operationsOwner(), h.finalReport(), h.gainPlanReviewed(),
                h.riskAnalysisReviewed(), h.participants(), h.learningPoints(), h.outcome().name(), h.version(), issueKey,
                editable, users.nameOrText(h.operationsOwner()), texts.text(locale, "roadmap.handover.outcome." + h.outcome().name()),
                display(h.meetingDate(), locale), missing, h.done(), !missing.isEmpty(), String.join(", ", missing));
    }

    /** Rows from likelihood 5 down to 1, so the map reads like the method's figure (high likelihood at the top). */
    private List<HeatRowView> heatRows(int[][] counts, MatrixRegions regions, Locale locale) {
        List<HeatRowView> rows = new ArrayList<>();
        for (int l = RiskRules.SCALE; l >= 1; l--) {
            List<HeatCellView> cells = new ArrayList<>();
            for (int c = 1; c <= RiskRules.SCALE; c++) {
                int n = counts[l - 1][c - 1];
                cells.add(new HeatCellView(l + "-" + c, l, c, n, regions.level(l * c).name(),
                        texts.text(locale, "roadmap.risk.heat.cell", scaleName("likelihood", l, locale),
                                scaleName("consequence", c, locale), n)));
            }
            rows.add(new HeatRowView(l, scaleName("likelihood", l, locale), cells));
        }
        return rows;
    }

    private List<ScaleView> scale(String axis, Locale locale) {
        List<ScaleView> steps = new ArrayList<>();
        for (int i = 1; i <= RiskRules.SCALE; i++) {
            steps.add(new ScaleView(i, scaleName(axis, i, locale), texts.text(locale, "roadmap.risk." + axis + "." + i + ".description")));
        }
        return steps;
    }

    private String scaleName(String axis, int value, Locale locale) {
        return texts.text(locale, "roadmap.risk." + axis + "." + value);
    }

    public String categoryName(RiskCategory c, Locale locale) {
        return texts.text(locale, "roadmap.risk.category." + c.name());
    }

    public String levelName(RiskLevel l, Locale locale) {
        return texts.text(locale, "roadmap.risk.level." + l.name());
    }

    public String statusName(MeasureStatus s, Locale locale) {
        return texts.text(locale, "roadmap.risk.measureStatus." + s.name());
    }

    private static List<List<Integer>> lists(int[][] counts) {
        return Arrays.stream(counts).map(row -> Arrays.stream(row).boxed().toList()).toList();
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String display(LocalDate date, Locale locale) {
        return MediumDates.format(date, locale);
    }
}
