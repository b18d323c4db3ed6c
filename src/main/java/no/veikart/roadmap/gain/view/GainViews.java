package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.common.domain.UserNames;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.CurvePoint;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.GainOverview;
import no.veikart.roadmap.gain.domain.GainProgress;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.GainTotals;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.GainsFieldValue;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.Monetisation;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.gain.domain.Trend;
import no.veikart.roadmap.gain.domain.Unit;

/** Turns gain plans into views for one reader: names in the reader's language, numbers, money and dates in its locale. */
public class GainViews {
    static final String TYPE = "roadmap.gain.type.";
    static final String UNIT = "roadmap.gain.unit.";
    static final String FREQUENCY = "roadmap.gain.frequency.";
    static final String STATUS = "roadmap.gain.status.";
    static final String TREND = "roadmap.gain.trend.";
    static final String TRAINING_SESSIONS = "roadmap.gain.panel.economics.trainingSessions";
    static final String FLAG = "roadmap.gain.flag.";
    static final String VALUE = "roadmap.gain.value.";
    static final String FIELD_COUNT = "roadmap.gain.field.count";
    static final String PAYBACK_YEARS = "roadmap.gain.economics.paybackYears";
    static final String NO_PAYBACK = "roadmap.gain.economics.noPayback";

    private final Texts texts;
    private final UserNames users;
    private final GainCalculator calculator;

    public GainViews(Texts texts, UserNames users, GainCalculator calculator) {
        this.calculator = calculator;
        this.texts = texts;
        this.users = users;
    }

    public GainPlanView overview(GainOverview o, Locale locale) {
        Map<Long, Gain> byId = new LinkedHashMap<>();
        o.gains().forEach(t -> byId.put(t.gain().id(), t.gain()));
        return new GainPlanView(o.initiative().issueKey(), o.editable(), GainFormats.iso(o.today()),
                o.gains().stream().map(t -> gain(t, locale)).toList(), totals(o, byId, locale),
                economics(o.initiative().issueKey(), o.economics(), locale),
                Arrays.stream(GainType.values()).map(t -> new GainOptionView(t.name(), typeName(t, locale))).toList(),
                Arrays.stream(Unit.values()).map(u -> new GainOptionView(u.name(), unitName(u, locale))).toList(),
                Arrays.stream(Currency.values()).map(c -> new GainOptionView(c.name(), currencyName(c, locale))).toList(),
                Arrays.stream(Frequency.values()).map(f -> new GainOptionView(f.name(), frequencyName(f, locale))).toList());
    }

    public GainView gain(TrackedGain t, Locale locale) {
        Gain g = t.gain();
        GainProgress p = t.progress();
        List<GainMeasurementView> measurements = t.measurements().stream().map(m -> measurement(m, g, locale)).toList();
        Currency money = t.plannedMoney().currency();
        return new GainView(g.id(), g.type().name(), typeName(g.type(), locale), g.title(), g.indicator(), g.unit().name(),
                unitName(g.unit(), locale), g.currency() == null ? null : g.currency().name(),
                point(g, g.baselineValue(), g.baselineDate(), locale), point(g, g.targetValue(), g.targetDate(), locale),
                g.ownerKey(), users.nameOrText(g.ownerKey()), g.method(), g.frequency().name(),
                frequencyName(g.frequency(), locale), measurements,
                p.latest() == null ? null : measurement(p.latest(), g, locale), p.realisedPercent(),
                percent(p.realisedPercent(), locale), t.plannedPercentToday(), p.status().name(), statusName(p.status(), locale),
                p.trend() == null ? null : p.trend().name(), p.trend() == null ? null : trendName(p.trend(), locale),
                GainFormats.iso(p.nextMeasurementDue()), GainFormats.date(p.nextMeasurementDue(), locale), p.overdue(),
                t.plannedYearlyValue(), value(g, t.plannedYearlyValue(), locale), t.realisedYearlyValue(),
                value(g, t.realisedYearlyValue(), locale), money(t.plannedMoney().amount(), money, locale),
                money(t.realisedMoney().amount(), money, locale),
                t.plannedMoney().exclusion() == null ? null : t.plannedMoney().exclusion().name(),
                curve(t.plannedCurve()), curve(t.actualCurve()), g.version());
    }

    public GainMeasurementView measurement(Measurement m, Gain g, Locale locale) {
        BigDecimal realised = calculator.realisedPercent(g, m);
        return new GainMeasurementView(m.id(), GainFormats.plain(m.value()), value(g, m.value(), locale),
                GainFormats.iso(m.date()), GainFormats.date(m.date(), locale), m.recordedByKey(),
                users.nameOrText(m.recordedByKey()), m.comment(), realised, percent(realised, locale));
    }

    /** The "Gains" custom field's summary for one reader. */
    public GainFieldSummaryView field(GainsFieldValue v, Locale locale) {
        return new GainFieldSummaryView(v.gains(), texts.text(locale, FIELD_COUNT, v.gains()), v.realisedPercent(),
                percent(v.realisedPercent(), locale), v.status() == null ? null : v.status().name(),
                v.status() == null ? null : statusName(v.status(), locale), GainFormats.iso(v.nextDue()),
                v.nextDue() == null ? null : GainFormats.date(v.nextDue(), locale), v.overdue());
    }

    /** The economics of {@code initiativeKey}, or an unset view with the default discount rate when {@code e} is null. */
    public EconomicsView economics(String initiativeKey, Economics e, Locale locale) {
        if (e == null) {
            return new EconomicsView(initiativeKey, false, null, null, new BigDecimal(Economics.DEFAULT_DISCOUNT_RATE), null,
                    null, null, null, null, null, null, null, null, null, null, false, null, null);
        }
        Currency c = e.currency();
        BigDecimal training = e.trainingCost();
        return new EconomicsView(initiativeKey, true, GainFormats.plain(e.hourlyRate()), c.name(),
                GainFormats.plain(e.discountRatePercent()), e.horizonYears(), GainFormats.plain(e.investment()),
                GainFormats.plain(e.yearlyRunningCost()), GainFormats.plain(e.trainingHoursPerEmployee()), e.employees(),
                GainFormats.plain(training), GainFormats.money(e.hourlyRate(), c, locale),
                GainFormats.money(e.investment(), c, locale), GainFormats.money(e.yearlyRunningCost(), c, locale),
                GainFormats.money(training, c, locale), e.version(), e.trainingFromSessions(), GainFormats.plain(e.trainingHours()),
                e.trainingFromSessions() ? texts.text(locale, TRAINING_SESSIONS, GainFormats.number(e.trainingHours(), 2, locale)) : null);
    }

    private GainTotalsView totals(GainOverview o, Map<Long, Gain> gains, Locale locale) {
        GainTotals totals = o.totals();
        List<GainMoneyTotalView> money = moneyTotals(totals.money(), locale);
        List<GainTypeTotalView> byType = new ArrayList<>();
        totals.moneyByType().forEach((type, perCurrency) ->
                byType.add(new GainTypeTotalView(type.name(), typeName(type, locale), moneyTotals(perCurrency, locale))));
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Map<GainStatus, Integer> counts = new EnumMap<>(GainStatus.class);
        o.gains().forEach(t -> counts.merge(t.progress().status(), 1, Integer::sum));
        for (GainStatus s : GainStatus.values()) {
            byStatus.put(s.name(), counts.getOrDefault(s, 0));
        }
        List<GainFlagView> flags = totals.flags().stream().map(f -> flag(f, gains.get(f.gainId()), o.economics(), locale))
                .toList();
        GainTotals.Amounts h = totals.hours();
        String hoursUnit = VALUE + Unit.HOURS.name();
        GainAmountsView hours = new GainAmountsView(h.planned(), h.realised(), h.realisedPercent(),
                texts.text(locale, hoursUnit, number(h.planned(), locale)),
                texts.text(locale, hoursUnit, number(h.realised(), locale)), percent(h.realisedPercent(), locale));
        return new GainTotalsView(money, hours, byType, byStatus, flags, appraisal(o, locale));
    }

    private List<GainMoneyTotalView> moneyTotals(Map<Currency, GainTotals.Amounts> perCurrency, Locale locale) {
        List<GainMoneyTotalView> list = new ArrayList<>();
        perCurrency.forEach((currency, a) -> list.add(new GainMoneyTotalView(currency.name(), a.planned(), a.realised(),
                a.realisedPercent(), GainFormats.money(a.planned(), currency, locale),
                GainFormats.money(a.realised(), currency, locale), percent(a.realisedPercent(), locale))));
        return list;
    }

    private GainFlagView flag(GainTotals.Flag f, Gain gain, Economics economics, Locale locale) {
        String title = gain == null ? String.valueOf(f.gainId()) : gain.title();
        String message = f.reason() == Monetisation.Exclusion.CURRENCY_MISMATCH && gain != null && economics != null
                ? texts.text(locale, FLAG + f.reason().name(), title, gain.currency().name(), economics.currency().name())
                : texts.text(locale, FLAG + f.reason().name(), title);
        return new GainFlagView(f.gainId(), f.reason().name(), message);
    }

    private GainAppraisalView appraisal(GainOverview o, Locale locale) {
        GainOverview.Appraisal a = o.appraisal();
        Economics e = o.economics();
        if (a == null || e == null) {
            return null;
        }
        Currency c = a.currency();
        return new GainAppraisalView(c.name(), e.horizonYears(), GainFormats.plain(e.discountRatePercent()),
                a.plannedYearlyBenefit(), a.realisedYearlyBenefit(), a.initialCost(), GainFormats.plain(e.yearlyRunningCost()),
                a.npvPlanned(), a.npvRealised(), a.paybackYearsPlanned(), a.paybackYearsRealised(),
                GainFormats.money(a.plannedYearlyBenefit(), c, locale), GainFormats.money(a.realisedYearlyBenefit(), c, locale),
                GainFormats.money(a.initialCost(), c, locale), GainFormats.money(a.npvPlanned(), c, locale),
                GainFormats.money(a.npvRealised(), c, locale), payback(a.paybackYearsPlanned(), e, locale),
                payback(a.paybackYearsRealised(), e, locale));
    }

    private String payback(BigDecimal years, Economics e, Locale locale) {
        return years == null ? texts.text(locale, NO_PAYBACK, e.horizonYears())
                : texts.text(locale, PAYBACK_YEARS, GainFormats.number(years, 2, locale));
    }

    private GainPointView point(Gain g, BigDecimal value, LocalDate date, Locale locale) {
        return new GainPointView(GainFormats.plain(value), value(g, value, locale), GainFormats.iso(date),
                GainFormats.date(date, locale));
    }

    private static GainMoneyView money(BigDecimal amount, Currency currency, Locale locale) {
        if (amount == null || currency == null) {
            return new GainMoneyView(null, null, null);
        }
        return new GainMoneyView(amount, currency.name(), GainFormats.money(amount, currency, locale));
    }

    private static List<GainCurvePointView> curve(List<CurvePoint> points) {
        return points.stream().map(p -> new GainCurvePointView(GainFormats.iso(p.date()), GainFormats.plain(p.value()),
                p.percent())).toList();
    }

    /** A value of {@code gain} in its unit: money with the gain's currency, "1 350 t" for hours, "12 %" for percent. */
    public String value(Gain gain, BigDecimal value, Locale locale) {
        if (value == null) {
            return null;
        }
        return switch (gain.unit()) {
            case CURRENCY -> GainFormats.money(value, gain.currency(), locale);
            case HOURS, PERCENT -> texts.text(locale, VALUE + gain.unit().name(), number(value, locale));
            case COUNT, SCORE -> number(value, locale);
        };
    }

    /** "12,5 %" in the reader's language; null for null. */
    public String percent(BigDecimal percent, Locale locale) {
        return percent == null ? null : texts.text(locale, VALUE + Unit.PERCENT.name(), GainFormats.number(percent, 1, locale));
    }

    private static String number(BigDecimal value, Locale locale) {
        return GainFormats.number(value, GainFormats.VALUE_DECIMALS, locale);
    }

    public String typeName(GainType type, Locale locale) {
        return texts.text(locale, TYPE + type.name());
    }

    public String unitName(Unit unit, Locale locale) {
        return texts.text(locale, UNIT + unit.name());
    }

    public String frequencyName(Frequency frequency, Locale locale) {
        return texts.text(locale, FREQUENCY + frequency.name());
    }

    public String statusName(GainStatus status, Locale locale) {
        return texts.text(locale, STATUS + status.name());
    }

    public String trendName(Trend trend, Locale locale) {
        return texts.text(locale, TREND + trend.name());
    }

    /** The currency's code and its name in the reader's language, e.g. "DKK – dansk krone". */
    public static String currencyName(Currency currency, Locale locale) {
        return currency.name() + " – " + java.util.Currency.getInstance(currency.name()).getDisplayName(locale);
    }
}
