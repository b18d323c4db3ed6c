package no.veikart.roadmap.implementation.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.common.domain.UserNames;
import no.veikart.roadmap.implementation.domain.CoverageGap;
import no.veikart.roadmap.implementation.domain.ImplementationOverview;
import no.veikart.roadmap.implementation.domain.ImplementationRules;
import no.veikart.roadmap.implementation.domain.ImplementationSettings;
import no.veikart.roadmap.implementation.domain.ImplementationWarning;
import no.veikart.roadmap.implementation.domain.Shift;
import no.veikart.roadmap.implementation.domain.SuperUser;
import no.veikart.roadmap.implementation.domain.TrainingKind;
import no.veikart.roadmap.implementation.domain.Unit;
import no.veikart.roadmap.implementation.domain.UnitStatus;
import no.veikart.roadmap.common.view.MediumDates;

/** Turns implementation plans into view records with every name, date and sentence in the reader's language. */
public class ImplementationViews {
    private final Texts texts;
    private final UserNames users;

    public ImplementationViews(Texts texts, UserNames users) {
        this.texts = texts;
        this.users = users;
    }

    public ImplementationView overview(ImplementationOverview o, Locale locale) {
        ImplementationSettings s = o.settings();
        LocalDate today = o.today();
        List<UnitView> units = o.units().stream().map(u -> unit(u, s, today, locale)).toList();
        List<WarningView> warnings = o.warnings().stream().map(w -> warning(w, locale)).toList();
        return new ImplementationView(o.initiative().issueKey(), o.initiative().projectKey(), o.canEdit(), units, warnings,
                !units.isEmpty(), !warnings.isEmpty(), s.trainingTargetPercent(),
                Arrays.stream(Shift.values()).map(x -> new OptionView(x.name(), shiftName(x, locale))).toList(),
                Arrays.stream(UnitStatus.values()).map(x -> new OptionView(x.name(), statusName(x, locale))).toList(),
                Arrays.stream(TrainingKind.values()).map(x -> new OptionView(x.name(), kindName(x, locale))).toList());
    }

    public UnitView unit(Unit u, ImplementationSettings s, LocalDate today, Locale locale) {
        Map<Shift, CoverageGap> gaps = ImplementationRules.gaps(u, today).stream()
                .collect(Collectors.toMap(CoverageGap::shift, Function.identity()));
        List<CoverageCellView> coverage = u.orderedShifts().stream().map(shift -> {
            String names = u.superUsers().stream().filter(x -> x.shift() == shift && x.covers(today)).map(this::name)
                    .collect(Collectors.joining(", "));
            CoverageGap g = gaps.get(shift);
            return new CoverageCellView(shift.name(), shiftName(shift, locale), names, g != null && g.current(today),
                    g == null ? null : iso(g.from()), g == null ? "" : display(g.from(), locale));
        }).toList();
        BigDecimal percent = ImplementationRules.trainedPercent(u);
        LocalDate followUp = ImplementationRules.followUpDue(u, s);
        LocalDate monitoring = ImplementationRules.monitoringDate(u, s);
        List<NewStaffView> newStaff = ImplementationRules.untrainedNewStaff(u).stream()
                .map(x -> new NewStaffView(x.record().id(), iso(x.record().date()), display(x.record().date(), locale),
                        x.record().count(), x.count())).toList();
        return new UnitView(u.id(), u.name(), u.staff(), u.pilotUnit(), u.testUnit(), u.orderedShifts().stream().map(Shift::name).toList(),
                iso(u.plannedGoLive()), display(u.plannedGoLive(), locale), u.status().name(), statusName(u.status(), locale),
                iso(u.wentLive()), iso(u.stableSince()), percent, ImplementationRules.trainedPercentCapped(u),
                ImplementationRules.trained(u, null),
                percent != null && percent.compareTo(BigDecimal.valueOf(s.trainingTargetPercent())) < 0,
                iso(followUp), display(followUp, locale), iso(monitoring), display(monitoring, locale), u.monitoringDate() == null,
                u.monitoringOutcome(),
                u.superUsers().stream().map(x -> new SuperUserView(x.id(), name(x), x.userKey(), x.shift().name(),
                        shiftName(x.shift(), locale), iso(x.from()), iso(x.to()), period(x, locale))).toList(),
                u.trainings().stream().map(t -> new TrainingView(t.id(), iso(t.date()), display(t.date(), locale), t.kind().name(),
                        kindName(t.kind(), locale), t.trained(), t.trainer(), t.hours())).toList(),
                newStaff, coverage, coverage.stream().anyMatch(CoverageCellView::gap), u.version());
    }

    public WarningView warning(ImplementationWarning w, Locale locale) {
        Object[] args = w.args().stream().map(a -> arg(a, locale)).toArray();
        return new WarningView(w.code().name(), w.unitId(), w.shift() == null ? null : w.shift().name(), texts.text(locale, w.key(), args));
    }

    private Object arg(Object a, Locale locale) {
        if (a instanceof Shift shift) {
            return shiftName(shift, locale);
        }
        if (a instanceof LocalDate date) {
            return display(date, locale);
        }
        if (a instanceof BigDecimal number) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(1);
            return f.format(number);
        }
        return a;
    }

    private String period(SuperUser s, Locale locale) {
        if (s.from() == null && s.to() == null) {
            return "";
        }
        return display(s.from(), locale) + " – " + display(s.to(), locale);
    }

    private String name(SuperUser s) {
        if (s.userKey() != null) {
            String display = users.displayName(s.userKey());
            if (display != null && !display.isBlank()) {
                return display;
            }
        }
        return s.name();
    }

    public String shiftName(Shift s, Locale locale) {
        return texts.text(locale, "roadmap.implementation.shift." + s.name());
    }

    public String statusName(UnitStatus s, Locale locale) {
        return texts.text(locale, "roadmap.implementation.status." + s.name());
    }

    public String kindName(TrainingKind k, Locale locale) {
        return texts.text(locale, "roadmap.implementation.kind." + k.name());
    }

    public static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String display(LocalDate date, Locale locale) {
        return MediumDates.format(date, locale);
    }
}
