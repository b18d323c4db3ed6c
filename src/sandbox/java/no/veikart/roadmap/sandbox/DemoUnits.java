package no.veikart.roadmap.sandbox;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.reporting.domain.OrgUnit;
import no.veikart.roadmap.reporting.domain.OrgUnitService;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportDraft;
import no.veikart.roadmap.reporting.domain.StatusReportService;

/**
 * Organisational units for the demo portfolio, through the plugin's own use cases: three sectors of a Norwegian
 * municipality (health and care, education, staff functions) with six departments, every demo initiative placed in one
 * by what it is about; and last month's published report for a few initiatives, so the overdue list (every other
 * initiative owes last month's report once its due day has come) and the grouping by unit show both kinds.
 */
final class DemoUnits {
    private static final String HEALTH = "Helse og omsorg";
    private static final String SCHOOLS = "Oppvekst og utdanning";
    private static final String STAFF = "Stab og støtte";

    private final Sandbox sandbox;

    DemoUnits(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    void load() {
        sandbox.asUser("admin", () -> {
            Actor admin = sandbox.component(JiraUsers.class).currentActor();
            OrgUnitService units = sandbox.component(OrgUnitService.class);
            Map<String, Long> ids = new HashMap<>();
            for (String[] u : new String[][] {{HEALTH, "Hjemmetjenesten"}, {HEALTH, "Sykehjem"}, {HEALTH, "Tildelingskontoret"},
                    {SCHOOLS, "Grunnskolen"}, {SCHOOLS, "SFO"}, {STAFF, "Digitalisering og IKT"}}) {
                OrgUnit unit = units.create(admin, u[0], u[1]);
                ids.put(unit.label(), unit.id());
            }
            List<InitiativeSummary> all = new ArrayList<>();
            sandbox.component(InitiativeSummaryReader.class).inProjects(List.of("DEMO", "HELSE", "SKOLE"), all::add);
            for (InitiativeSummary s : all) {
                units.assign(admin, s.issueKey(), ids.get(unitOf(s)), 0L);
            }
            YearMonth last = YearMonth.from(sandbox.component(no.veikart.roadmap.gain.domain.GainService.class).today())
                    .minusMonths(1);
            int published = 0;
            for (InitiativeSummary s : all) {
                String text = s.summary().toLowerCase(Locale.ROOT);
                if (text.contains("medisindispensere") || text.contains("trygghetsalarmer") || text.contains("fravær")
                        || text.contains("skoleskyss")) {
                    publish(admin, s.issueKey(), last, published++ % 2 == 0 ? "GREEN" : "AMBER");
                }
            }
            return null;
        });
    }

    /** The unit by what the initiative is about (its summary) and its project. */
    static String unitOf(InitiativeSummary s) {
        String text = s.summary().toLowerCase(Locale.ROOT);
        if (text.contains("robotisert") || text.contains("chatbot")) {
            return STAFF + " / Digitalisering og IKT";
        }
        if (text.contains("søknader om helse")) {
            return HEALTH + " / Tildelingskontoret";
        }
        if (text.contains("sykehjem")) {
            return HEALTH + " / Sykehjem";
        }
        if ("SKOLE".equals(s.projectKey())) {
            return SCHOOLS + (text.contains("sfo") ? " / SFO" : " / Grunnskolen");
        }
        return HEALTH + " / Hjemmetjenesten";
    }

    private void publish(Actor admin, String key, YearMonth period, String overall) {
        StatusReportService reports = sandbox.component(StatusReportService.class);
        StatusReport draft = reports.create(admin, key, new StatusReportDraft(period.toString(), overall, "GREEN", overall,
                "AMBER", "GREEN", "Månedsrapport: fremdrift etter plan; gevinstmålingene følges opp av enhetsleder."));
        reports.publish(admin, key, draft.id(), draft.version());
    }
}
