package no.veikart.roadmap.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.EconomicsDraft;
import no.veikart.roadmap.gain.domain.GainDraft;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.domain.MeasurementDraft;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.MoveRequest;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.ProjectSetupService;
import no.veikart.roadmap.phase.domain.StepProgress;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.roles.domain.RoleMatrixDraft;
import no.veikart.roadmap.roles.domain.RoleMatrixService;
import no.veikart.roadmap.sandbox.jira.SandboxFilters;
import no.veikart.roadmap.stakeholder.domain.StakeholderDraft;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import no.veikart.roadmap.stakeholder.domain.StakeholderSorting;

/**
 * Demo data from the method's sources, loaded once per sandbox home through the plugin's own use cases:
 * the Kerteminde DigiRehab case (seed 004: 50 citizens in home care, 27 care hours less per citizen a year,
 * more than 1 M DKK saved in 2021), now in new practice, with its HUKI matrix; and a Norwegian night-supervision
 * initiative in insight with a first draft of its matrix. {@link DemoPortfolio} adds the rest of the portfolio.
 * Every date is relative to the day the demo is loaded (the day the sandbox home is first started), so a follow-up
 * is overdue by days, not years.
 */
public final class DemoData {
    private final Sandbox sandbox;
    private LocalDate today;

    public DemoData(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public void load() {
        today = sandbox.component(GainService.class).today();
        ProjectSetupService setup = sandbox.component(ProjectSetupService.class);
        sandbox.asUser("admin", () -> {
            Actor admin = actor();
            setup.setUp(admin, "DEMO");
            setup.setUp(admin, "HELSE");
            setup.setUp(admin, "SKOLE");
            return null;
        });
        Initiative kerteminde = sandbox.asUser("member", this::kerteminde);
        sandbox.asUser("member", () -> new DemoCommunications(sandbox).kerteminde(kerteminde.issue().key()));
        sandbox.asUser("member", () -> new DemoImplementation(sandbox).load(kerteminde.issue().key()));
        Initiative night = sandbox.asUser("admin", this::nightSupervision);
        sandbox.asUser("admin", () -> nightSupervisionMatrix(night.issue().key()));
        new DemoRisks(sandbox).load(kerteminde.issue().key(), night.issue().key());
        savedFilters();
        new DemoReports(sandbox).load(kerteminde.issue().key(), night.issue().key());
        new DemoPortfolio(sandbox, this).load();
        sandbox.asUser("admin", () -> new DemoPilots(sandbox).portfolio());
    }

    /** The day the demo is loaded: every demo date is counted from it. */
    LocalDate today() {
        return today;
    }

    /**
     * Saved filters for the portfolio gadget, shared with everyone and starred by the demo users: 10000 selects
     * DEMO's issues, 10001 HELSE's (so a filter's portfolio differs visibly from "all projects").
     */
    private void savedFilters() {
        SandboxFilters filters = sandbox.component(SandboxFilters.class);
        String[] everyone = {"member", "viewer", "outsider"};
        filters.create("admin", "Velferdsteknologi i Demo kommune", "Alle saker i DEMO", "project = DEMO", true,
                everyone);
        filters.create("admin", "Helse og omsorg", "Alle saker i HELSE", "project = HELSE", true, everyone);
        filters.create("admin", "Oppvekst og skole", "Alle saker i SKOLE", "project = SKOLE", true, everyone);
    }

    private Initiative kerteminde() {
        InitiativeService initiatives = sandbox.component(InitiativeService.class);
        Actor member = actor();
        DemoPilots pilots = new DemoPilots(sandbox);
        Initiative i = initiatives.create(member, "DEMO", "DigiRehab: digital træning for borgere i hjemmeplejen (Kerteminde)", null);
        String key = i.issue().key();
        kertemindeStakeholders(key);
        for (String[] leg : new String[][] {{"ANCHORING", "INSIGHT"}, {"INSIGHT", "SERVICE_DEVELOPMENT"},
                {"SERVICE_DEVELOPMENT", "PILOTING"}}) {
            i = completeMandatory(initiatives, member, i, leg[0]);
            if (leg[0].equals("SERVICE_DEVELOPMENT")) {
                kertemindeMatrix(key); // the gate out of service development needs it
                kertemindeGains(key); // before the pilot plan, which chooses the gains it measures
                pilots.firstPlan(key); // the gate out of service development needs a complete plan
            }
            i = initiatives.move(member, key, new MoveRequest(leg[1], null, null, null), null);
        }
        completeMandatory(initiatives, member, i, "PILOTING");
        pilots.firstRound(key);
        i = initiatives.move(member, key, new MoveRequest(null, Decision.FURTHER_TESTS, null,
                "Første runde i ét distrikt: for få borgere, og træningen konkurrerede med plejen. Flere afprøvninger."), null);
        completeMandatory(initiatives, member, i, "PILOTING");
        pilots.secondRound(key); // leaving piloting needs an evaluation
        initiatives.move(member, key, new MoveRequest(null, Decision.OPERATIONS, null,
                "Pilot med 50 borgere: 27 færre plejetimer pr. borger pr. år. Styregruppen besluttede drift."), null);
        i = initiatives.move(member, key, new MoveRequest("NEW_PRACTICES", null,
                "Indkøb og etablering klaret i samarbejde med leverandøren; slutrapport godkendt i styregruppen.", null), null);
        return completeStep(initiatives, member, i, "CONDUCT_SERVICE");
    }

    /** The anchoring work of the case: every level, from the committee to the citizens and the supplier. */
    private Void kertemindeStakeholders(String key) {
        StakeholderService stakeholders = sandbox.component(StakeholderService.class);
        Actor member = actor();
        String[][] rows = {
            // name, group, level, effect, attitude, desired, influence, interest, involvement, next contact (days from today)
            {"Social- og sundhedsudvalget", "Politicians", "POLITICAL", "Beslutter budget og prioritering af hjemmeplejen", "1", "2", "5", "3", "CONSULT", "8"},
            {"Ældre- og sundhedschef", "Management", "ADMINISTRATIVE_LEADERSHIP", "Ejer gevinstrealiseringen", "2", "2", "5", "5", "COLLABORATE", "34"},
            {"Ledere i hjemmeplejen", "Management", "MIDDLE_MANAGEMENT", "Planlægger træning i de daglige ruter", "0", "2", "4", "5", "INVOLVE", "-17"},
            {"SOSU-medarbejdere og trænere", "Employees", "STAFF", "Nye arbejdsgange; færre plejetimer pr. borger", "-1", "2", "3", "5", "INVOLVE", "-6"},
            {"FOA (fagforening)", "Unions", "STAFF", "Bekymret for arbejdsmiljø og opgaveglidning", "-1", "1", "4", "3", "CONSULT", "-2"},
            {"Borgere i hjemmeplejen og pårørende", "Users and relatives", "USERS_AND_RELATIVES", "Træner selv; klarer mere i hverdagen", "1", "2", "2", "5", "INVOLVE", "56"},
            {"DigiRehab (leverandør)", "Suppliers", "EXTERNAL", "Leverer platform, implementering og rapporter", "2", "2", "3", "5", "COLLABORATE", "3"},
        };
        for (String[] r : rows) {
            Map<String, String> status = Map.of("NEW_PRACTICES", r[2].equals("STAFF") ? "IN_DIALOGUE" : "ANCHORED",
                    "PILOTING", "ANCHORED", "ANCHORING", "ANCHORED");
            stakeholders.create(member, key, new StakeholderDraft(r[0], r[1], r[2], r[3], Integer.valueOf(r[4]), Integer.valueOf(r[5]),
                    Integer.valueOf(r[6]), Integer.valueOf(r[7]), r[8], null, today.minusDays(67).toString(),
                    today.plusDays(Integer.parseInt(r[9])).toString(), null, status, null));
        }
        return null;
    }

    /**
     * The HUKI matrix of the case: the stages a citizen goes through and who does what. The SOSU assistants are linked
     * to their stakeholder row (attitude −1) while they execute the training, so the panel shows that warning.
     */
    private Void kertemindeMatrix(String key) {
        String[] procedures = {"Visitation", "Træningsplan", "Ugentlig træning", "Opfølgende måling", "Rapportering til ledelsen"};
        String[][] actors = {
            // name, kind, stakeholder (by name) or null
            {"Visitator", "ROLE", null},
            {"SOSU-assistent", "ROLE", "SOSU-medarbejdere og trænere"},
            {"Terapeut", "ROLE", null},
            {"Teamleder", "ROLE", "Ledere i hjemmeplejen"},
            {"DigiRehab (leverandør)", "EXTERNAL", "DigiRehab (leverandør)"},
            {"Borger og pårørende", "EXTERNAL", "Borgere i hjemmeplejen og pårørende"},
        };
        String[] grid = {
            // one letter per actor in the order above: H principal, U executes, K consulted, I informed, . empty
            "HUKI.K", // Visitation: the visitator decides, an assistant takes part, the therapist is consulted
            "IUH.KK", // Træningsplan
            ".UKHKU", // Ugentlig træning
            ".UHIUI", // Opfølgende måling
            "I.KHU.", // Rapportering til ledelsen
        };
        saveMatrix(key, procedures, actors, grid);
        return null;
    }

    /** The Norwegian initiative is in insight: a first draft of its matrix, with the gaps the panel warns about. */
    private Void nightSupervisionMatrix(String key) {
        String[] procedures = {"Kartlegging av behov", "Installasjon av sensorer", "Nattlig tilsyn", "Oppfølging av varsler"};
        String[][] actors = {
            {"Tildelingskontoret", "ROLE", null},
            {"Nattpatruljen", "ROLE", null},
            {"Sensorleverandør", "EXTERNAL", null},
            {"Bruker og pårørende", "EXTERNAL", null},
        };
        String[] grid = {"HIKK", ".KUI", ".H.I", ".UKI"};
        saveMatrix(key, procedures, actors, grid);
        return null;
    }

    void saveMatrix(String key, String[] procedures, String[][] actors, String[] grid) {
        Map<String, Long> stakeholderIds = new HashMap<>();
        sandbox.component(StakeholderService.class).overview(actor(), key, StakeholderSorting.Order.LEVEL).stakeholders()
                .forEach(s -> stakeholderIds.put(s.name(), s.id()));
        Map<Character, String> roles = Map.of('H', "PRINCIPAL", 'U', "EXECUTES", 'K', "CONSULTED", 'I', "INFORMED");
        List<RoleMatrixDraft.ProcedureDraft> rows = new ArrayList<>();
        List<RoleMatrixDraft.ActorDraft> columns = new ArrayList<>();
        List<RoleMatrixDraft.CellDraft> cells = new ArrayList<>();
        for (int p = 0; p < procedures.length; p++) {
            rows.add(new RoleMatrixDraft.ProcedureDraft((long) -(p + 1), procedures[p]));
        }
        for (int a = 0; a < actors.length; a++) {
            columns.add(new RoleMatrixDraft.ActorDraft((long) -(100 + a), actors[a][0], actors[a][1], null,
                    actors[a][2] == null ? null : stakeholderIds.get(actors[a][2])));
        }
        for (int p = 0; p < grid.length; p++) {
            for (int a = 0; a < grid[p].length(); a++) {
                String role = roles.get(grid[p].charAt(a));
                if (role != null) {
                    cells.add(new RoleMatrixDraft.CellDraft((long) -(p + 1), (long) -(100 + a), role));
                }
            }
        }
        sandbox.component(RoleMatrixService.class).save(actor(), key, new RoleMatrixDraft(rows, columns, cells, 0L));
    }

    /**
     * Gain realisation of the case (seed 004): 50 citizens, 27 care hours less per citizen a year (15 000 to 13 650
     * care hours a year), measured monthly over the twelve months up to the last month's end (the seed's 2021, moved
     * to the demo's own year) and ending at 13 600: 1 400 hours at DKK 750 = DKK 1 050 000.
     * The seed gives no baseline or hourly rate; 300 hours per citizen and DKK 750 (what its "more than 1 M DKK"
     * implies) are ours.
     */
    private Void kertemindeGains(String key) {
        GainService gains = sandbox.component(GainService.class);
        Actor member = actor();
        gains.saveEconomics(member, key, new EconomicsDraft("750", "DKK", "4", 5, "500000", "100000", "4", 60), null);
        // The year of measurements ends with the last month's end; the baseline is the first day of that year.
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        LocalDate start = lastMonthEnd.minusMonths(11).withDayOfMonth(1);
        TrackedGain hours = gains.create(member, key, new GainDraft("TIME", "Færre plejetimer efter digital træning",
                "Visiterede plejetimer pr. år for de 50 borgere", "HOURS", null, new GainDraft.Point("15000", start.toString()),
                new GainDraft.Point("13650", lastMonthEnd.toString()), "member",
                "Visiterede timer fra omsorgssystemet; månedsrapport fra DigiRehab", "MONTHLY"));
        String[] careHours = {"15080", "15020", "14860", "14650", "14480", "14310", "14170", "14020", "13880", "13770", "13680", "13600"};
        for (int month = 1; month <= 12; month++) {
            gains.addMeasurement(member, key, hours.gain().id(), new MeasurementDraft(careHours[month - 1],
                    start.plusMonths(month).minusDays(1).toString(),
                    month == 12 ? "Årsopgørelse: 1 400 plejetimer færre end før træningen" : null));
        }
        TrackedGain quality = gains.create(member, key, new GainDraft("QUALITY", "Borgerne klarer mere selv i hverdagen",
                "Gennemsnitlig selvvurderet funktionsevne (1–5)", "SCORE", null, new GainDraft.Point("2.8", start.toString()),
                new GainDraft.Point("3.5", lastMonthEnd.toString()), "member",
                "Spørgeskema til borgerne ved opstart og hvert kvartal", "QUARTERLY"));
        String[] scores = {"2.9", "3.1", "3.3", "3.4"};
        for (int quarter = 1; quarter <= 4; quarter++) {
            gains.addMeasurement(member, key, quality.gain().id(), new MeasurementDraft(scores[quarter - 1],
                    start.plusMonths(3L * quarter).minusDays(1).toString(), null));
        }
        return null;
    }

    private Initiative nightSupervision() {
        InitiativeService initiatives = sandbox.component(InitiativeService.class);
        Actor admin = actor();
        Initiative i = initiatives.create(admin, "HELSE", "Digitalt tilsyn om natten i hjemmetjenesten", null);
        i = completeStep(initiatives, admin, i, "DEFINE_PROBLEMS_AND_GOALS");
        i = completeStep(initiatives, admin, i, "BUILD_TEAM");
        return initiatives.move(admin, i.issue().key(), new MoveRequest("INSIGHT", null,
                "Interessentkartleggingen fullføres parallelt med innsiktsarbeidet, vedtatt i prosjektgruppen.", null), null);
    }

    Initiative completeMandatory(InitiativeService initiatives, Actor actor, Initiative initiative, String phaseKey) {
        Initiative current = initiative;
        PhaseProgress phase = initiative.phase(phaseKey).orElseThrow();
        List<String> steps = phase.steps().stream().filter(StepProgress::mandatory).map(StepProgress::stepKey).toList();
        for (String step : steps) {
            current = completeStep(initiatives, actor, current, step);
        }
        return current;
    }

    Initiative completeStep(InitiativeService initiatives, Actor actor, Initiative initiative, String stepKey) {
        return initiatives.setStepDone(actor, initiative.issue().key(), stepKey, true, initiative.version());
    }

    Actor actor() {
        return sandbox.component(JiraUsers.class).currentActor();
    }
}
