package no.veikart.roadmap.risk.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.web.PageSupport;
import no.veikart.roadmap.risk.domain.GainPlan;
import no.veikart.roadmap.risk.domain.HandoverService;
import no.veikart.roadmap.risk.domain.InitiativeStory;
import no.veikart.roadmap.risk.domain.MeasureStatus;
import no.veikart.roadmap.risk.domain.ResponsibilityMatrix;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskLevel;
import no.veikart.roadmap.risk.domain.RiskRegister;
import no.veikart.roadmap.risk.domain.RiskRules;
import no.veikart.roadmap.risk.domain.RiskService;
import no.veikart.roadmap.risk.view.HandoverGainView;
import no.veikart.roadmap.risk.view.HandoverMoveView;
import no.veikart.roadmap.risk.view.HandoverPageView;
import no.veikart.roadmap.risk.view.HandoverRoleView;
import no.veikart.roadmap.risk.view.RiskViews;

/**
 * The printable handover page ({@code /plugins/servlet/roadmap/handover?issueKey=…}), in the reader's language: the
 * initiative, its phases and decisions, gains with owners and next follow-up, open risks (residual above low, or a
 * measure not done) with their measures, the HUKI matrix, the owner in operations. Browse permission; 404 otherwise.
 */
public class HandoverServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "velocity/risk/handover.vm";

    private final transient HandoverService handovers;
    private final transient RiskService risks;
    private final transient InitiativeStory stories;
    private final transient GainPlan gains;
    private final transient ResponsibilityMatrix roles;
    private final transient RiskViews views;
    private final transient Texts texts;
    private final transient ZoneId zone;
    private final transient PageSupport page;

    public HandoverServlet(HandoverService handovers, RiskService risks, InitiativeStory stories, GainPlan gains,
            ResponsibilityMatrix roles, RiskViews views, Texts texts, ZoneId zone, PageSupport page) {
        this.handovers = handovers;
        this.risks = risks;
        this.stories = stories;
        this.gains = gains;
        this.roles = roles;
        this.views = views;
        this.texts = texts;
        this.zone = zone;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = page.actorOrLogin(request, response);
        if (actor == null) {
            return;
        }
        String key = request.getParameter("issueKey");
        HandoverPageView model;
        try {
            model = model(actor, key == null ? "" : key);
        } catch (RoadmapException e) {
            page.render("velocity/common/notfound.vm", Map.of(), actor, request, response, 404);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        page.render(TEMPLATE, Map.of("page", model), actor, request, response, 200);
    }

    private HandoverPageView model(Actor actor, String issueKey) {
        Locale locale = actor.locale();
        HandoverService.HandoverState h = handovers.get(actor, issueKey);
        String initiativeKey = h.initiative().issueKey();
        InitiativeStory.Story story = stories.story(actor, initiativeKey);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        List<HandoverMoveView> moves = story.moves().stream().map(m -> new HandoverMoveView(phase(m.from(), locale),
                phase(m.to(), locale), when.format(m.at()), m.by(), decision(m, locale))).toList();
        List<HandoverGainView> gainViews = gains.gains(actor, initiativeKey).stream().map(g -> new HandoverGainView(g.title(),
                g.ownerName(), g.frequency() == null ? "" : texts.text(locale, "roadmap.gain.frequency." + g.frequency()),
                RiskViews.display(g.nextFollowUp(), locale), g.overdue())).toList();
        RiskRegister register = risks.register(actor, initiativeKey, RiskRules.Order.RESIDUAL);
        List<Risk> open = register.risks().stream().filter(r -> RiskRules.residualLevel(r, register.regions()) != RiskLevel.LOW
                || r.measures().stream().anyMatch(m -> m.status() != MeasureStatus.DONE)).toList();
        var riskViews = open.stream().map(r -> views.risk(r, register.regions(), register.today(),
                risks.issueStatuses(List.of(r)), locale)).toList();
        List<HandoverRoleView> roleViews = roles.lines(actor, initiativeKey, locale).stream()
                .map(l -> new HandoverRoleView(l.procedure(), l.assignments())).toList();
        return new HandoverPageView(initiativeKey, story.summary(), phase(story.currentPhase(), locale),
                views.handover(h.handover(), initiativeKey, false, locale), moves, gainViews, riskViews, roleViews,
                register.plan().text(), !moves.isEmpty(), !gainViews.isEmpty(), !riskViews.isEmpty(), !roleViews.isEmpty(),
                locale.toLanguageTag());
    }

    private String phase(String key, Locale locale) {
        String textKey = "roadmap.phase." + key + ".name";
        return key == null ? "" : texts.has(textKey) ? texts.text(locale, textKey) : key;
    }

    private String decision(InitiativeStory.Move m, Locale locale) {
        String name = m.decision() == null ? null : texts.text(locale, "roadmap.decision." + m.decision() + ".name");
        if (name == null) {
            return m.reason() == null ? "" : m.reason();
        }
        return m.reason() == null ? name : name + ": " + m.reason();
    }
}
