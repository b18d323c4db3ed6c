package no.veikart.roadmap.phase.view;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.phase.domain.DefaultTemplate;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.PhaseMove;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.RoadmapTemplate;
import no.veikart.roadmap.phase.domain.StepProgress;

/** Turns roadmap state into views for one reader: names in their language, dates in their format. */
public class PhaseViews {
    private final Texts texts;
    private final ZoneId zone;

    public PhaseViews(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    public InitiativeView initiative(Initiative initiative, Locale locale, boolean editable) {
        List<InitiativePhaseView> phases = initiative.phases().stream().map(p -> phase(p, initiative, locale)).toList();
        List<InitiativeMoveView> history = initiative.moves().stream().map(m -> move(m, initiative, locale)).toList();
        return new InitiativeView(initiative.issue().key(), initiative.summary(), initiative.projectKey(), initiative.templateId(),
                initiative.currentPhase(), phaseName(initiative, initiative.currentPhase(), locale), initiative.status().name(),
                initiative.pilotRound(), initiative.version(), editable, phases, history);
    }

    private InitiativePhaseView phase(PhaseProgress p, Initiative initiative, Locale locale) {
        List<InitiativeStepView> steps = p.steps().stream()
                .map(s -> new InitiativeStepView(s.issue().key(), s.stepKey(), stepName(s, locale), s.mandatory(), s.done()))
                .toList();
        return new InitiativePhaseView(p.issue().key(), p.phaseKey(), name(p.customName(), p.nameKey(), locale), p.status().name(),
                texts.text(locale, "roadmap.phase.status." + p.status().name()), p.phaseKey().equals(initiative.currentPhase()),
                p.doneCount(), p.steps().size(), steps);
    }

    private InitiativeMoveView move(PhaseMove m, Initiative initiative, Locale locale) {
        List<String> missing = m.missingSteps().stream()
                .map(key -> initiative.step(key).map(s -> stepName(s, locale)).orElse(key))
                .toList();
        return new InitiativeMoveView(m.from(), phaseName(initiative, m.from(), locale), m.to(),
                m.to() == null ? null : phaseName(initiative, m.to(), locale),
                m.decision() == null ? null : m.decision().name(),
                m.decision() == null ? null : texts.text(locale, m.decision().nameKey()),
                m.overrideReason(), m.reason(), missing, m.actorName(), m.at().toString(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(m.at()),
                m.pilotRound(), m.advised() == null ? null : m.advised().name(),
                m.advised() == null ? null : texts.text(locale, m.advised().nameKey()), m.followedAdvice(),
                adviceNote(m, locale));
    }

    /** "Followed the recommendation" or "Against the recommendation (Further tests)"; empty when none was made. */
    private String adviceNote(PhaseMove m, Locale locale) {
        Boolean followed = m.followedAdvice();
        if (followed == null) {
            return "";
        }
        return followed ? texts.text(locale, "roadmap.panel.followedAdvice")
                : texts.text(locale, "roadmap.panel.againstAdvice", m.advised().nameKey());
    }

    public TemplateView template(RoadmapTemplate t, Locale locale) {
        String name = t.name() != null ? t.name() : texts.text(locale, DefaultTemplate.NAME_KEY);
        return new TemplateView(t.id(), name, t.builtIn(), t.version(), t.phases().stream()
                .map(p -> new TemplatePhaseView(p.key(), name(p.customName(), p.nameKey(), locale), p.customName() != null,
                        p.steps().stream()
                                .map(s -> new TemplateStepView(s.key(), name(s.customName(), s.nameKey(), locale),
                                        s.customName() != null, s.mandatory()))
                                .toList()))
                .toList());
    }

    public String phaseName(Initiative initiative, String phaseKey, Locale locale) {
        return initiative.phase(phaseKey).map(p -> name(p.customName(), p.nameKey(), locale))
                .orElseGet(() -> texts.text(locale, "roadmap.phase." + phaseKey + ".name"));
    }

    public String stepName(StepProgress s, Locale locale) {
        return name(s.customName(), s.nameKey(), locale);
    }

    private String name(String custom, String key, Locale locale) {
        return custom != null ? custom : texts.text(locale, key);
    }
}
