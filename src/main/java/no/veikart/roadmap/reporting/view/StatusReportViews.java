package no.veikart.roadmap.reporting.view;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.common.domain.UserNames;
import no.veikart.roadmap.reporting.domain.Aspect;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportOverview;
import no.veikart.roadmap.reporting.domain.Suggestion;
import no.veikart.roadmap.reporting.domain.TrafficLight;

/** Turns reports into view records with every name in the reader's language. */
public class StatusReportViews {
    private final Texts texts;
    private final UserNames users;
    private final ZoneId zone;

    public StatusReportViews(Texts texts, UserNames users) {
        this(texts, users, ZoneId.systemDefault());
    }

    public StatusReportViews(Texts texts, UserNames users, ZoneId zone) {
        this.texts = texts;
        this.users = users;
        this.zone = zone;
    }

    public StatusReportsView overview(StatusReportOverview o, Locale locale) {
        List<StatusReportView> reports = o.reports().stream().map(r -> report(r, locale)).toList();
        StatusReport draft = o.reports().stream().filter(r -> !r.published()).findFirst().orElse(null);
        List<LightOptionView> options = new ArrayList<>();
        for (TrafficLight l : TrafficLight.values()) {
            options.add(new LightOptionView(l.name(), lightName(l, locale)));
        }
        List<LightView> suggestions = suggestions(o.suggestions(), locale);
        List<FormLightView> form = new ArrayList<>();
        for (LightView s : suggestions) {
            Aspect a = Aspect.valueOf(s.aspect().toUpperCase(Locale.ROOT));
            String selected = draft == null ? s.light() : draft.light(a) == null ? "" : draft.light(a).name();
            form.add(new FormLightView(s.aspect(), s.label(), selected, s.light(), s.lightName(), s.reason()));
        }
        return new StatusReportsView(o.initiative().issueKey(), o.editable(), o.nextPeriod(), reports, suggestions,
                !reports.isEmpty(), options, form, draft == null ? 0 : draft.id(), draft == null ? 0 : draft.version(),
                draft == null ? o.nextPeriod() : draft.period().toString(),
                draft == null || draft.comment() == null ? "" : draft.comment());
    }

    public StatusReportView report(StatusReport r, Locale locale) {
        List<LightView> lights = new ArrayList<>();
        for (Aspect a : Aspect.values()) {
            TrafficLight l = r.light(a);
            lights.add(new LightView(a.field(), texts.text(locale, a.labelKey()), l == null ? "" : l.name(),
                    lightName(l, locale), ""));
        }
        String at = r.publishedAt() == null ? null : r.publishedAt().toString();
        String atText = r.publishedAt() == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .format(r.publishedAt().atZone(zone));
        return new StatusReportView(r.id(), r.period().toString(), r.lightName(Aspect.OVERALL), r.lightName(Aspect.PHASE),
                r.lightName(Aspect.GAINS), r.lightName(Aspect.ANCHORING), r.lightName(Aspect.RISKS),
                r.comment() == null ? "" : r.comment(), r.state().name(),
                r.publishedBy() == null ? null : users.nameOrText(r.publishedBy()), r.publishedBy(), at, atText,
                r.version(), !r.published(), lights);
    }

    public List<LightView> suggestions(Map<Aspect, Suggestion> suggestions, Locale locale) {
        List<LightView> out = new ArrayList<>();
        for (Aspect a : Aspect.values()) {
            Suggestion s = suggestions.get(a);
            TrafficLight l = s == null ? null : s.light();
            String reason = s == null ? "" : texts.text(locale, s.reasonKey(), s.args().toArray());
            out.add(new LightView(a.field(), texts.text(locale, a.labelKey()), l == null ? "" : l.name(), lightName(l, locale),
                    reason));
        }
        return out;
    }

    public String lightName(TrafficLight l, Locale locale) {
        return texts.text(locale, l == null ? "roadmap.reporting.light.none" : "roadmap.reporting.light." + l.name());
    }

}
