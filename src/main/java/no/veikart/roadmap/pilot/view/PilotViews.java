package no.veikart.roadmap.pilot.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import no.veikart.roadmap.pilot.domain.PilotDecision;
import no.veikart.roadmap.pilot.domain.PilotOverview;
import no.veikart.roadmap.pilot.domain.PilotPlan;
import no.veikart.roadmap.pilot.domain.PilotRound;
import no.veikart.roadmap.pilot.domain.PilotRounds;
import no.veikart.roadmap.pilot.domain.PlanPoint;
import no.veikart.roadmap.pilot.domain.Rating;
import no.veikart.roadmap.pilot.domain.Recommendation;
import no.veikart.roadmap.common.view.MediumDates;

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

    /** The panel's model: rounds newest first, and the current round's forms in the reader's language. */
    public PilotPanelView panel(PilotOverview o, Locale locale) {
        List<PilotRoundView> rounds = new ArrayList<>(rounds(o, locale));
        PilotRoundView current = rounds.stream().filter(PilotRoundView::current).findFirst().orElse(null);
        java.util.Collections.reverse(rounds);
        PilotRound round = o.round(o.currentRound());
        List<PilotPointView> points = new ArrayList<>();
        List<PilotDimensionView> dimensions = new ArrayList<>();
        List<PilotOptionView> gains = new ArrayList<>();
        List<PilotOptionView> recommendations = new ArrayList<>();
        if (round != null) {
            PilotPlan p = round.plan();
            List<PlanPoint> missing = round.missing();
            for (PlanPoint point : PlanPoint.values()) {
                String kind = switch (point) {
                    case TIME -> "time";
                    case PARTICIPANTS -> "participants";
                    case MEASUREMENT -> "measurement";
                    default -> "text";
                };
                points.add(new PilotPointView(point.field(), kind, texts.text(locale, point.labelKey()),
                        texts.text(locale, point.helpKey()), s(textOf(p, point)), missing.contains(point)));
            }
            PilotEvaluation e = round.evaluation();
            for (Dimension d : Dimension.values()) {
                List<String> questions = new ArrayList<>();
                for (int n = 1; texts.has("roadmap.pilot.question." + d.name() + "." + n); n++) {
                    questions.add(texts.text(locale, "roadmap.pilot.question." + d.name() + "." + n));
                }
                Rating r = e == null ? null : e.of(d);
                dimensions.add(new PilotDimensionView(d.name().toLowerCase(Locale.ROOT), texts.text(locale, d.nameKey()),
                        questions, r == null ? 0 : r.rating(), r == null ? "" : s(r.text())));
            }
            for (GainFact g : o.gains()) {
                gains.add(new PilotOptionView(String.valueOf(g.id()), s(g.title()), p.measuredGainIds().contains(g.id())));
            }
            for (Recommendation r : Recommendation.values()) {
                recommendations.add(new PilotOptionView(r.name(), texts.text(locale, r.nameKey()),
                        e != null && e.recommendation() == r));
            }
        }
        List<PilotOptionView> filters = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            filters.add(new PilotOptionView(d.name(), texts.text(locale, d.nameKey()), false));
        }
        String newGainTitle = round == null || round.evaluation() == null ? "" : round.evaluation().newGainTitle();
        String completeness = current == null ? "" : texts.text(locale, "roadmap.pilot.panel.completeness", current.done(), current.points());
        String missingText = current == null || current.missingNames().isEmpty() ? ""
                : texts.text(locale, "roadmap.pilot.panel.missing", new Verbatim(String.join(", ", current.missingNames())));
        return new PilotPanelView(o.initiative().issueKey(), !rounds.isEmpty(), rounds, current, current != null && current.editable(),
                points, dimensions, gains, recommendations, filters, !o.gains().isEmpty(), completeness, missingText,
                current != null && !current.observations().isEmpty(), newGainTitle,
                !newGainTitle.isEmpty() && o.gains().stream().anyMatch(g -> g.title().equalsIgnoreCase(newGainTitle)));
    }

    public DecisionDocumentView decision(PilotOverview o, int n, Locale locale, LocalDate today) {
        return decision(o, n, locale, today, null);
    }

    /** The decision document of round {@code n}; null when there is no such round. {@code taken}: its decision. */
    public DecisionDocumentView decision(PilotOverview o, int n, Locale locale, LocalDate today, PilotDecision taken) {
        PilotRound round = o.round(n);
        if (round == null) {
            return null;
        }
        PilotRoundView view = round(o, round, locale);
        PilotPlan p = round.plan();
        List<PilotPointView> points = new ArrayList<>();
        for (PlanPoint point : PlanPoint.values()) {
            String value = switch (point) {
                case TIME -> view.plan().startDateDisplay() + " – " + view.plan().endDateDisplay();
                case PARTICIPANTS -> join(counts(p, locale), p.participants().text());
                case MEASUREMENT -> join(String.join(", ", view.plan().measurement().gainTitles()), p.measurementText());
                default -> s(textOf(p, point));
            };
            points.add(new PilotPointView(point.field(), "text", texts.text(locale, point.labelKey()),
                    texts.text(locale, point.helpKey()), value, round.missing().contains(point)));
        }
        return new DecisionDocumentView(o.initiative().issueKey(), locale.getLanguage(),
                texts.text(locale, "roadmap.pilot.decision.title", new Verbatim(o.initiative().issueKey())),
                texts.text(locale, "roadmap.pilot.decision.round", n), view, points,
                texts.text(locale, "roadmap.pilot.decision.prepared", display(today, locale), new Verbatim(o.initiative().issueKey())),
                !view.observations().isEmpty(), decisionView(taken, locale));
    }

    PilotDecisionView decisionView(PilotDecision d, Locale locale) {
        if (d == null) {
            return PilotDecisionView.NONE;
        }
        String note = d.followed() == null ? ""
                : d.followed() ? texts.text(locale, "roadmap.panel.followedAdvice")
                : texts.text(locale, "roadmap.panel.againstAdvice", "roadmap.decision." + d.advised() + ".name");
        return new PilotDecisionView(true, d.decision(), texts.text(locale, "roadmap.decision." + d.decision() + ".name"), note,
                Boolean.TRUE.equals(d.followed()), s(d.reason()), s(d.byName()), display(d.at(), locale));
    }

    private String counts(PilotPlan p, Locale locale) {
        List<String> parts = new ArrayList<>();
        add(parts, p.participants().users(), "roadmap.pilot.field.participants.users", locale);
        add(parts, p.participants().employees(), "roadmap.pilot.field.participants.employees", locale);
        add(parts, p.participants().thirdParties(), "roadmap.pilot.field.participants.thirdParties", locale);
        return String.join(", ", parts);
    }

    private void add(List<String> parts, Integer n, String key, Locale locale) {
        if (n != null) {
            parts.add(texts.text(locale, key) + ": " + NumberFormat.getIntegerInstance(locale).format(n));
        }
    }

    private static String join(String first, String second) {
        String a = s(first);
        String b = s(second);
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }

    private static String textOf(PilotPlan p, PlanPoint point) {
        return switch (point) {
            case GOALS -> p.goals();
            case SCOPE -> p.scope();
            case PARTICIPANTS -> p.participants().text();
            case INFORMATION -> p.information();
            case COMPETENCE -> p.competence();
            case ERROR_HANDLING -> p.errorHandling();
            case MEASUREMENT -> p.measurementText();
            case OBSERVATION -> p.observation();
            case DOCUMENTATION -> p.documentation();
            case TIME -> null;
        };
    }

    /** A user's text as a message argument, shown as typed (never taken for a key). */
    record Verbatim(String text) {
        @Override
        public String toString() {
            return text;
        }
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
        return MediumDates.format(date, locale);
    }

    static String display(Instant at, Locale locale) {
        return at == null ? "" : display(LocalDate.ofInstant(at, ZoneOffset.UTC), locale);
    }

    private static String s(String text) {
        return text == null ? "" : text;
    }
}
