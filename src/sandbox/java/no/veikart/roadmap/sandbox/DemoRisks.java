package no.veikart.roadmap.sandbox;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.risk.domain.HandoverDraft;
import no.veikart.roadmap.risk.domain.HandoverService;
import no.veikart.roadmap.risk.domain.MeasureDraft;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskDraft;
import no.veikart.roadmap.risk.domain.RiskService;

/**
 * The risk analyses of the demo, through the plugin's own use cases. Kerteminde DigiRehab (seed 004): citizens without
 * stable internet at home, staff turnover emptying the trainer pool within three months, the supplier discontinuing the
 * app, personal data in a third-party app; with measures (one a Jira task), one accepted risk, a contingency plan and a
 * completed handover. The Norwegian night supervision initiative (in Insight) gets a first, partly untreated analysis.
 */
final class DemoRisks {
    private final Sandbox sandbox;

    DemoRisks(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    void load(String kerteminde, String nightSupervision) {
        sandbox.asUser("member", () -> kerteminde(kerteminde));
        sandbox.asUser("admin", () -> nightSupervision(nightSupervision));
    }

    private Void kerteminde(String key) {
        RiskService risks = sandbox.component(RiskService.class);
        Actor member = actor();
        Risk internet = risks.create(member, key, draft("Borgere uden stabilt internet derhjemme",
                "Videotræningen hakker eller falder ud hos borgere i yderområderne.", "Dårlig mobil- og bredbåndsdækning på landet",
                "TECHNOLOGY", 4, 3, 2, 2, "Træningen gennemføres på papir med telefonopfølgning, indtil forbindelsen virker.",
                null, "member", "2027-03-01"));
        risks.addMeasure(member, key, internet.id(), new MeasureDraft(null, "Udlån af 4G-router til borgere uden bredbånd",
                "member", "2021-03-31", "DONE"), false, null);
        Risk trainers = risks.create(member, key, draft("Personaleomsætning tømmer trænerpuljen inden for tre måneder",
                "Uden uddannede trænere i hjemmeplejen stopper den ugentlige træning.", "Høj personaleomsætning blandt SOSU-medarbejdere",
                "PEOPLE", 4, 4, 2, 3, "Terapeuterne overtager træningen midlertidigt.", null, "member", "2027-01-15"));
        risks.addMeasure(member, key, trainers.id(), new MeasureDraft(null,
                "Uddan to nye trænere hvert kvartal og hold en reserveliste", "member", "2027-06-30", "IN_PROGRESS"), true, null);
        Risk supplier = risks.create(member, key, draft("Leverandøren udfaser DigiRehab-appen",
                "Kommunen mister træningsprogrammerne og målingerne.", "Lille leverandør; markedet konsolideres",
                "SUPPLIER", 2, 5, 2, 4, "Eksport af træningsdata og overgang til papirbaserede programmer.", null, "member",
                "2027-02-01"));
        risks.addMeasure(member, key, supplier.id(), new MeasureDraft(null,
                "Exit-klausul med dataeksport i kontrakten", "member", "2021-02-28", "DONE"), false, null);
        risks.create(member, key, draft("Persondata om borgerne i en tredjepartsapp",
                "Helbredsoplysninger behandles af leverandøren uden for kommunens systemer.", "Appen kører hos leverandøren",
                "INFORMATION_SECURITY", 3, 4, 2, 5, null,
                new RiskDraft.AcceptanceDraft("Databehandleraftale og DPIA godkendt af DPO; restrisikoen accepteres af direktionen.",
                        "2021-01-15"), "member", "2027-01-15"));
        risks.savePlan(member, key, "Hvis teknologien svigter: træning på papir og telefonopfølgning.\n"
                + "Hvis leverandøren svigter: dataeksport efter exit-klausulen; terapeuterne viderefører programmerne.\n"
                + "Hvis organisationen svigter: terapeuterne dækker, mens nye trænere uddannes.", null);
        sandbox.component(HandoverService.class).save(member, key, new HandoverDraft("2021-12-15", "member",
                "Slutrapport for DigiRehab-piloten, godkendt af styregruppen 15.12.2021 (Confluence: Hjemmepleje › DigiRehab › Slutrapport).",
                true, true, "Ældre- og sundhedschef, ledere i hjemmeplejen, terapeuter, DigiRehab",
                "Start med en lille gruppe borgere; uddan trænere før udrulning; mål plejetimer fra dag ét.", "HANDED_OVER", 0L));
        return null;
    }

    private Void nightSupervision(String key) {
        RiskService risks = sandbox.component(RiskService.class);
        Actor admin = actor();
        Risk alarms = risks.create(admin, key, draft("Falske alarmer fra sensorene om natten",
                "Nattpatruljen rykker ut uten grunn og mister tillit til varslene.", "Sensorene er ikke kalibrert for hver bolig",
                "TECHNOLOGY", 4, 3, null, null, "Tilbake til fysisk tilsyn hos brukerne med flest alarmer.", null, "admin", "2026-11-30"));
        risks.addMeasure(admin, key, alarms.id(), new MeasureDraft(null, "Kalibrer sensorene i hver bolig før oppstart", "admin",
                "2026-10-31", "PLANNED"), false, null);
        risks.create(admin, key, draft("Samtykke mangler for brukere med kognitiv svikt",
                "Kameratilsyn krever gyldig samtykke eller vedtak etter pasient- og brukerrettighetsloven kapittel 4A.", null,
                "LEGAL", 3, 5, null, null, null, null, "admin", "2027-01-31"));
        return null;
    }

    private static RiskDraft draft(String title, String description, String cause, String category, int l, int c,
            Integer rl, Integer rc, String contingency, RiskDraft.AcceptanceDraft acceptance, String owner, String review) {
        return new RiskDraft(title, description, cause, category, l, c, rl, rc, contingency, acceptance, owner, review, null, null);
    }

    private Actor actor() {
        return sandbox.component(JiraUsers.class).currentActor();
    }
}
