package no.veikart.roadmap.portfolio.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DBParam;
import net.java.ao.test.jdbc.Data;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.persistence.EconomicsEntity;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.gain.persistence.MeasurementEntity;
import no.veikart.roadmap.phase.persistence.InitiativeEntity;
import no.veikart.roadmap.portfolio.domain.AnchoredIn;
import no.veikart.roadmap.portfolio.domain.MeasuredGain;
import no.veikart.roadmap.portfolio.domain.Portfolio;
import no.veikart.roadmap.portfolio.domain.PortfolioInitiative;
import no.veikart.roadmap.portfolio.domain.PortfolioQuery;
import no.veikart.roadmap.portfolio.domain.PortfolioService;
import no.veikart.roadmap.portfolio.domain.StakeholderLevel;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.persistence.AnchoringStatusEntity;
import no.veikart.roadmap.stakeholder.persistence.StakeholderEntity;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Test;

/** The portfolio's set-based reads on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(PortfolioSchema.class)
public abstract class PortfolioSourceContract extends ActiveObjectsTestSupport {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private int nextIssueId = 1000;

    private InitiativeEntity initiative(String project, String phase) {
        int issueId = nextIssueId++;
        InitiativeEntity e = activeObjects().create(InitiativeEntity.class, new DBParam("ISSUE_ID", (long) issueId),
                new DBParam("TEMPLATE_ID", 1L), new DBParam("PILOT_ROUND", 0), new DBParam("ROW_VERSION", 0L));
        e.setIssueKey(project + "-" + issueId);
        e.setProjectKey(project);
        e.setSummary("Initiative " + issueId + " – Ålesund");
        e.setCurrentPhase(phase);
        e.setStatus("ACTIVE");
        e.save();
        return e;
    }

    private StakeholderEntity stakeholder(InitiativeEntity initiative, Level level) {
        StakeholderEntity s = activeObjects().create(StakeholderEntity.class,
                new DBParam("INITIATIVE_ID", (long) initiative.getID()), new DBParam("ATTITUDE", 0),
                new DBParam("DESIRED_ATTITUDE", 1), new DBParam("INFLUENCE", 3), new DBParam("INTEREST", 3),
                new DBParam("ROW_VERSION", 0L));
        s.setName("Personal name that the portfolio never reads");
        s.setLevelKey(level.name());
        s.save();
        return s;
    }

    private void status(StakeholderEntity s, String phase, String status) {
        AnchoringStatusEntity a = activeObjects().create(AnchoringStatusEntity.class,
                new DBParam("STAKEHOLDER_ID", (long) s.getID()), new DBParam("INITIATIVE_ID", s.getInitiativeId()));
        a.setPhaseKey(phase);
        a.setStatus(status);
        a.save();
    }

    private GainEntity gain(InitiativeEntity initiative, String unit, String currency) {
        GainEntity g = activeObjects().create(GainEntity.class,
                new DBParam("INITIATIVE_ID", (long) initiative.getID()), new DBParam("ROW_VERSION", 3L));
        g.setGainType("HOURS".equals(unit) ? "TIME" : "COST");
        g.setTitle("Færre plejetimer");
        g.setUnitKey(unit);
        g.setCurrencyCode(currency);
        g.setBaselineValue("15000");
        g.setBaselineDate(date(LocalDate.of(2026, 1, 1)));
        g.setTargetValue("13650.5");
        g.setTargetDate(date(LocalDate.of(2026, 12, 31)));
        g.setOwnerKey("member");
        g.setMeasureMethod("x".repeat(5000));
        g.setFrequencyKey("MONTHLY");
        g.save();
        return g;
    }

    private void measurement(GainEntity g, String value, LocalDate on) {
        MeasurementEntity m = activeObjects().create(MeasurementEntity.class,
                new DBParam("GAIN_ID", (long) g.getID()), new DBParam("INITIATIVE_ID", g.getInitiativeId()));
        m.setMeasuredValue(value);
        m.setMeasuredOn(date(on));
        m.setCommentText("comment");
        m.save();
        // what AoGainRepository keeps in step when it adds a measurement
        if (g.getLatestMeasuredOn() == null || !date(on).before(g.getLatestMeasuredOn())) {
            g.setLatestValue(value);
            g.setLatestMeasuredOn(date(on));
        }
        g.setMeasurementCount(g.getMeasurementCount() + 1);
        g.save();
    }

    private void economics(InitiativeEntity initiative) {
        EconomicsEntity e = activeObjects().create(EconomicsEntity.class,
                new DBParam("INITIATIVE_ID", (long) initiative.getID()), new DBParam("HORIZON_YEARS", 5),
                new DBParam("EMPLOYEES", 0), new DBParam("ROW_VERSION", 0L));
        e.setHourlyRate("750");
        e.setCurrencyCode("DKK");
        e.save();
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Two initiatives in DEMO and HELSE, one in OTHER that no query may return. */
    private void sampleData() {
        for (String project : List.of("DEMO", "HELSE", "OTHER")) {
            InitiativeEntity i = initiative(project, "PILOTING");
            StakeholderEntity political = stakeholder(i, Level.POLITICAL);
            status(political, "PILOTING", "ANCHORED");
            status(political, "INSIGHT", "IN_DIALOGUE");
            stakeholder(i, Level.STAFF);
            GainEntity hours = gain(i, "HOURS", null);
            measurement(hours, "14000", LocalDate.of(2026, 6, 30));
            measurement(hours, "13600.25", LocalDate.of(2026, 9, 30));
            gain(i, "CURRENCY", "NOK");
            economics(i);
        }
    }

    @Test
    public void everyQueryReturnsTheRowsOfTheAskedProjectsOnly() {
        sampleData();
        AoPortfolioSource source = new AoPortfolioSource(activeObjects());
        List<String> projects = List.of("DEMO", "HELSE");

        List<PortfolioInitiative> initiatives = new ArrayList<>();
        source.initiatives(projects, initiatives::add);
        Set<String> projectsSeen = new TreeSet<>();
        initiatives.forEach(i -> projectsSeen.add(i.projectKey()));
        assertEquals(Set.of("DEMO", "HELSE"), projectsSeen);
        assertEquals(2, initiatives.size());
        PortfolioInitiative first = initiatives.get(0);
        assertEquals("PILOTING", first.currentPhase());
        assertEquals("ACTIVE", first.status());
        assertTrue(first.summary().endsWith("Ålesund"));
        assertEquals(first.projectKey() + "-" + first.issueId(), first.issueKey());
        Set<Long> ids = new TreeSet<>();
        initiatives.forEach(i -> ids.add(i.id()));

        List<StakeholderLevel> stakeholders = new ArrayList<>();
        source.stakeholders(projects, stakeholders::add);
        assertEquals(4, stakeholders.size());
        stakeholders.forEach(s -> assertTrue(ids.contains(s.initiativeId())));
        assertEquals(2, stakeholders.stream().filter(s -> s.level() == Level.POLITICAL).count());

        List<AnchoredIn> anchored = new ArrayList<>();
        source.anchored(projects, anchored::add);
        assertEquals("only ANCHORED rows of DEMO and HELSE", 2, anchored.size());
        anchored.forEach(a -> assertEquals("PILOTING", a.phaseKey()));

        List<MeasuredGain> measured = new ArrayList<>();
        source.gains(projects, measured::add);
        List<Gain> gains = measured.stream().map(MeasuredGain::gain).toList();
        assertEquals(4, gains.size());
        Gain hours = gains.stream().filter(g -> g.currency() == null).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("13650.5").compareTo(hours.targetValue()));
        assertEquals(LocalDate.of(2026, 1, 1), hours.baselineDate());
        assertEquals(3L, hours.version());
        assertEquals("the long method text is not read", null, hours.method());

        List<Measurement> measurements = measured.stream().map(MeasuredGain::latest).filter(m -> m != null).toList();
        assertEquals("the latest of each measured gain", 2, measurements.size());
        assertTrue(measurements.stream().allMatch(m -> m.date().equals(LocalDate.of(2026, 9, 30))
                && m.value().compareTo(new BigDecimal("13600.25")) == 0));
        assertTrue(measured.stream().allMatch(g -> g.latest() == null || g.latest().gainId() == g.gain().id()));

        List<Economics> economics = new ArrayList<>();
        source.economics(projects, economics::add);
        assertEquals(2, economics.size());
        assertEquals(Currency.DKK, economics.get(0).currency());
    }

    @Test
    public void aPortfolioTakesFiveQueriesWhateverTheNumberOfInitiatives() {
        AtomicInteger calls = new AtomicInteger();
        ActiveObjects counting = counting(activeObjects(), calls);
        PortfolioService service = new PortfolioService(new AoPortfolioSource(counting), null, null,
                new GainCalculator(), null);
        PortfolioQuery query = new PortfolioQuery(List.of(), Currency.DKK);

        sampleData();
        Portfolio small = service.compute(List.of("DEMO", "HELSE"), query, TODAY);
        int smallCalls = calls.getAndSet(0);

        for (int n = 0; n < 30; n++) {
            sampleData();
        }
        Portfolio large = service.compute(List.of("DEMO", "HELSE"), query, TODAY);
        int largeCalls = calls.get();

        assertEquals(2, small.initiatives());
        assertEquals(62, large.initiatives());
        assertEquals(5, smallCalls);
        assertEquals("query count does not grow with the data", smallCalls, largeCalls);
        // 1 350 h planned (15 000 → 13 650.5 rounds to 1 349.5) and 1 399.75 h realised per initiative, at DKK 750
        assertEquals(0, new BigDecimal("1399.75").multiply(BigDecimal.valueOf(62))
                .compareTo(large.gains().total().realisedHours()));
        assertEquals(0, new BigDecimal("1049812.50").multiply(BigDecimal.valueOf(62))
                .compareTo(large.gains().total().realisedMoney()));
        assertEquals(Set.of(Currency.NOK), large.gains().otherCurrencies());
        Portfolio.LevelCoverage political = large.anchoring().get(0);
        assertEquals(Level.POLITICAL, political.level());
        assertEquals(62, political.anchored());
    }

    /** Counts every call that reaches the database through Active Objects (each is one SQL statement here). */
    private static ActiveObjects counting(ActiveObjects target, AtomicInteger calls) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    calls.incrementAndGet();
                    return method.invoke(target, args);
                });
    }
}
