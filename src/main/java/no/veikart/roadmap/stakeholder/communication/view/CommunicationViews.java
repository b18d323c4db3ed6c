package no.veikart.roadmap.stakeholder.communication.view;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.stakeholder.communication.domain.Channel;
import no.veikart.roadmap.stakeholder.communication.domain.Communication;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationPlan;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationStatus;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationWarning;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.view.StakeholderOptionView;
import no.veikart.roadmap.stakeholder.view.StakeholderViews;

/** Turns the plan into views for one reader. */
public class CommunicationViews {
    private final Texts texts;
    private final StakeholderViews stakeholderViews;

    public CommunicationViews(Texts texts, StakeholderViews stakeholderViews) {
        this.texts = texts;
        this.stakeholderViews = stakeholderViews;
    }

    public CommunicationPlanView plan(CommunicationPlan plan, Locale locale, LocalDate today) {
        List<StakeholderOptionView> stakeholders = plan.stakeholders().values().stream()
                .sorted(Comparator.comparing(Stakeholder::level).thenComparing(Stakeholder::name, String.CASE_INSENSITIVE_ORDER))
                .map(s -> new StakeholderOptionView(String.valueOf(s.id()), stakeholderViews.name(s.name(), locale) + " ("
                        + stakeholderViews.levelName(s.level(), locale) + ")"))
                .toList();
        return new CommunicationPlanView(plan.initiative().issueKey(), plan.editable(),
                plan.entries().stream().map(c -> entry(c, plan.stakeholders(), locale, today)).toList(),
                warnings(plan.warnings(), locale),
                Arrays.stream(Level.values()).map(l -> new StakeholderOptionView(l.name(), stakeholderViews.levelName(l, locale))).toList(),
                stakeholders,
                Arrays.stream(Channel.values()).map(c -> new StakeholderOptionView(c.name(), texts.text(locale, c.labelKey()))).toList(),
                Arrays.stream(CommunicationStatus.values())
                        .map(s -> new StakeholderOptionView(s.name(), texts.text(locale, s.labelKey()))).toList(),
                today.toString());
    }

    public List<CommunicationWarningView> warnings(List<CommunicationWarning> warnings, Locale locale) {
        return warnings.stream().map(w -> new CommunicationWarningView(w.code(), texts.text(locale, w.key(),
                w.args().stream().map(a -> a instanceof LocalDate d ? StakeholderViews.display(d, locale) : a).toArray()),
                w.entryId(), w.level() == null ? null : w.level().name())).toList();
    }

    public CommunicationView entry(Communication c, Map<Long, Stakeholder> stakeholders, Locale locale, LocalDate today) {
        String audience;
        if (c.audienceLevel() != null) {
            audience = texts.text(locale, "roadmap.communication.audience.level", stakeholderViews.levelName(c.audienceLevel(), locale));
        } else {
            Stakeholder s = stakeholders.get(c.stakeholderId());
            audience = s == null ? texts.text(locale, "roadmap.communication.audience.removed") : stakeholderViews.name(s.name(), locale);
        }
        boolean canLog = c.status() == CommunicationStatus.DONE && c.stakeholderId() != null && !c.logged()
                && stakeholders.containsKey(c.stakeholderId());
        return new CommunicationView(c.id(), c.audienceLevel() == null ? null : c.audienceLevel().name(), c.stakeholderId(),
                c.message(), c.channel().name(), c.date().toString(), c.responsible(), c.status().name(), c.version(), audience,
                texts.text(locale, c.channel().labelKey()), texts.text(locale, c.status().labelKey()),
                StakeholderViews.display(c.date(), locale), c.overdue(today), c.logged(), c.contactLogId(), canLog);
    }
}
