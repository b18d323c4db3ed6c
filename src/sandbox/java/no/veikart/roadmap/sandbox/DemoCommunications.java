package no.veikart.roadmap.sandbox;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.stakeholder.communication.domain.Communication;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationDraft;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationService;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import no.veikart.roadmap.stakeholder.domain.StakeholderSorting;

/**
 * The communication plan of the Kerteminde DigiRehab case, phase by phase (CONNECT step 3, seed 000; change
 * communication to management, seed 002): the committee briefed before the pilot, staff meetings before the
 * training, the union consulted, a newsletter to citizens and relatives, results reported to management. The done
 * entries to one stakeholder are logged into their contact log; the follow-ups lie around today, one of them planned
 * ten days ago and still not done, so the panel shows the overdue warning whatever day the sandbox starts. The
 * case's own dates (September 2020 to December 2021) are moved with DemoData's gain timeline, whose seed year 2021
 * ends with the month before the demo is loaded.
 */
final class DemoCommunications {
    private final Sandbox sandbox;

    /** The last day of the case's seed year, 2021, which DemoData's gain measurements end with last month. */
    private static final LocalDate SEED_YEAR_END = LocalDate.of(2021, 12, 31);

    DemoCommunications(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    Void kerteminde(String key) {
        CommunicationService plan = sandbox.component(CommunicationService.class);
        Actor member = sandbox.component(JiraUsers.class).currentActor();
        Map<String, Long> ids = new HashMap<>();
        sandbox.component(StakeholderService.class).overview(member, key, StakeholderSorting.Order.LEVEL).stakeholders()
                .forEach(s -> ids.put(s.name(), s.id()));
        LocalDate today = sandbox.component(GainService.class).today();
        long shift = ChronoUnit.DAYS.between(SEED_YEAR_END, today.withDayOfMonth(1).minusDays(1));
        String[][] rows = {
            // audience (a level, or a stakeholder by name), message, channel, date, responsible, status, log to contact log
            {"Social- og sundhedsudvalget", "Orientering om pilotprojektet: mål, 50 borgere, forventet midlertidigt effektivitetstab", "MEETING", seed("2020-09-14", shift), "Ældre- og sundhedschef", "DONE", "log"},
            {"Ledere i hjemmeplejen", "Plan for træning og ruter; hvem frigøres til undervisning", "MEETING", seed("2020-10-05", shift), "Projektleder", "DONE", "log"},
            {"FOA (fagforening)", "Arbejdsmiljø og opgaveglidning: hvad ændrer sig for SOSU-assistenterne", "MEETING", seed("2020-10-12", shift), "Ældre- og sundhedschef", "DONE", "log"},
            {"STAFF", "Personalemøder i alle teams før træningen: hvorfor DigiRehab, hvordan hverdagen ændres", "MEETING", seed("2020-10-20", shift), "Teamledere", "DONE", null},
            {"USERS_AND_RELATIVES", "Nyhedsbrev til borgere og pårørende: hvad er digital træning, og hvem kontakter jeg", "NEWSLETTER", seed("2020-11-02", shift), "Kommunikationsafdelingen", "DONE", null},
            {"ADMINISTRATIVE_LEADERSHIP", "Månedsrapport: plejetimer før og efter, status på træning", "EMAIL", seed("2021-06-30", shift), "Projektleder", "DONE", null},
            {"Social- og sundhedsudvalget", "Resultater af piloten og indstilling om drift", "MEETING", seed("2021-12-13", shift), "Ældre- og sundhedschef", "DONE", "log"},
            {"STAFF", "Intranetartikel: erfaringer fra et år med DigiRehab", "INTRANET", today.minusDays(10).toString(), "Kommunikationsafdelingen", "PLANNED", null},
            {"DigiRehab (leverandør)", "Halvårligt statusmøde om platform og rapporter", "MEETING", today.plusDays(14).toString(), "Projektleder", "PLANNED", null},
            {"USERS_AND_RELATIVES", "Artikel i lokalavisen om borgere der klarer mere selv", "SOCIAL_MEDIA", today.plusDays(30).toString(), "Kommunikationsafdelingen", "CANCELLED", null},
        };
        for (String[] r : rows) {
            boolean level = r[0].equals(r[0].toUpperCase(java.util.Locale.ROOT));
            Communication c = plan.create(member, key, new CommunicationDraft(level ? r[0] : null, level ? null : ids.get(r[0]), r[1], r[2],
                    r[3], r[4], r[5], null));
            if (r[6] != null) {
                plan.logToContactLog(member, key, c.id(), c.version());
            }
        }
        return null;
    }

    /** A date of the case, moved by {@code shift} days to the demo's timeline. */
    private static String seed(String date, long shift) {
        return LocalDate.parse(date).plusDays(shift).toString();
    }
}
