package no.veikart.roadmap.sandbox;

import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.pilot.domain.EvaluationDraft;
import no.veikart.roadmap.pilot.domain.GainFact;
import no.veikart.roadmap.pilot.domain.ObservationDraft;
import no.veikart.roadmap.pilot.domain.PilotOverview;
import no.veikart.roadmap.pilot.domain.PilotService;
import no.veikart.roadmap.pilot.domain.PlanDraft;
import no.veikart.roadmap.platform.jira.JiraUsers;

/**
 * The Kerteminde pilot in two rounds, through the plugin's own use cases: a first round in one home-care district
 * (the first three months of the gains' measurement year) that ends in "further tests", then the whole group of 50
 * citizens (months four to eight) that recommends operations. Like the gains (DemoData), every date is relative to the
 * day the demo loads: the measurement year is the twelve months up to the last month's end, so the rounds lie within
 * the measurements and the evaluation's measured % have data. The seed (004) gives the outcome and that pilots ran 3–6
 * months; the districts, dates, counts and log entries are ours. Called from {@link DemoData} where the gates need it.
 */
final class DemoPilots {
    private final Sandbox sandbox;
    /** The first day of the gains' measurement year (DemoData.kertemindeGains). */
    private final LocalDate year;

    DemoPilots(Sandbox sandbox) {
        this.sandbox = sandbox;
        LocalDate today = sandbox.component(GainService.class).today();
        this.year = today.withDayOfMonth(1).minusDays(1).minusMonths(11).withDayOfMonth(1);
    }

    /** The day {@code months} months and {@code days} days into the measurement year, as ISO text. */
    private String day(int months, int days) {
        return year.plusMonths(months).plusDays(days).toString();
    }

    /** Round 1's plan, before Service development is left (the gate needs a complete plan). */
    void firstPlan(String key) {
        PilotService pilots = pilots();
        Actor member = actor();
        pilots.savePlan(member, key, 1, plan(pilots, member, key, day(0, 3), day(3, -1),
                "Klarer borgerne i hjemmeplejen at træne selv med tablet og træner? Delmål: 10 borgere i gang efter 4 uger.",
                "Ét hjemmeplejedistrikt (Nord); visitation, træningsplan og ugentlig træning.", 12, 8,
                "Borgere i distrikt Nord med praktisk hjælp eller personlig pleje; udvalgt af visitator og teamleder.", 0L));
    }

    /** Round 1's log and evaluation: further tests with more districts and dedicated trainers. */
    void firstRound(String key) {
        PilotService pilots = pilots();
        Actor member = actor();
        log(pilots, member, key, 1, new String[][] {
            {day(0, 17), "PEOPLE", "Fru Hansen viste stolt, at hun igen kan rejse sig fra stolen uden hjælp."},
            {day(1, 1), "ORGANISATION", "Træningen blev sprunget over i travle uger: den konkurrerer med plejeopgaverne."},
            {day(1, 14), "TECHNOLOGY", "Tabletten mistede forbindelsen to gange; leverandøren rettede opsætningen samme dag."},
            {day(3, -3), "GAINS", "Visiterede timer i distriktet faldt lidt; for få borgere til at sige noget sikkert."},
        });
        pilots.saveEvaluation(member, key, 1, new EvaluationDraft(rating(4, "Borgerne er glade for træningen og oplever fremskridt."),
                rating(2, "Træning i konkurrence med pleje: pas springes over. Roller mellem visitation og hjemmepleje er uklare."),
                rating(4, "Stabil efter opsætningen blev rettet."),
                rating(3, "Tidlige tegn på færre timer, men ét distrikt er for lidt."), "Færre fald rapporteret af hjemmeplejen.",
                "Tid til trænere skal med i budgettet.", "FURTHER_TESTS",
                "Afprøv med alle 50 borgere og med få dedikerede trænere i visitationen, så træningen ikke springes over.", 1L));
    }

    /** Round 2: the plan copied from round 1 and widened, its log and evaluation recommending operations. */
    void secondRound(String key) {
        PilotService pilots = pilots();
        Actor member = actor();
        pilots.savePlan(member, key, 2, plan(pilots, member, key, day(3, 11), day(8, -1),
                "Holder træningen, når få dedikerede trænere står for den? Delmål: 27 færre plejetimer pr. borger pr. år.",
                "Alle distrikter; træningen ligger hos tre trænere i visitationen.", 50, 3,
                "De 50 borgere fra visitationens liste; trænerne ansat til kun at træne.", 0L));
        log(pilots, member, key, 2, new String[][] {
            {day(4, 9), "ORGANISATION", "Med faste trænere blev ingen træningspas aflyst i maj."},
            {day(5, 20), "PEOPLE", "Pårørende fortæller, at borgeren selv klarer indkøb igen."},
            {day(8, -2), "GAINS", "Plejetimerne følger planen: omkring halvvejs mod målet for året."},
        });
        pilots.saveEvaluation(member, key, 2, new EvaluationDraft(rating(5, "Borgere og pårørende er positive."),
                rating(4, "Faste trænere i visitationen: træningen holdes. Procedurer beskrevet i HUKI-matricen."),
                rating(4, "Stabil; data til omsorgssystemet overføres manuelt."),
                rating(4, "Gevinsten følger valoriseringskurven."), "Mindre behov for hjælpemidler.",
                "Lønudgift til tre trænere lagt ind i driftsbudgettet.", "PROCEED",
                "Gå videre til drift med dedikerede trænere; følg plejetimerne månedligt.", 1L));
    }

    /**
     * Pilots of the portfolio's initiatives in Piloting (DemoPortfolio moved them there without a plan), so the
     * portfolio's pilot figures have something to count: by issue key, the first runs and ends in 20 days, the second
     * runs for 75 more days, the third ended 12 days ago without an evaluation. Run as admin (edits all projects).
     */
    Void portfolio() {
        PilotService pilots = pilots();
        Actor admin = actor();
        LocalDate today = sandbox.component(GainService.class).today();
        InitiativeService initiatives = sandbox.component(InitiativeService.class);
        List<Initiative> piloting = new java.util.ArrayList<>();
        for (String project : List.of("DEMO", "HELSE", "SKOLE")) {
            initiatives.findInProject(admin, project).stream().filter(i -> "PILOTING".equals(i.currentPhase())).forEach(piloting::add);
        }
        piloting.sort(java.util.Comparator.comparing((Initiative i) -> i.issue().id()));
        int[][] days = {{-70, 20}, {-15, 75}, {-100, -12}};
        for (int n = 0; n < Math.min(days.length, piloting.size()); n++) {
            Initiative i = piloting.get(n);
            pilots.savePlan(admin, i.issue().key(), pilots.currentRound(i.id()), new PlanDraft(
                    "Fungerer løsningen i hverdagen for brukere og ansatte? Delmål: halvparten av brukerne i gang etter fire uker.",
                    "Én enhet, med brukerne som har vedtak der.", today.plusDays(days[n][0]).toString(),
                    today.plusDays(days[n][1]).toString(), new PlanDraft.ParticipantsDraft(15, 6, 1,
                            "Brukere med vedtak i enheten; ansatte på dagvakt; leverandørens kontaktperson."),
                    null, null, null, null, null, null, 0L));
        }
        return null;
    }

    private static PlanDraft plan(PilotService pilots, Actor member, String key, String start, String end, String goals,
            String scope, int users, int employees, String participants, long version) {
        PilotOverview o = pilots.overview(member, key);
        List<Long> gains = o.gains().stream().map(GainFact::id).toList();
        return new PlanDraft(goals, scope, start, end, new PlanDraft.ParticipantsDraft(users, employees, 1, participants),
                "Brev og hjemmebesøg af visitator; pårørende inviteres med.",
                "Trænerne på to dages kursus hos DigiRehab før start; superbrugere på hvert hold.",
                "Fejl på tablet: ring til DigiRehabs support; borgeren træner efter papirprogram imens.",
                new PlanDraft.MeasurementDraft(gains, "Visiterede timer fra omsorgssystemet hver måned; spørgeskema hvert kvartal."),
                "Trænerne deltager i besøg og noterer, hvor borgerne går i stå, og hvad der giver glæde.",
                "Logbog i Jira under hver runde; status til styregruppen hver måned.", version);
    }

    private static void log(PilotService pilots, Actor member, String key, int round, String[][] entries) {
        for (String[] e : entries) {
            pilots.addObservation(member, key, round, new ObservationDraft(e[0], e[1], e[2]));
        }
    }

    private static EvaluationDraft.RatingDraft rating(int rating, String text) {
        return new EvaluationDraft.RatingDraft(rating, text);
    }

    private PilotService pilots() {
        return sandbox.component(PilotService.class);
    }

    private Actor actor() {
        return sandbox.component(JiraUsers.class).currentActor();
    }
}
