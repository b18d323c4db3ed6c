package no.veikart.roadmap.sandbox;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.GainDraft;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.domain.MeasurementDraft;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.MoveRequest;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.sandbox.jira.SandboxDashboards;
import no.veikart.roadmap.stakeholder.domain.StakeholderDraft;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo portfolio a manager opens: eighteen initiatives in home care (DEMO), health and care (HELSE) and schools
 * (SKOLE) next to the two of {@link DemoData}, in every phase of the roadmap and one halted after its pilot, drawn
 * from the seeds' examples (digital medicine dispensers, digital home follow-up, robot case handling, sensors at night,
 * electronic door locks, GPS for people with dementia). Each walks the roadmap through the plugin's own use cases
 * (mandatory steps done, a HUKI matrix before it leaves service development, a decision when it leaves piloting), and
 * has stakeholders and gains; those past piloting also have measurements. Dates count from the day the demo is loaded:
 * some follow-ups and contacts are a few days overdue. Finally the portfolio gadget goes on each demo user's
 * dashboard (admin: one per project and one for all).
 */
final class DemoPortfolio {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPortfolio.class);
    static final String GADGET = "no.veikart.service-innovation-roadmap:portfolio-gadget";
    private static final List<String> PHASES = List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING",
            "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES");
    /** Who does what in a new service, as a first HUKI matrix: H principal, U executes, K consulted, I informed. */
    private static final String[] PROCEDURES = {"Tildeling og kartlegging", "Opplæring", "Daglig drift", "Oppfølging av gevinster"};
    private static final String[][] ACTORS = {{"Tjenesteleder", "ROLE", null}, {"Fagansvarlig", "ROLE", null},
        {"Ansatte i tjenesten", "ROLE", null}, {"Leverandør", "EXTERNAL", null}};
    private static final String[] GRID = {"HUK.", "IHUK", "KIHU", "HUIK"};

    private final Sandbox sandbox;
    private final DemoData demo;
    private final LocalDate today;

    DemoPortfolio(Sandbox sandbox, DemoData demo) {
        this.sandbox = sandbox;
        this.demo = demo;
        this.today = demo.today();
    }

    void load() {
        long started = System.nanoTime();
        List<Plan> plans = plans();
        // One write of the Jira state at the end instead of one per issue: the demo is loaded anew after a crash.
        sandbox.component(JiraStore.class).batch(() -> {
            for (Plan plan : plans) {
                sandbox.asUser(plan.owner(), () -> build(plan));
            }
            return null;
        });
        gadgets();
        LOG.info("Demo portfolio: {} initiatives in {} ms", plans.size(), (System.nanoTime() - started) / 1_000_000);
    }

    // ------------------------------------------------------------------------------------------------ the plans

    /** An initiative to build: walked to {@code phase}; {@code haltReason} halts it there (piloting only). */
    record Plan(String project, String owner, String summary, String phase, String haltReason, Kit stakeholders,
            List<GainPlan> gains) {
    }

    /**
     * A gain with its measurements: {@code values} are measured one {@code months} period apart, the last
     * {@code lastDaysAgo} days before today (a monthly gain whose last measurement is 40 days old is 9–10 days
     * overdue); the baseline is one period before the first measurement, the target a year after it.
     */
    record GainPlan(String type, String title, String indicator, String unit, String baseline, String target,
            String frequency, int lastDaysAgo, String... values) {
    }

    /** A project's stakeholders by level; an initiative in an early phase has met only the first few. */
    record Kit(String[][] rows) {
    }

    private static final Kit HOME_CARE = new Kit(new String[][] {
        // name, group, level, effect, attitude, desired, influence, interest, involvement
        {"Helse- og omsorgsutvalget", "Politicians", "POLITICAL", "Vedtar budsjett og prioriteringer", "1", "2", "5", "3", "CONSULT"},
        {"Kommunalsjef helse og omsorg", "Management", "ADMINISTRATIVE_LEADERSHIP", "Eier gevinstrealiseringen", "2", "2", "5", "5", "COLLABORATE"},
        {"Avdelingsledere i hjemmetjenesten", "Management", "MIDDLE_MANAGEMENT", "Nye rutiner og turnus", "0", "2", "4", "5", "INVOLVE"},
        {"Sykepleiere og helsefagarbeidere", "Employees", "STAFF", "Nye arbeidsmåter i hverdagen", "-1", "1", "3", "5", "INVOLVE"},
        {"Brukere og pårørende", "Users and relatives", "USERS_AND_RELATIVES", "Tryggere hverdag hjemme", "1", "2", "2", "5", "CONSULT"},
        {"Leverandør av velferdsteknologi", "Suppliers", "EXTERNAL", "Leverer utstyr, opplæring og støtte", "2", "2", "3", "4", "COLLABORATE"},
    });
    private static final Kit HEALTH = new Kit(new String[][] {
        {"Kommunestyret", "Politicians", "POLITICAL", "Bevilger investeringen", "0", "2", "5", "2", "INFORM"},
        {"Rådmannens ledergruppe", "Management", "ADMINISTRATIVE_LEADERSHIP", "Prioriterer mellom tjenestene", "1", "2", "5", "4", "CONSULT"},
        {"Enhetsledere sykehjem", "Management", "MIDDLE_MANAGEMENT", "Organiserer opplæring og drift", "1", "2", "4", "5", "COLLABORATE"},
        {"Fagforbundet og NSF (tillitsvalgte)", "Unions", "STAFF", "Arbeidsmiljø og bemanning", "-1", "1", "4", "4", "CONSULT"},
        {"Beboere og pårørende", "Users and relatives", "USERS_AND_RELATIVES", "Trygghet og verdighet", "1", "2", "2", "5", "INVOLVE"},
        {"IKT-tjenesten", "Other agencies", "EXTERNAL", "Drift, integrasjoner og informasjonssikkerhet", "1", "2", "4", "3", "INVOLVE"},
    });
    private static final Kit SCHOOLS = new Kit(new String[][] {
        {"Oppvekstutvalget", "Politicians", "POLITICAL", "Vedtar satsingen på digital skole", "1", "2", "5", "3", "CONSULT"},
        {"Kommunalsjef oppvekst", "Management", "ADMINISTRATIVE_LEADERSHIP", "Eier gevinstene i skolene", "2", "2", "5", "5", "COLLABORATE"},
        {"Rektorene", "Management", "MIDDLE_MANAGEMENT", "Nye rutiner på hver skole", "0", "2", "4", "5", "INVOLVE"},
        {"Lærere og Utdanningsforbundet", "Employees", "STAFF", "Endret arbeidshverdag", "-1", "1", "4", "5", "INVOLVE"},
        {"Elever og foresatte", "Users and relatives", "USERS_AND_RELATIVES", "Raskere og enklere kontakt med skolen", "1", "2", "2", "5", "CONSULT"},
        {"Systemleverandør", "Suppliers", "EXTERNAL", "Leverer løsning og integrasjoner", "2", "2", "3", "4", "COLLABORATE"},
    });

    private static List<Plan> plans() {
        return List.of(
            // DEMO: home care
            new Plan("DEMO", "member", "Digitale medisindispensere i hjemmetjenesten", "TRANSITION_TO_OPERATIONS", null, HOME_CARE, List.of(
                new GainPlan("TIME", "Færre medisinbesøk", "Hjemmebesøk for medisinutlevering per uke", "COUNT", "420", "180", "MONTHLY", 38,
                    "405", "372", "330", "301", "268", "250"),
                new GainPlan("COST", "Sparte kjørekostnader", "Kjøring og tid i hjemmetjenesten per måned", "CURRENCY", "310000", "140000", "MONTHLY", 38,
                    "298000", "271000", "240000", "221000", "199000", "188000"))),
            new Plan("DEMO", "member", "Digital hjemmeoppfølging av kronisk syke (KOLS og hjertesvikt)", "PILOTING", null, HOME_CARE, List.of(
                new GainPlan("QUALITY", "Færre akutte innleggelser", "Innleggelser per 100 brukere per kvartal", "COUNT", "14", "8", "QUARTERLY", 20,
                    "12", "11"),
                new GainPlan("TIME", "Færre rutinebesøk", "Timer rutinebesøk per måned", "HOURS", "640", "420", "MONTHLY", 12, "610", "560", "530"))),
            new Plan("DEMO", "member", "Elektroniske dørlåser (e-lås) i hjemmetjenesten", "NEW_PRACTICES", null, HOME_CARE, List.of(
                new GainPlan("TIME", "Ingen nøkkelhenting", "Timer brukt på nøkkelhåndtering per måned", "HOURS", "260", "20", "MONTHLY", 44,
                    "220", "150", "90", "60", "35", "28", "24", "22"),
                new GainPlan("QUALITY", "Færre tapte nøkler", "Tapte eller forlagte nøkler per måned", "COUNT", "18", "0", "MONTHLY", 44,
                    "12", "6", "3", "1", "1", "0", "0", "0"))),
            new Plan("DEMO", "member", "GPS-lokalisering for personer med demens", "PILOTING",
                "Brukerne glemte å lade enhetene og pårørende ble ikke varslet; piloten stanses, erfaringene tas med i ny innsikt.", HOME_CARE, List.of(
                new GainPlan("QUALITY", "Færre leteaksjoner", "Leteaksjoner per kvartal", "COUNT", "9", "3", "QUARTERLY", 100, "8"))),
            new Plan("DEMO", "member", "Digitalt tilsyn med sensorer om natten i omsorgsboliger", "NEW_PRACTICES", null, HOME_CARE, List.of(
                new GainPlan("COST", "Lavere kostnad til nattpatrulje", "Kostnad nattpatrulje per måned", "CURRENCY", "520000", "380000", "MONTHLY", 9,
                    "505000", "470000", "441000", "420000", "402000", "395000", "391000", "386000", "384000"),
                new GainPlan("QUALITY", "Bedre søvn for brukerne", "Netter uten unødvendig oppvåkning (%)", "PERCENT", "55", "85", "QUARTERLY", 30,
                    "68", "79", "83"))),
            // HELSE: health and care
            new Plan("HELSE", "admin", "Robotisert saksbehandling av søknader om helse- og omsorgstjenester", "TRANSITION_TO_OPERATIONS", null, HEALTH, List.of(
                new GainPlan("TIME", "Spart saksbehandlingstid", "Timer saksbehandling per måned", "HOURS", "900", "450", "MONTHLY", 35,
                    "860", "760", "640", "560"),
                new GainPlan("QUALITY", "Raskere vedtak", "Dager fra søknad til vedtak", "COUNT", "21", "5", "MONTHLY", 35, "18", "12", "8", "7"))),
            new Plan("HELSE", "admin", "Digitale trygghetsalarmer (fra analog til digital)", "NEW_PRACTICES", null, HEALTH, List.of(
                new GainPlan("COST", "Lavere driftskostnad for alarmer", "Driftskostnad per måned", "CURRENCY", "210000", "150000", "MONTHLY", 5,
                    "205000", "188000", "171000", "160000", "154000", "151000", "149000"))),
            new Plan("HELSE", "admin", "Sensorbasert fallvarsling på sykehjem", "PILOTING", null, HEALTH, List.of(
                new GainPlan("QUALITY", "Færre fall med skade", "Fall med skade per måned", "COUNT", "11", "4", "MONTHLY", 41, "10", "8"))),
            new Plan("HELSE", "admin", "Digital legemiddelhåndtering med multidose på sykehjem", "SERVICE_DEVELOPMENT", null, HEALTH, List.of(
                new GainPlan("TIME", "Mindre tid til legemiddelhåndtering", "Sykepleiertimer per uke", "HOURS", "120", "70", "WEEKLY", 0))),
            new Plan("HELSE", "admin", "Dusjrobot på sykehjem", "ANCHORING", null, HEALTH, List.of()),
            new Plan("HELSE", "admin", "Chatbot for spørsmål om helse- og omsorgstjenester", "INSIGHT", null, HEALTH, List.of(
                new GainPlan("TIME", "Færre telefoner til tildelingskontoret", "Telefoner per uke", "COUNT", "350", "200", "MONTHLY", 0))),
            // SKOLE: schools
            new Plan("SKOLE", "admin", "Digital fraværsregistrering med varsel til foresatte", "NEW_PRACTICES", null, SCHOOLS, List.of(
                new GainPlan("TIME", "Mindre tid til fraværsoppfølging", "Lærertimer per måned", "HOURS", "480", "240", "MONTHLY", 40,
                    "450", "390", "330", "290", "262", "250"),
                new GainPlan("QUALITY", "Lavere udokumentert fravær", "Udokumentert fravær (%)", "PERCENT", "6", "3", "QUARTERLY", 50, "5", "4"))),
            new Plan("SKOLE", "admin", "Robotisert saksbehandling av skoleskyss", "TRANSITION_TO_OPERATIONS", null, SCHOOLS, List.of(
                new GainPlan("COST", "Spart saksbehandling", "Kostnad saksbehandling skoleskyss per år", "CURRENCY", "850000", "300000", "QUARTERLY", 20,
                    "700000", "520000"))),
            new Plan("SKOLE", "admin", "Lesestøtte med talesyntese i småskolen", "PILOTING", null, SCHOOLS, List.of(
                new GainPlan("QUALITY", "Flere elever over bekymringsgrensen", "Elever over bekymringsgrensen i lesing (%)", "PERCENT", "78", "90", "QUARTERLY", 15,
                    "81"))),
            new Plan("SKOLE", "admin", "Telepresence-robot for langtidssyke elever", "PILOTING", null, SCHOOLS, List.of(
                new GainPlan("QUALITY", "Mer deltakelse i undervisningen", "Timer i undervisning per uke for elevene", "HOURS", "2", "15", "MONTHLY", 8,
                    "6", "9", "11"))),
            new Plan("SKOLE", "admin", "Én app for skole-hjem-kommunikasjon", "SERVICE_DEVELOPMENT", null, SCHOOLS, List.of(
                new GainPlan("TIME", "Mindre tid til meldinger", "Lærertimer per uke til meldinger", "HOURS", "300", "180", "MONTHLY", 0))),
            new Plan("SKOLE", "admin", "Digitale prøver og vurdering", "INSIGHT", null, SCHOOLS, List.of()),
            new Plan("SKOLE", "admin", "Digital søknad om SFO-plass", "ANCHORING", null, SCHOOLS, List.of()));
    }

    // ------------------------------------------------------------------------------------------------ building

    /** Phases whose exit other tools gate (pilot plan and evaluation, handover and roll-out). */
    private static final List<String> GATED = List.of("SERVICE_DEVELOPMENT", "PILOTING", "TRANSITION_TO_OPERATIONS");
    private static final String OVERRIDE = "Dokumentert i prosjektmappen før verktøyet ble tatt i bruk.";

    private Void build(Plan plan) {
        InitiativeService initiatives = sandbox.component(InitiativeService.class);
        Actor actor = demo.actor();
        Initiative i = initiatives.create(actor, plan.project(), plan.summary(), null);
        String key = i.issue().key();
        int target = PHASES.indexOf(plan.phase());
        stakeholders(key, plan.stakeholders(), target);
        for (int p = 0; p < target; p++) {
            String from = PHASES.get(p);
            i = demo.completeMandatory(initiatives, actor, i, from);
            if (from.equals("SERVICE_DEVELOPMENT")) {
                demo.saveMatrix(key, PROCEDURES, ACTORS, GRID); // the gate out of service development needs it
            }
            // These initiatives' pilot plans, evaluations, handovers and roll-out plans predate the plugin and live in
            // the project folders: the gates of those tools are passed with a recorded reason, as a team would.
            String override = GATED.contains(from) ? OVERRIDE : null;
            MoveRequest move = from.equals("PILOTING")
                    ? new MoveRequest(null, Decision.OPERATIONS, override, "Piloten ga forventede gevinster; styringsgruppen vedtok drift.")
                    : new MoveRequest(PHASES.get(p + 1), null, override, null);
            i = initiatives.move(actor, key, move, null);
        }
        // Halfway through the current phase: its first step is done.
        String firstStep = i.phase(plan.phase()).orElseThrow().steps().get(0).stepKey();
        i = demo.completeStep(initiatives, actor, i, firstStep);
        if (plan.haltReason() != null) {
            i = demo.completeMandatory(initiatives, actor, i, plan.phase());
            initiatives.move(actor, key, new MoveRequest(null, Decision.HALT, null, plan.haltReason()), null);
        }
        gains(key, plan.gains(), plan.owner());
        return null;
    }

    /**
     * Levels met so far: two in anchoring, one more per phase; anchored in the phases passed, in dialogue in the
     * current one (the two leadership levels anchored from service development on).
     */
    private void stakeholders(String key, Kit kit, int phase) {
        StakeholderService stakeholders = sandbox.component(StakeholderService.class);
        Actor actor = demo.actor();
        int count = Math.min(kit.rows().length, 2 + phase);
        for (int n = 0; n < count; n++) {
            String[] r = kit.rows()[n];
            Map<String, String> status = new LinkedHashMap<>();
            for (int p = 0; p <= phase; p++) {
                status.put(PHASES.get(p), p < phase || n < 2 && phase > 1 ? "ANCHORED" : "IN_DIALOGUE");
            }
            // Contacts spread around today: every third one a few days overdue.
            int next = n % 3 == 2 ? -(3 + n + phase) : 7 * (n + 1) + phase;
            stakeholders.create(actor, key, new StakeholderDraft(r[0], r[1], r[2], r[3], Integer.valueOf(r[4]),
                    Integer.valueOf(r[5]), Integer.valueOf(r[6]), Integer.valueOf(r[7]), r[8], null,
                    today.minusDays(20L + 9L * n).toString(), today.plusDays(next).toString(), null, status, null));
        }
    }

    private void gains(String key, List<GainPlan> plans, String owner) {
        GainService gains = sandbox.component(GainService.class);
        Actor actor = demo.actor();
        for (GainPlan g : plans) {
            int months = switch (g.frequency()) {
                case "QUARTERLY" -> 3;
                case "YEARLY" -> 12;
                default -> 1;
            };
            LocalDate last = today.minusDays(g.lastDaysAgo());
            // A gain not measured yet was planned days ago: its first follow-up is still ahead.
            LocalDate baseline = g.values().length == 0 ? today.minusDays(3)
                    : last.minusMonths((long) months * g.values().length);
            TrackedGain gain = gains.create(actor, key, new GainDraft(g.type(), g.title(), g.indicator(), g.unit(),
                    g.unit().equals("CURRENCY") ? "NOK" : null, new GainDraft.Point(g.baseline(), baseline.toString()),
                    new GainDraft.Point(g.target(), baseline.plusYears(1).toString()), owner,
                    "Uttrekk fra fagsystemet, kontrollert av tjenesteleder", g.frequency()));
            List<String> values = List.of(g.values());
            for (int n = 0; n < values.size(); n++) {
                LocalDate date = last.minusMonths((long) months * (values.size() - 1 - n));
                gains.addMeasurement(actor, key, gain.gain().id(), new MeasurementDraft(values.get(n), date.toString(), null));
            }
        }
    }

    /** The portfolio gadget on every demo user's dashboard: all they may see; admin also one per project. */
    private void gadgets() {
        SandboxDashboards dashboards = new SandboxDashboards(sandbox.component(JiraStore.class));
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        scopes.put("admin", List.of("", "DEMO", "HELSE", "SKOLE"));
        for (String user : List.of("member", "viewer", "outsider", "leder")) {
            scopes.put(user, List.of(""));
        }
        scopes.forEach((user, projects) -> {
            String owner = sandbox.user(user).getKey();
            for (String project : projects) {
                Map<String, String> preferences = new LinkedHashMap<>();
                preferences.put("isConfigured", "true");
                preferences.put("projects", project);
                preferences.put("refresh", "false");
                dashboards.savePreferences(owner, dashboards.add(owner, GADGET).id(), preferences);
            }
        });
    }
}
