package no.veikart.roadmap.initiative.persistence.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.gain.persistence.AoGainRepository;
import no.veikart.roadmap.gain.persistence.GainSummaryPart;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.persistence.AoSummaryRows;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeStatus;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.phase.persistence.AoInitiativeRepository;
import no.veikart.roadmap.phase.persistence.PhaseSummaryPart;
import no.veikart.roadmap.portfolio.domain.Portfolio;
import no.veikart.roadmap.portfolio.domain.PortfolioCache;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;
import no.veikart.roadmap.portfolio.domain.PortfolioService;
import no.veikart.roadmap.portfolio.fivestream.AoFiveStreamSource;
import no.veikart.roadmap.portfolio.fivestream.FiveStreamAggregator;
import no.veikart.roadmap.portfolio.fivestream.Portfolios;
import no.veikart.roadmap.sandbox.ao.ModelVersionTable;
import no.veikart.roadmap.sandbox.host.AoBootstrap;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.Involvement;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.persistence.AoStakeholderRepository;
import no.veikart.roadmap.stakeholder.persistence.StakeholderSummaryPart;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Test;

/**
 * Model version 2 → 3 on a real database: data written as version 2 wrote it (the repositories without the read
 * model), then the upgrade the way the host runs it ({@link AoBootstrap#upgrade}); every initiative then has the row
 * the live parts compute, and the portfolio from the rows equals the five streams'. Run by H2 and PostgreSQL.
 */
@Data(SchemaV2.class)
public abstract class InitiativeSummaryUpgradeContract extends ActiveObjectsTestSupport {
    private static final String NAMESPACE = "no.veikart.service-innovation-roadmap";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<String> PROJECTS = List.of("DEMO", "HELSE");
    private static final List<String> PHASES = List.of("ANCHORING", "INSIGHT", "PILOTING");

    private final GainCalculator calculator = new GainCalculator();

    /** Version 2 data: initiatives with stakeholders (some anchored), gains with measurements, economics. */
    private List<Long> versionTwoData(int count) {
        ActiveObjects ao = activeObjects();
        AoInitiativeRepository initiatives = new AoInitiativeRepository(ao);
        AoStakeholderRepository stakeholders = new AoStakeholderRepository(ao);
        AoGainRepository gains = new AoGainRepository(ao);
        Random r = new Random(5);
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String project = PROJECTS.get(n % 2);
            long issue = 1000 + n;
            String phase = PHASES.get(r.nextInt(PHASES.size()));
            Initiative i = initiatives.create(new Initiative(0, new IssueRef(issue, project + "-" + issue), project,
                    "Initiative " + n, 1, phase, InitiativeStatus.ACTIVE, 0, 0, List.of(), List.of()));
            ids.add(i.id());
            for (int s = r.nextInt(4); s > 0; s--) {
                stakeholders.create(new Stakeholder(0, i.id(), "P", "G", Level.values()[r.nextInt(6)], null, 0, 1, 3, 3,
                        Involvement.CONSULT, null, null, null, null,
                        Map.of(PHASES.get(r.nextInt(PHASES.size())), AnchoringStatus.ANCHORED), 0));
            }
            if (r.nextBoolean()) {
                gains.saveEconomics(new Economics(i.id(), new BigDecimal("750"), Currency.DKK, null, 5, null, null, null,
                        0, 0), null);
            }
            for (int g = r.nextInt(3); g > 0; g--) {
                boolean hours = r.nextBoolean();
                LocalDate start = TODAY.minusDays(100 + r.nextInt(500));
                Gain gain = gains.create(new Gain(0, i.id(), hours ? GainType.TIME : GainType.COST, "Gain", null,
                        hours ? Unit.HOURS : Unit.CURRENCY, hours ? null : Currency.NOK, new BigDecimal("15000"), start,
                        new BigDecimal(hours ? "13650.5" : "19000"), start.plusDays(365), "member", null,
                        Frequency.MONTHLY, 0));
                for (int m = r.nextInt(3); m > 0; m--) {
                    gain = gains.addMeasurement(new Measurement(0, gain.id(),
                            new BigDecimal(14000 + r.nextInt(3000)), start.plusDays(30L * m), "member", null),
                            gain.version()).gain();
                }
            }
        }
        return ids;
    }

    private AoSummaryRows live() {
        PhaseSummaryPart phase = new PhaseSummaryPart(activeObjects());
        return new AoSummaryRows(activeObjects(), phase, phase, new StakeholderSummaryPart(activeObjects()),
                new GainSummaryPart(activeObjects(), calculator));
    }

    private ModelVersion upgrade() {
        ModelVersionTable versions = new ModelVersionTable(entityManager);
        versions.set(NAMESPACE, 2);
        return AoBootstrap.upgrade(NAMESPACE, List.of(new InitiativeSummaryUpgradeTask()), activeObjects(), versions);
    }

    private Map<Long, InitiativeSummary> rows(AoSummaryRows summaries) {
        Map<Long, InitiativeSummary> rows = new HashMap<>();
        summaries.inProjects(PROJECTS, r -> rows.put(r.initiativeId(), r));
        return rows;
    }

    @Test
    @NonTransactional
    public void everyInitiativeGetsTheRowTheLivePartsCompute() {
        List<Long> ids = versionTwoData(40);
        assertEquals("3", upgrade().toString());

        AoSummaryRows summaries = live();
        Map<Long, InitiativeSummary> rows = rows(summaries);
        assertEquals(ids.size(), rows.size());
        for (long id : ids) {
            assertEquals(summaries.compute(id), rows.get(id));
        }
        assertTrue(rows.values().stream().anyMatch(r -> !r.gainDues().isEmpty() && !r.levelsAnchored().isEmpty()));
        Portfolio before = FiveStreamAggregator.compute(new AoFiveStreamSource(activeObjects()), calculator, PROJECTS,
                null, TODAY, issueId -> true);
        Portfolio after = new PortfolioService(summaries, new AoGainRepository(activeObjects()), null,
                PortfolioCache.NONE, null).compute(PROJECTS, new PortfolioQuery(PROJECTS, null), TODAY);
        assertEquals(Portfolios.normalised(before), Portfolios.normalised(after));
        assertEquals("nothing for a rebuild to repair", List.of(), summaries.rebuild().different());
    }

    @Test
    @NonTransactional
    public void runningTheTaskTwiceChangesNothing() {
        versionTwoData(10);
        upgrade();
        Map<Long, InitiativeSummary> first = rows(live());
        activeObjects().executeInTransaction(() -> {
            new InitiativeSummaryUpgradeTask().upgrade(ModelVersion.valueOf("2"), activeObjects());
            return null;
        });
        assertEquals(first, rows(live()));
        assertEquals(10, first.size());
    }
}
