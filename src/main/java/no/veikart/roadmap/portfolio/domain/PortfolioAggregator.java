package no.veikart.roadmap.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.GainFigures;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.stakeholder.domain.Level;

/**
 * Folds the initiatives' summary rows (the read model, one row each) into a {@link Portfolio}. Everything that could
 * be summed ahead of time was summed when the data changed; here only what depends on today (overdue follow-ups, gains
 * at risk after their target date) and on the request (the currency) is computed. Sums over rows equal sums over
 * gains exactly: each row's sums are exact decimals and addition keeps value and scale. The issue keys behind each
 * number are listed by project, then issue number.
 */
public final class PortfolioAggregator {
    public static final int MAX_OVERDUE = 50;

    private final Currency requestedCurrency;
    private final LocalDate today;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, EnumSet<Level>> levelSets = new HashMap<>();

    /**
     * One summary row, parsed once, with its sort key (project, then issue number) computed once rather than in each
     * of the sort's comparisons.
     */
    private record Row(InitiativeSummary summary, EnumSet<Level> present, EnumSet<Level> anchored,
            List<GainFigures.Money> money, List<GainFigures.Hours> hours, List<GainFigures.Due> dues, String project,
            long number) {
    }

    private static final Comparator<Row> ISSUE_ORDER = (a, b) -> {
        int byProject = a.project().compareTo(b.project());
        if (byProject != 0) {
            return byProject;
        }
        if (a.number() >= 0 && b.number() >= 0) {
            int byNumber = Long.compare(a.number(), b.number());
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return InitiativeGuard.compareIssueKeys(a.summary().issueKey(), b.summary().issueKey());
    };

    /** @param currency the currency to sum money in; null to take the one most monetised gains are in */
    public PortfolioAggregator(Currency currency, LocalDate today) {
        this.requestedCurrency = currency;
        this.today = today;
    }

    public void add(InitiativeSummary row) {
        rows.add(new Row(row, levels(row.levelsPresent()), levels(row.levelsAnchored()),
                GainFigures.parseMoney(row.gainMoney()), GainFigures.parseHours(row.gainHours()),
                GainFigures.parseDues(row.gainDues()), String.valueOf(row.projectKey()), issueNumber(row)));
    }

    /** DEMO-10 → 10 when the key is its project's; -1 otherwise (then keys compare as text). */
    private static long issueNumber(InitiativeSummary row) {
        String key = row.issueKey();
        String project = row.projectKey();
        if (key == null || project == null || key.length() <= project.length() + 1 || !key.startsWith(project)
                || key.charAt(project.length()) != '-') {
            return -1;
        }
        try {
            return Long.parseLong(key, project.length() + 1, key.length(), 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Few distinct combinations exist: each is parsed once. */
    private EnumSet<Level> levels(String names) {
        return levelSets.computeIfAbsent(names, Level::parse);
    }

    /**
     * The figures. {@code gains} finds the overdue follow-ups' gains by id (titles and owners are not in the read
     * model; at most {@link #MAX_OVERDUE} are asked for).
     */
    public Portfolio result(List<String> projects, Function<Collection<Long>, List<Gain>> gains) {
        // the issue keys behind each number in a stable order (project, then DEMO-2 before DEMO-10), whatever order
        // the database streamed the rows in
        rows.sort(ISSUE_ORDER);
        Currency currency = chosenCurrency();
        OldestOverdue overdue = oldestOverdue();
        List<Portfolio.OverdueFollowUp> shown = followUps(overdue.oldest(), gains);
        return new Portfolio(projects, currency, rows.size(), phases(), statuses(), gainSummary(currency), anchoring(),
                shown, overdue.count());
    }

    private List<Portfolio.PhaseCount> phases() {
        Map<String, IssueKeys.Collector> keys = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StandardPhase phase : StandardPhase.values()) {
            keys.put(phase.name(), new IssueKeys.Collector());
            counts.put(phase.name(), 0);
        }
        Map<String, Integer> other = new TreeMap<>();
        for (Row r : rows) {
            String phase = phaseOf(r);
            if (!counts.containsKey(phase)) {
                other.merge(phase, 0, Integer::sum);
            }
        }
        other.keySet().forEach(k -> {
            keys.put(k, new IssueKeys.Collector());
            counts.put(k, 0);
        });
        for (Row r : rows) {
            String phase = phaseOf(r);
            counts.merge(phase, 1, Integer::sum);
            keys.get(phase).add(r.summary().issueKey());
        }
        List<Portfolio.PhaseCount> out = new ArrayList<>();
        counts.forEach((phase, count) -> out.add(new Portfolio.PhaseCount(phase, count, keys.get(phase).build())));
        return out;
    }

    private static String phaseOf(Row r) {
        return r.summary().currentPhase() == null ? "" : r.summary().currentPhase();
    }

    private Map<String, Integer> statuses() {
        Map<String, Integer> out = new TreeMap<>();
        rows.forEach(r -> out.merge(String.valueOf(r.summary().status()), 1, Integer::sum));
        return out;
    }

    /**
     * The requested currency; without one, the currency most monetised gains are in (ties: the first in
     * {@link Currency} order), or none when no gain is money.
     */
    private Currency chosenCurrency() {
        if (requestedCurrency != null) {
            return requestedCurrency;
        }
        int[] counts = new int[Currency.values().length];
        boolean any = false;
        for (Row r : rows) {
            for (GainFigures.Money m : r.money()) {
                counts[m.currency().ordinal()] += m.count();
                any = true;
            }
        }
        Currency best = null;
        if (any) {
            for (Currency c : Currency.values()) {
                if (counts[c.ordinal()] > 0 && (best == null || counts[c.ordinal()] > counts[best.ordinal()])) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** Sums in plain arrays by type: one pass, no intermediate records per row (this runs for every initiative). */
    private Portfolio.Gains gainSummary(Currency chosen) {
        GainType[] types = GainType.values();
        BigDecimal[][] sums = new BigDecimal[types.length][4];
        int[] counts = new int[types.length];
        int[] statusCounts = new int[GainStatus.values().length];
        IssueKeys.Collector[] keys = new IssueKeys.Collector[types.length];
        for (int t = 0; t < types.length; t++) {
            java.util.Arrays.fill(sums[t], BigDecimal.ZERO);
            keys[t] = new IssueKeys.Collector();
        }
        Set<Currency> otherCurrencies = EnumSet.noneOf(Currency.class);
        int gainCount = 0;
        for (Row r : rows) {
            for (GainFigures.Money m : r.money()) {
                if (m.currency() == chosen) {
                    BigDecimal[] sum = sums[m.type().ordinal()];
                    sum[0] = sum[0].add(m.planned());
                    sum[1] = sum[1].add(m.realised());
                } else {
                    otherCurrencies.add(m.currency());
                }
            }
            for (GainFigures.Hours h : r.hours()) {
                BigDecimal[] sum = sums[h.type().ordinal()];
                sum[2] = sum[2].add(h.planned());
                sum[3] = sum[3].add(h.realised());
            }
            for (GainFigures.Due d : r.dues()) {
                gainCount++;
                counts[d.type().ordinal()]++;
                statusCounts[d.status(today).ordinal()]++;
                keys[d.type().ordinal()].add(r.summary().issueKey());
            }
        }
        Map<GainStatus, Integer> statuses = new EnumMap<>(GainStatus.class);
        for (GainStatus status : GainStatus.values()) {
            statuses.put(status, statusCounts[status.ordinal()]);
        }
        Portfolio.Amounts total = Portfolio.Amounts.ZERO;
        Map<GainType, Portfolio.TypeSummary> byType = new EnumMap<>(GainType.class);
        for (GainType type : types) {
            BigDecimal[] sum = sums[type.ordinal()];
            Portfolio.Amounts amounts = new Portfolio.Amounts(sum[0], sum[1], sum[2], sum[3]);
            total = total.plus(amounts);
            byType.put(type, new Portfolio.TypeSummary(counts[type.ordinal()], amounts, keys[type.ordinal()].build()));
        }
        return new Portfolio.Gains(gainCount, total, byType, statuses, otherCurrencies);
    }

    /** One pass over the rows for all levels. */
    private List<Portfolio.LevelCoverage> anchoring() {
        Level[] levels = Level.values();
        int[][] counts = new int[levels.length][3];
        IssueKeys.Collector[][] keys = new IssueKeys.Collector[levels.length][3];
        for (Level level : levels) {
            for (int k = 0; k < 3; k++) {
                keys[level.ordinal()][k] = new IssueKeys.Collector();
            }
        }
        for (Row r : rows) {
            String key = r.summary().issueKey();
            for (Level level : levels) {
                // 0 anchored, 1 in progress (stakeholders, none anchored), 2 missing
                int k = r.anchored().contains(level) ? 0 : r.present().contains(level) ? 1 : 2;
                counts[level.ordinal()][k]++;
                keys[level.ordinal()][k].add(key);
            }
        }
        List<Portfolio.LevelCoverage> out = new ArrayList<>();
        for (Level level : levels) {
            int[] c = counts[level.ordinal()];
            IssueKeys.Collector[] k = keys[level.ordinal()];
            out.add(new Portfolio.LevelCoverage(level, rows.size(), c[0], c[1], c[2], k[0].build(), k[1].build(),
                    k[2].build()));
        }
        return out;
    }

    private record Overdue(InitiativeSummary initiative, long gainId, LocalDate due) {
    }

    private static final Comparator<Overdue> OLDEST_FIRST = Comparator.comparing(Overdue::due)
            .thenComparing(o -> o.initiative().issueKey()).thenComparingLong(Overdue::gainId);

    private record OldestOverdue(List<Overdue> oldest, int count) {
    }

    /**
     * The {@link #MAX_OVERDUE} oldest overdue follow-ups and how many there are: a bounded heap, as a large portfolio
     * can have thousands overdue and only the oldest are shown.
     */
    private OldestOverdue oldestOverdue() {
        java.util.PriorityQueue<Overdue> newestOnTop = new java.util.PriorityQueue<>(MAX_OVERDUE + 1,
                OLDEST_FIRST.reversed());
        int count = 0;
        for (Row r : rows) {
            for (GainFigures.Due d : r.dues()) {
                if (!GainCalculator.isOverdue(d.due(), today)) {
                    continue;
                }
                count++;
                if (newestOnTop.size() == MAX_OVERDUE && d.due().isAfter(newestOnTop.peek().due())) {
                    continue; // newer than every one kept (ties go through the full order below)
                }
                newestOnTop.add(new Overdue(r.summary(), d.gainId(), d.due()));
                if (newestOnTop.size() > MAX_OVERDUE) {
                    newestOnTop.poll();
                }
            }
        }
        List<Overdue> oldest = new ArrayList<>(newestOnTop);
        oldest.sort(OLDEST_FIRST);
        return new OldestOverdue(oldest, count);
    }

    private List<Portfolio.OverdueFollowUp> followUps(List<Overdue> overdue,
            Function<Collection<Long>, List<Gain>> gains) {
        if (overdue.isEmpty()) {
            return List.of();
        }
        Map<Long, Gain> byId = new HashMap<>();
        gains.apply(overdue.stream().map(Overdue::gainId).toList()).forEach(g -> byId.put(g.id(), g));
        List<Portfolio.OverdueFollowUp> out = new ArrayList<>();
        for (Overdue o : overdue) {
            Gain gain = byId.get(o.gainId());
            out.add(new Portfolio.OverdueFollowUp(o.initiative().issueKey(), o.initiative().summary(), o.gainId(),
                    gain == null ? null : gain.title(), gain == null ? null : gain.ownerKey(), o.due(),
                    ChronoUnit.DAYS.between(o.due(), today)));
        }
        return out;
    }
}
