package no.veikart.roadmap.pilot.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.common.domain.UserNames;
import no.veikart.roadmap.pilot.domain.Dimension;
import no.veikart.roadmap.pilot.domain.GainFact;
import no.veikart.roadmap.pilot.domain.Observation;
import no.veikart.roadmap.pilot.domain.PilotEvaluation;
import no.veikart.roadmap.pilot.domain.PilotOverview;
import no.veikart.roadmap.pilot.domain.PilotPlan;
import no.veikart.roadmap.pilot.domain.PilotRound;
import no.veikart.roadmap.pilot.domain.PilotRounds;
import no.veikart.roadmap.pilot.domain.PlanPoint;
import no.veikart.roadmap.pilot.domain.Rating;

/** Turns pilot rounds into view records with names, dates and numbers in the reader's language. */
public class PilotViews {
    private final Texts texts;
    private final UserNames names;

    public PilotViews(Texts texts, UserNames names) {
        this.texts = texts;
        this.names = names;
    }

    public List<PilotRoundView> rounds(PilotOverview o, Locale locale) {
        return o.rounds().stream().map(r -> round(o, r, locale)).toList();
    }

    public PilotRoundView round(PilotOverview o, PilotRound r, Locale locale) {
        Map<Long, GainFact> gains = o.gains().stream().collect(Collectors.toMap(GainFact::id, Function.identity(), (a, b) -> a));
        PilotPlan p = r.plan();
        PilotPlanView plan = new PilotPlanView(s(p.goals()), s(p.scope()), iso(p.startDate()), iso(p.endDate()),
                display(p.startDate(), locale), display(p.endDate(), locale),
                new PilotParticipantsView(p.participants().users(), p.participants().employees(),
                        p.participants().thirdParties(), s(p.participants().text())),
                s(p.information()), s(p.competence()), s(p.errorHandling()),
                new PilotMeasurementView(p.measuredGainIds(), p.measuredGainIds().stream()
                        .map(id -> gains.containsKey(id) ? s(gains.get(id).title()) : "#" + id).toList(), s(p.measurementText())),
                s(p.observation()), s(p.documentation()));
        List<PlanPoint> missing = r.missing();
        List<PilotObservationView> observations = o.observationsOf(r.round()).stream().map(x -> observation(x, locale)).toList();
        List<PilotMeasuredGainView> measured = PilotRounds.measuredInPeriod(p, o.gains()).stream()
                .map(m -> new PilotMeasuredGainView(m.gainId(), s(m.title()), m.realisedPercent(), percent(m.realisedPercent(), locale),
                        display(m.measuredOn(), locale))).toList();
        boolean current = r.round() == o.currentRound();
        return new PilotRoundView(r.round(), plan, r.complete(), r.draft(), PlanPoint.values().length - missing.size(),
                PlanPoint.values().length, missing.stream().map(PlanPoint::field).toList(),
                missing.stream().map(m -> texts.text(locale, m.labelKey())).toList(), observations,
                evaluation(r.evaluation(), locale), measured, current, current && o.editable(), r.version());
    }

    public PilotObservationView observation(Observation x, Locale locale) {
        return new PilotObservationView(x.id(), iso(x.date()), display(x.date(), locale), x.dimension().name(),
                texts.text(locale, x.dimension().nameKey()), x.text(), s(names.nameOrText(x.authorKey())));
    }

    private PilotEvaluationView evaluation(PilotEvaluation e, Locale locale) {
        if (e == null) {
            return null;
        }
        return new PilotEvaluationView(rating(Dimension.PEOPLE, e.people(), locale),
                rating(Dimension.ORGANISATION, e.organisation(), locale), rating(Dimension.TECHNOLOGY, e.technology(), locale),
                rating(Dimension.GAINS, e.gains(), locale), s(e.newGains()), s(e.costAdjustments()),
                e.recommendation().name(), texts.text(locale, e.recommendation().nameKey()), s(e.reasons()),
                s(names.nameOrText(e.byKey())), display(e.at(), locale));
    }

    private PilotRatingView rating(Dimension d, Rating r, Locale locale) {
        return new PilotRatingView(d.name(), texts.text(locale, d.nameKey()), r.rating(), s(r.text()));
    }

    static String percent(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value) + " %";
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String display(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String display(Instant at, Locale locale) {
        return at == null ? "" : display(LocalDate.ofInstant(at, ZoneOffset.UTC), locale);
    }

    private static String s(String text) {
        return text == null ? "" : text;
    }
}
