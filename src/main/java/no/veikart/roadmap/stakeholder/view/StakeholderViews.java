package no.veikart.roadmap.stakeholder.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.common.view.MediumDates;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.Coverage;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.stakeholder.domain.Involvement;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.domain.StakeholderOverview;

/** Turns the anchoring overview into views for one reader. */
public class StakeholderViews {
    private final Texts texts;

    public StakeholderViews(Texts texts) {
        this.texts = texts;
    }

    public AnchoringView overview(StakeholderOverview overview, Locale locale, LocalDate today) {
        InitiativeRef ref = overview.initiative();
        List<StakeholderView> list = overview.stakeholders().stream().map(s -> stakeholder(s, ref.currentPhase(), locale, today)).toList();
        List<StakeholderOptionView> phases = ref.phaseKeys().stream()
                .map(p -> new StakeholderOptionView(p, phaseName(p, locale))).toList();
        return new AnchoringView(ref.issueKey(), ref.currentPhase(), phaseName(ref.currentPhase(), locale), phases,
                overview.editable(), list, coverage(overview.coverage(), ref, locale),
                Arrays.stream(Level.values()).map(l -> new StakeholderOptionView(l.name(), levelName(l, locale))).toList(),
                Arrays.stream(Involvement.values()).map(i -> new StakeholderOptionView(i.name(), involvementName(i, locale))).toList(),
                Arrays.stream(AnchoringStatus.values()).map(a -> new StakeholderOptionView(a.name(), statusName(a, locale))).toList());
    }

    public StakeholderView stakeholder(Stakeholder s, String currentPhase, Locale locale, LocalDate today) {
        Map<String, String> statuses = new LinkedHashMap<>();
        s.statusByPhase().forEach((phase, status) -> statuses.put(phase, status.name()));
        AnchoringStatus current = s.statusIn(currentPhase).orElse(null);
        return new StakeholderView(s.id(), name(s.name(), locale), s.group(), s.level().name(), levelName(s.level(), locale), s.effect(),
                s.attitude(), s.desiredAttitude(), s.attitudeGap(), s.influence(), s.interest(), s.quadrant().name(),
                texts.text(locale, s.quadrant().labelKey()), s.involvement().name(), involvementName(s.involvement(), locale),
                s.ownerKey(), iso(s.lastContact()), iso(s.nextContact()), display(s.lastContact(), locale),
                display(s.nextContact(), locale), s.contactOverdue(today), s.notes(), statuses,
                current == null ? null : current.name(), current == null ? null : statusName(current, locale), s.version(),
                s.erased());
    }

    /** A stakeholder's name as shown; an erased one reads "Personal data erased" in the reader's language. */
    public String name(String stored, Locale locale) {
        return Stakeholder.ERASED.equals(stored) ? texts.text(locale, "roadmap.stakeholder.erased.name") : stored;
    }

    private StakeholderCoverageView coverage(Coverage coverage, InitiativeRef ref, Locale locale) {
        List<StakeholderLevelView> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            Coverage.LevelCoverage c = coverage.level(level);
            Map<String, AnchoringStatus> byPhase = coverage.byLevelAndPhase().getOrDefault(level, Map.of());
            List<StakeholderCellView> cells = ref.phaseKeys().stream().map(p -> {
                AnchoringStatus status = byPhase.get(p);
                return new StakeholderCellView(p, status == null ? null : status.name(), status == null ? "" : statusName(status, locale));
            }).toList();
            AnchoringStatus best = c == null ? null : c.best();
            levels.add(new StakeholderLevelView(level.name(), levelName(level, locale), c == null ? 0 : c.count(),
                    c == null ? 0 : c.anchored(), best == null ? null : best.name(), best == null ? "" : statusName(best, locale),
                    c != null && c.covered(), level.expected(), cells));
        }
        List<StakeholderStaleView> stale = coverage.stale().stream()
                .map(s -> new StakeholderStaleView(s.stakeholderId(), name(s.name(), locale), s.reasons().stream().map(Enum::name).toList()))
                .toList();
        List<StakeholderWarningView> warnings = coverage.warnings().stream()
                .map(w -> new StakeholderWarningView(w.key(), texts.text(locale, w.key(), localised(w.args(), locale).stream()
                        .map(a -> a instanceof String text ? name(text, locale) : a).toArray()),
                        w.level() == null ? null : w.level().name(), w.stakeholderIds()))
                .toList();
        return new StakeholderCoverageView(coverage.total(), levels, stale, warnings);
    }

    /** Dates in warnings are written the reader's way. */
    private static List<Object> localised(List<Object> args, Locale locale) {
        return args.stream().map(a -> a instanceof LocalDate date ? display(date, locale) : a).toList();
    }

    public String levelName(Level level, Locale locale) {
        return texts.text(locale, "roadmap.stakeholder.level." + level.name());
    }

    public String involvementName(Involvement involvement, Locale locale) {
        return texts.text(locale, "roadmap.stakeholder.involvement." + involvement.name());
    }

    public String statusName(AnchoringStatus status, Locale locale) {
        return texts.text(locale, "roadmap.stakeholder.status." + status.name());
    }

    public String phaseName(String phaseKey, Locale locale) {
        return texts.text(locale, "roadmap.phase." + phaseKey + ".name");
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String display(LocalDate date, Locale locale) {
        return MediumDates.format(date, locale);
    }
}
