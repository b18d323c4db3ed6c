package no.veikart.roadmap.sandbox;

import java.time.YearMonth;
import java.time.ZoneOffset;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportDraft;
import no.veikart.roadmap.reporting.domain.StatusReportService;

/**
 * Status reports of the two demo initiatives, through the plugin's own use case and dated relative to the day the
 * sandbox first starts: DigiRehab has two published months and a draft for last month; night supervision one
 * published month and a draft. Every report carries a comment, so the lights may differ from the suggestions.
 */
final class DemoReports {
    private final Sandbox sandbox;

    DemoReports(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    void load(String kertemindeKey, String nightKey) {
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        sandbox.asUser("member", () -> {
            report(kertemindeKey, last.minusMonths(2), "GREEN", "GREEN", "GREEN", "AMBER", "GREEN",
                    "Drift etableret i hele hjemmeplejen. Træningsplaner følges op månedligt.", true);
            report(kertemindeKey, last.minusMonths(1), "AMBER", "GREEN", "AMBER", "AMBER", "GREEN",
                    "Gevinsten for oktober er lavere end planlagt: to trænere på barsel. Vikarer oplæres.", true);
            report(kertemindeKey, last, "GREEN", "GREEN", "GREEN", "AMBER", "GREEN",
                    "Udkast: plejetimerne er tilbage på kurs; afventer tal fra økonomi.", false);
            return null;
        });
        sandbox.asUser("admin", () -> {
            report(nightKey, last.minusMonths(1), "AMBER", "AMBER", "AMBER", "RED", "AMBER",
                    "Innsiktsarbeidet er i gang; politisk nivå er ikke forankret ennå. Sak til hovedutvalget planlegges.", true);
            report(nightKey, last, "AMBER", "GREEN", "AMBER", "AMBER", "AMBER",
                    "Utkast: intervjuer med nattevakter og pårørende er gjennomført.", false);
            return null;
        });
    }

    private void report(String key, YearMonth period, String overall, String phase, String gains, String anchoring,
            String risks, String comment, boolean publish) {
        StatusReportService reports = sandbox.component(StatusReportService.class);
        Actor actor = sandbox.component(JiraUsers.class).currentActor();
        StatusReport draft = reports.create(actor, key, new StatusReportDraft(period.toString(), overall, phase, gains,
                anchoring, risks, comment));
        if (publish) {
            reports.publish(actor, key, draft.id(), draft.version());
        }
    }
}
