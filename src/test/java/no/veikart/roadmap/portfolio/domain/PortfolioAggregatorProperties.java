package no.veikart.roadmap.portfolio.domain;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.GainFigures;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.portfolio.fivestream.AnchoredIn;
import no.veikart.roadmap.portfolio.fivestream.FiveStreamAggregator;
import no.veikart.roadmap.portfolio.fivestream.FiveStreamSource;
import no.veikart.roadmap.portfolio.fivestream.Portfolios;
import no.veikart.roadmap.portfolio.fivestream.MeasuredGain;
import no.veikart.roadmap.portfolio.fivestream.PortfolioInitiative;
import no.veikart.roadmap.portfolio.fivestream.StakeholderLevel;
import org.mockito.Mockito;
import no.veikart.roadmap.stakeholder.domain.Level;

/**
 * The portfolio against a brute-force count over random portfolios: every figure is recomputed here the slow,
 * obvious way (scan everything for every initiative, level and gain) from the same rows.
 */
class PortfolioAggregatorProperties {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<String> PROJECTS = List.of("DEMO", "HELSE", "OMSORG");
    private static final List<String> PHASES = List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING",
            "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES", "LOCAL_EXTRA_PHASE");
    private final GainCalculator calculator = new GainCalculator();

    /** A random portfolio; rows of all three projects, of which the query asks for two. */
    record Data(List<PortfolioInitiative> initiatives, List<StakeholderLevel> stakeholders, List<AnchoredIn> anchored,
            List<Gain> gains, List<Measurement> measurements, List<Economics> economics) {
    }

    static Data randomData(long seed, int size) {
        Random r = new Random(seed);
        List<PortfolioInitiative> initiatives = new ArrayList<>();
        List<StakeholderLevel> stakeholders = new ArrayList<>();
        List<AnchoredIn> anchored = new ArrayList<>();
        List<Gain> gains = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        List<Economics> economics = new ArrayList<>();
        long ids = 1;
        for (int n = 0; n < size; n++) {
            long id = ids++;
            String project = PROJECTS.get(r.nextInt(PROJECTS.size()));
            String phase = PHASES.get(r.nextInt(PHASES.size()));
            initiatives.add(new PortfolioInitiative(id, 10_000 + id, project + "-" + id, project, "I" + id, phase,
                    r.nextInt(5) == 0 ? "HALTED" : "ACTIVE"));
            for (int s = r.nextInt(6); s > 0; s--) {
                long sid = ids++;
                stakeholders.add(new StakeholderLevel(sid, id, Level.values()[r.nextInt(Level.values().length)]));
                for (int a = r.nextInt(3); a > 0; a--) {
                    anchored.add(new AnchoredIn(sid, id, PHASES.get(r.nextInt(PHASES.size()))));
                }
            }
            if (r.nextBoolean()) {
                economics.add(new Economics(id, BigDecimal.valueOf(500 + r.nextInt(500)),
                        Currency.values()[r.nextInt(2)], null, 5, null, null, null, 0, 0));
            }
            for (int g = r.nextInt(4); g > 0; g--) {
                long gid = ids++;
                Unit unit = r.nextBoolean() ? Unit.HOURS : r.nextBoolean() ? Unit.CURRENCY : Unit.COUNT;
                GainType type = unit == Unit.HOURS ? (r.nextInt(4) == 0 ? GainType.QUALITY : GainType.TIME)
                        : unit == Unit.CURRENCY ? GainType.COST : GainType.QUALITY;
                BigDecimal baseline = BigDecimal.valueOf(1000 + r.nextInt(10_000));
                BigDecimal target = baseline.add(BigDecimal.valueOf((r.nextInt(2000) + 1) * (r.nextBoolean() ? 1 : -1)));
                LocalDate start = TODAY.minusDays(r.nextInt(900));
                gains.add(new Gain(gid, id, type, "G" + gid, null, unit,
                        unit == Unit.CURRENCY ? Currency.values()[r.nextInt(3)] : null, baseline, start, target,
                        start.plusDays(30 + r.nextInt(700)), "owner" + r.nextInt(3), null,
                        Frequency.values()[r.nextInt(Frequency.values().length)], 0));
                for (int m = r.nextInt(5); m > 0; m--) {
                    measurements.add(new Measurement(ids++, gid, baseline.add(BigDecimal.valueOf(r.nextInt(3000) - 1500)),
                            start.plusDays(r.nextInt(400)), null, null));
                }
            }
        }
        return new Data(initiatives, stakeholders, anchored, gains, measurements, economics);
    }

    /** Serves {@code data} like the database would: only the rows of the asked projects. */
    static FiveStreamSource source(Data data) {
        return new FiveStreamSource() {
            private boolean in(Collection<String> projects, long initiativeId) {
                return data.initiatives().stream().anyMatch(i -> i.id() == initiativeId && projects.contains(i.projectKey()));
            }

            @Override
            public void initiatives(Collection<String> p, Consumer<PortfolioInitiative> sink) {
                data.initiatives().stream().filter(i -> p.contains(i.projectKey())).forEach(sink);
            }

            @Override
            public void stakeholders(Collection<String> p, Consumer<StakeholderLevel> sink) {
                data.stakeholders().stream().filter(s -> in(p, s.initiativeId())).forEach(sink);
            }

            @Override
            public void anchored(Collection<String> p, Consumer<AnchoredIn> sink) {
                data.anchored().stream().filter(a -> in(p, a.initiativeId())).forEach(sink);
            }

            /** Each gain with the latest of its measurements, as the gain table's denormalised columns hold it. */
            @Override
            public void gains(Collection<String> p, Consumer<MeasuredGain> sink) {
                data.gains().stream().filter(g -> in(p, g.initiativeId())).forEach(g -> sink.accept(new MeasuredGain(g,
                        data.measurements().stream().filter(m -> m.gainId() == g.id())
                                .max(Comparator.comparing(Measurement::date).thenComparingLong(Measurement::id))
                                .orElse(null))));
            }

            @Override
            public void economics(Collection<String> p, Consumer<Economics> sink) {
                data.economics().stream().filter(e -> in(p, e.initiativeId())).forEach(sink);
            }
        };
    }

    /**
     * The summary rows of {@code data} as the features' parts compute them (the same domain rules: levels by name,
     * {@link GainFigures#of}), served like the database would.
     */
    static InitiativeSummaryReader reader(Data data) {
        GainCalculator calculator = new GainCalculator();
        Map<Long, InitiativeSummary> rows = new LinkedHashMap<>();
        for (PortfolioInitiative i : data.initiatives()) {
            EnumSet<Level> present = EnumSet.noneOf(Level.class);
            EnumSet<Level> anchored = EnumSet.noneOf(Level.class);
            for (StakeholderLevel s : data.stakeholders()) {
                if (s.initiativeId() == i.id() && s.level() != null) {
                    present.add(s.level());
                    if (data.anchored().stream().anyMatch(a -> a.stakeholderId() == s.stakeholderId()
                            && a.initiativeId() == i.id() && a.phaseKey().equals(i.currentPhase()))) {
                        anchored.add(s.level());
                    }
                }
            }
            List<Gain> gains = data.gains().stream().filter(g -> g.initiativeId() == i.id()).toList();
            Map<Long, Measurement> latest = new HashMap<>();
            for (Measurement m : data.measurements()) {
                latest.merge(m.gainId(), m, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
            }
            Economics economics = data.economics().stream().filter(e -> e.initiativeId() == i.id()).findFirst()
                    .orElse(null);
            GainFigures figures = GainFigures.of(gains, latest, economics, calculator);
            rows.put(i.id(), InitiativeSummary.empty(i.id())
                    .withInitiative(i.issueId(), i.issueKey(), i.projectKey(), i.summary(), i.currentPhase(), i.status())
                    .withLevels(Level.names(present), Level.names(anchored))
                    .withGains(figures.moneyText(), figures.hoursText(), figures.duesText()));
        }
        return new InitiativeSummaryReader() {
            @Override
            public void inProjects(Collection<String> projectKeys, Consumer<InitiativeSummary> sink) {
                rows.values().stream().filter(r -> projectKeys.contains(r.projectKey())).forEach(sink);
            }

            @Override
            public void ofIssues(Collection<Long> issueIds, Consumer<InitiativeSummary> sink) {
                rows.values().stream().filter(r -> issueIds.contains(r.issueId())).forEach(sink);
            }
        };
    }

    private static final Comparator<Measurement> LATEST = Comparator.comparing(Measurement::date)
            .thenComparingLong(Measurement::id);

    /** The gains of {@code data} by id, for the overdue follow-ups' titles. */
    static GainRepository gains(Data data) {
        GainRepository gains = Mockito.mock(GainRepository.class);
        Mockito.when(gains.findByIds(Mockito.any())).thenAnswer(call -> {
            Collection<Long> ids = call.getArgument(0);
            return data.gains().stream().filter(g -> ids.contains(g.id())).toList();
        });
        return gains;
    }

    static PortfolioService service(Data data) {
        return new PortfolioService(reader(data), gains(data), null, PortfolioCache.NONE, null);
    }

    private static Portfolio compute(Data data, List<String> projects, Currency currency) {
        return service(data).compute(projects, new PortfolioQuery(projects, currency), TODAY);
    }

    /** The read model changes how the figures are computed, never what they are: equal to the five streams'. */
    @Property(tries = 200)
    void theReadModelsPortfolioEqualsTheFiveStreamsPortfolio(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 40) int size, @ForAll boolean requestCurrency) {
        Data data = randomData(seed, size);
        List<String> projects = List.of("DEMO", "HELSE");
        Currency currency = requestCurrency ? Currency.DKK : null;
        Portfolio before = FiveStreamAggregator.compute(source(data), calculator, projects, currency, TODAY,
                issueId -> true);
        assertEquals(Portfolios.normalised(before), Portfolios.normalised(compute(data, projects, currency)));
    }

    @Property(tries = 200)
    void everyFigureEqualsTheBruteForceCount(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size) {
        Data data = randomData(seed, size);
        List<String> projects = List.of("DEMO", "HELSE");
        Portfolio p = compute(data, projects, Currency.DKK);

        List<PortfolioInitiative> visible = data.initiatives().stream().filter(i -> projects.contains(i.projectKey()))
                .toList();
        assertEquals(visible.size(), p.initiatives());
        for (Portfolio.PhaseCount phase : p.phases()) {
            List<String> keys = visible.stream().filter(i -> i.currentPhase().equals(phase.phaseKey()))
                    .map(PortfolioInitiative::issueKey).sorted(InitiativeGuard::compareIssueKeys).toList();
            assertEquals(phase.phaseKey(), keys.size(), phase.count());
            assertEquals(keys, phase.issueKeys().keys());
        }
        assertEquals(visible.size(), p.phases().stream().mapToInt(Portfolio.PhaseCount::count).sum());
        for (StandardPhase standard : StandardPhase.values()) {
            assertEquals(1, p.phases().stream().filter(c -> c.phaseKey().equals(standard.name())).count());
        }

        for (Portfolio.LevelCoverage c : p.anchoring()) {
            int anchored = 0;
            int present = 0;
            for (PortfolioInitiative i : visible) {
                boolean isAnchored = data.stakeholders().stream().anyMatch(s -> s.initiativeId() == i.id()
                        && s.level() == c.level() && data.anchored().stream().anyMatch(a -> a.stakeholderId()
                                == s.stakeholderId() && a.phaseKey().equals(i.currentPhase())));
                boolean isPresent = data.stakeholders().stream()
                        .anyMatch(s -> s.initiativeId() == i.id() && s.level() == c.level());
                anchored += isAnchored ? 1 : 0;
                present += isPresent && !isAnchored ? 1 : 0;
            }
            assertEquals(c.level().name(), anchored, c.anchored());
            assertEquals(c.level().name(), present, c.inProgress());
            assertEquals(c.level().name(), visible.size() - anchored - present, c.missing());
        }

        BigDecimal plannedMoney = BigDecimal.ZERO;
        BigDecimal realisedMoney = BigDecimal.ZERO;
        BigDecimal realisedHours = BigDecimal.ZERO;
        int overdue = 0;
        int realised = 0;
        int gainCount = 0;
        for (Gain g : data.gains()) {
            if (visible.stream().noneMatch(i -> i.id() == g.initiativeId())) {
                continue;
            }
            gainCount++;
            List<Measurement> all = data.measurements().stream().filter(m -> m.gainId() == g.id()).toList();
            Optional<Measurement> latest = all.stream()
                    .max(Comparator.comparing(Measurement::date).thenComparingLong(Measurement::id));
            BigDecimal gained = latest.map(m -> m.value().subtract(g.baselineValue())
                    .multiply(BigDecimal.valueOf(g.targetValue().compareTo(g.baselineValue())))).orElse(BigDecimal.ZERO);
            BigDecimal planned = g.targetValue().subtract(g.baselineValue()).abs();
            Economics econ = data.economics().stream().filter(e -> e.initiativeId() == g.initiativeId()).findFirst()
                    .orElse(null);
            if (g.unit() == Unit.HOURS) {
                realisedHours = realisedHours.add(gained);
            }
            if (g.unit() == Unit.CURRENCY && g.currency() == Currency.DKK) {
                plannedMoney = plannedMoney.add(planned);
                realisedMoney = realisedMoney.add(gained);
            }
            if (g.unit() == Unit.HOURS && g.type() == GainType.TIME && econ != null && econ.currency() == Currency.DKK) {
                plannedMoney = plannedMoney.add(planned.multiply(econ.hourlyRate()).setScale(2, RoundingMode.HALF_UP));
                realisedMoney = realisedMoney.add(gained.multiply(econ.hourlyRate()).setScale(2, RoundingMode.HALF_UP));
            }
            LocalDate last = latest.map(Measurement::date).orElse(g.baselineDate());
            overdue += g.frequency().next(last).isBefore(TODAY) ? 1 : 0;
            realised += calculator.status(g, all, TODAY) == GainStatus.REALISED ? 1 : 0;
        }
        assertEquals(gainCount, p.gains().count());
        assertEquals(0, plannedMoney.compareTo(p.gains().total().plannedMoney()));
        assertEquals(0, realisedMoney.compareTo(p.gains().total().realisedMoney()));
        assertEquals(0, realisedHours.compareTo(p.gains().total().realisedHours()));
        assertEquals(overdue, p.overdueCount());
        assertEquals(Math.min(overdue, PortfolioAggregator.MAX_OVERDUE), p.overdue().size());
        assertEquals(realised, (int) p.gains().byStatus().get(GainStatus.REALISED));
        assertEquals(gainCount, p.gains().byStatus().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(gainCount, p.gains().byType().values().stream().mapToInt(Portfolio.TypeSummary::count).sum());
    }

    @Property(tries = 50)
    void theSumsOfTwoProjectsAreTheSumsOfEach(@ForAll long seed) {
        Data data = randomData(seed, 30);
        Portfolio both = compute(data, List.of("DEMO", "HELSE"), Currency.NOK);
        Portfolio demo = compute(data, List.of("DEMO"), Currency.NOK);
        Portfolio helse = compute(data, List.of("HELSE"), Currency.NOK);
        assertEquals(demo.initiatives() + helse.initiatives(), both.initiatives());
        assertEquals(demo.overdueCount() + helse.overdueCount(), both.overdueCount());
        assertEquals(0, demo.gains().total().realisedMoney().add(helse.gains().total().realisedMoney())
                .compareTo(both.gains().total().realisedMoney()));
        Map<GainType, Portfolio.TypeSummary> byType = both.gains().byType();
        for (GainType type : GainType.values()) {
            assertEquals(demo.gains().byType().get(type).count() + helse.gains().byType().get(type).count(),
                    byType.get(type).count());
        }
    }
}
