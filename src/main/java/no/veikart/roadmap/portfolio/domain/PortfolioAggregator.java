package no.veikart.roadmap.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import no.veikart.roadmap.common.domain.DecimalSum;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Gain;
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
 *
 * <p>This folds every initiative the caller may browse on each uncached request (10 000 rows in a few ms is the goal,
 * see docs/portfolio.md), so each row is folded as it arrives, without records or {@code BigDecimal}s per row: the
 * stored text is read in place ({@link GainFigures.Cursor}) and summed exactly in scaled longs ({@link DecimalSum});
 * per row only what the issue-key lists need after sorting is kept, in arrays.
 */
public final class PortfolioAggregator {
    public static final int MAX_OVERDUE = 50;
    private static final GainType[] TYPES = GainType.values();
    private static final Currency[] CURRENCIES = Currency.values();
    private static final Level[] LEVELS = Level.values();
    private static final GainStatus[] STATUSES = GainStatus.values();
    private static final int INDEX_BITS = 24;
    private static final long MAX_PACKED_NUMBER = 1L << (63 - INDEX_BITS);

    private final Currency requestedCurrency;
    private final LocalDate today;
    private final long todayDay;

    // per row, in arrival order
    private int size;
    private InitiativeSummary[] rows = new InitiativeSummary[256];
    private long[] numbers = new long[256];
    private int[] projects = new int[256];
    private int[] phaseOf = new int[256];
    private int[] present = new int[256];
    private int[] anchored = new int[256];
    private int[] typesOf = new int[256];

    private final Ids projectIds = new Ids();
    private final Ids phaseIds = new Ids();
    private final Ids statusIds = new Ids();
    private int[] statusCounts = new int[8];

    private final GainFigures.Cursor money = new GainFigures.Cursor(5);
    private final GainFigures.Cursor hours = new GainFigures.Cursor(3);
    private final GainFigures.Cursor dues = new GainFigures.Cursor(5);
    /** [type][currency][planned, realised] */
    private final DecimalSum[][][] moneySums = new DecimalSum[TYPES.length][CURRENCIES.length][];
    /** [type][planned, realised] */
    private final DecimalSum[][] hourSums = new DecimalSum[TYPES.length][];
    private final int[] monetised = new int[CURRENCIES.length];
    private final boolean[] currencySeen = new boolean[CURRENCIES.length];
    private final int[] gainsByType = new int[TYPES.length];
    private final int[] gainsByStatus = new int[STATUSES.length];
    private int gainCount;
    private int overdueCount;
    private final PriorityQueue<Overdue> newestOnTop = new PriorityQueue<>(MAX_OVERDUE + 1, OLDEST_FIRST.reversed());

    /** @param currency the currency to sum money in; null to take the one most monetised gains are in */
    public PortfolioAggregator(Currency currency, LocalDate today) {
        this.requestedCurrency = currency;
        this.today = today;
        this.todayDay = today.toEpochDay();
        for (StandardPhase phase : StandardPhase.values()) {
            phaseIds.of(phase.name());
        }
    }

    public void add(InitiativeSummary row) {
        if (size == rows.length) {
            grow();
        }
        int i = size++;
        rows[i] = row;
        projects[i] = projectIds.of(String.valueOf(row.projectKey()));
        numbers[i] = issueNumber(row);
        phaseOf[i] = phaseIds.of(row.currentPhase() == null ? "" : row.currentPhase());
        int status = statusIds.of(String.valueOf(row.status()));
        if (status == statusCounts.length) {
            statusCounts = Arrays.copyOf(statusCounts, status * 2);
        }
        statusCounts[status]++;
        present[i] = Level.bits(row.levelsPresent());
        anchored[i] = Level.bits(row.levelsAnchored());
        money.reset(row.gainMoney());
        while (money.next()) {
            int type = money.type(0).ordinal();
            int currency = money.currency(1).ordinal();
            monetised[currency] += (int) money.number(2);
            currencySeen[currency] = true;
            DecimalSum[] sum = moneySums[type][currency];
            if (sum == null) {
                sum = moneySums[type][currency] = new DecimalSum[] {new DecimalSum(), new DecimalSum()};
            }
            money.addTo(3, sum[0]);
            money.addTo(4, sum[1]);
        }
        hours.reset(row.gainHours());
        while (hours.next()) {
            int type = hours.type(0).ordinal();
            DecimalSum[] sum = hourSums[type];
            if (sum == null) {
                sum = hourSums[type] = new DecimalSum[] {new DecimalSum(), new DecimalSum()};
            }
            hours.addTo(1, sum[0]);
            hours.addTo(2, sum[1]);
        }
        int types = 0;
        dues.reset(row.gainDues());
        while (dues.next()) {
            int type = dues.type(1).ordinal();
            long due = dues.number(2);
            gainCount++;
            gainsByType[type]++;
            types |= 1 << type;
            gainsByStatus[status(dues.standing(3), dues.number(4)).ordinal()]++;
            if (due < todayDay) { // GainCalculator.isOverdue: due before today
                overdue(row, dues.number(0), due);
            }
        }
        typesOf[i] = types;
    }

    private void grow() {
        int capacity = rows.length * 2;
        rows = Arrays.copyOf(rows, capacity);
        numbers = Arrays.copyOf(numbers, capacity);
        projects = Arrays.copyOf(projects, capacity);
        phaseOf = Arrays.copyOf(phaseOf, capacity);
        present = Arrays.copyOf(present, capacity);
        anchored = Arrays.copyOf(anchored, capacity);
        typesOf = Arrays.copyOf(typesOf, capacity);
    }

    /**
     * Numbers the few distinct names of a column (projects, phases, statuses) in order of arrival. A short list is
     * searched by {@code equals} (distinct lengths fail fast) rather than hashed: each row brings new strings whose
     * hash would be computed afresh.
     */
    private static final class Ids {
        private static final int SEARCHED = 16;
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> many = new HashMap<>();
        private int last = -1;

        int of(String name) {
            if (last >= 0 && names.get(last).equals(name)) {
                return last;
            }
            int size = names.size();
            if (size <= SEARCHED) {
                for (int id = 0; id < size; id++) {
                    if (names.get(id).equals(name)) {
                        return last = id;
                    }
                }
            } else {
                Integer id = many.get(name);
                if (id != null) {
                    return last = id;
                }
            }
            names.add(name);
            many.put(name, size);
            return last = size;
        }

        String name(int id) {
            return names.get(id);
        }

        int size() {
            return names.size();
        }

        int idOf(String name) {
            return many.get(name);
        }
    }

    /** As {@link GainFigures.Due#status}. */
    private GainStatus status(GainFigures.Standing standing, long targetDay) {
        return switch (standing) {
            case NOT_STARTED -> GainStatus.NOT_STARTED;
            case REALISED -> GainStatus.REALISED;
            case AT_RISK -> GainStatus.AT_RISK;
            case ON_TRACK -> todayDay > targetDay ? GainStatus.AT_RISK : GainStatus.ON_TRACK;
        };
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

    /**
     * The figures. {@code gains} finds the overdue follow-ups' gains by id (titles and owners are not in the read
     * model; at most {@link #MAX_OVERDUE} are asked for).
     */
    public Portfolio result(List<String> projectKeys, Function<Collection<Long>, List<Gain>> gains) {
        Currency currency = chosenCurrency();
        // the issue keys behind each number in a stable order (project, then DEMO-2 before DEMO-10), whatever order
        // the database streamed the rows in
        int[] order = issueOrder();
        List<Overdue> oldest = new ArrayList<>(newestOnTop);
        oldest.sort(OLDEST_FIRST);
        return new Portfolio(projectKeys, currency, size, phases(order), statuses(), gainSummary(currency, order),
                anchoring(order), followUps(oldest, gains), overdueCount);
    }

    /** Row indexes by project, then issue number (then key text where numbers do not decide). */
    private int[] issueOrder() {
        String[] sortedNames = new String[projectIds.size()];
        for (int p = 0; p < sortedNames.length; p++) {
            sortedNames[p] = projectIds.name(p);
        }
        Arrays.sort(sortedNames);
        int[] rank = new int[sortedNames.length];
        for (int r = 0; r < sortedNames.length; r++) {
            rank[projectIds.idOf(sortedNames[r])] = r;
        }
        int[] order = packedOrder(rank);
        return order != null ? order : comparedOrder(rank);
    }

    /**
     * Sorts primitives: issue number and row index packed in a long, sorted, then spread stably by project. Null when
     * some row's order needs the key text (no number of its project's, or two rows with the same number).
     */
    private int[] packedOrder(int[] rank) {
        if (size >= 1 << INDEX_BITS) {
            return null;
        }
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            if (numbers[i] < 0 || numbers[i] >= MAX_PACKED_NUMBER) {
                return null;
            }
            packed[i] = numbers[i] << INDEX_BITS | i;
        }
        Arrays.sort(packed);
        int[] next = new int[rank.length + 1];
        for (int i = 0; i < size; i++) {
            next[rank[projects[i]] + 1]++;
        }
        for (int r = 0; r < rank.length; r++) {
            next[r + 1] += next[r];
        }
        int[] order = new int[size];
        for (long p : packed) {
            int i = (int) (p & ((1 << INDEX_BITS) - 1));
            order[next[rank[projects[i]]]++] = i;
        }
        for (int k = 1; k < size; k++) {
            if (projects[order[k]] == projects[order[k - 1]] && numbers[order[k]] == numbers[order[k - 1]]) {
                return null;
            }
        }
        return order;
    }

    private int[] comparedOrder(int[] rank) {
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> {
            int byProject = Integer.compare(rank[projects[a]], rank[projects[b]]);
            if (byProject != 0) {
                return byProject;
            }
            if (numbers[a] >= 0 && numbers[b] >= 0) {
                int byNumber = Long.compare(numbers[a], numbers[b]);
                if (byNumber != 0) {
                    return byNumber;
                }
            }
            return InitiativeGuard.compareIssueKeys(rows[a].issueKey(), rows[b].issueKey());
        });
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** The six standard phases in roadmap order, then any other phase keys sorted. */
    private List<Portfolio.PhaseCount> phases(int[] order) {
        int[] counts = new int[phaseIds.size()];
        IssueKeys.Collector[] keys = new IssueKeys.Collector[phaseIds.size()];
        for (int p = 0; p < keys.length; p++) {
            keys[p] = new IssueKeys.Collector();
        }
        for (int i : order) {
            counts[phaseOf[i]]++;
            keys[phaseOf[i]].add(rows[i].issueKey());
        }
        int standard = StandardPhase.values().length;
        List<String> other = new ArrayList<>();
        for (int p = standard; p < phaseIds.size(); p++) {
            other.add(phaseIds.name(p));
        }
        other.sort(null);
        List<Portfolio.PhaseCount> out = new ArrayList<>();
        for (int p = 0; p < standard; p++) {
            out.add(new Portfolio.PhaseCount(phaseIds.name(p), counts[p], keys[p].build()));
        }
        for (String phase : other) {
            int p = phaseIds.idOf(phase);
            out.add(new Portfolio.PhaseCount(phase, counts[p], keys[p].build()));
        }
        return out;
    }

    private Map<String, Integer> statuses() {
        Map<String, Integer> out = new TreeMap<>();
        for (int s = 0; s < statusIds.size(); s++) {
            out.put(statusIds.name(s), statusCounts[s]);
        }
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
        Currency best = null;
        for (Currency c : CURRENCIES) {
            if (monetised[c.ordinal()] > 0 && (best == null || monetised[c.ordinal()] > monetised[best.ordinal()])) {
                best = c;
            }
        }
        return best;
    }

    private Portfolio.Gains gainSummary(Currency chosen, int[] order) {
        IssueKeys.Collector[] keys = new IssueKeys.Collector[TYPES.length];
        for (int t = 0; t < TYPES.length; t++) {
            keys[t] = new IssueKeys.Collector();
        }
        for (int i : order) {
            for (int t = 0, types = typesOf[i]; types != 0; t++, types >>>= 1) {
                if ((types & 1) != 0) {
                    keys[t].add(rows[i].issueKey());
                }
            }
        }
        Set<Currency> otherCurrencies = EnumSet.noneOf(Currency.class);
        for (Currency c : CURRENCIES) {
            if (currencySeen[c.ordinal()] && c != chosen) {
                otherCurrencies.add(c);
            }
        }
        Map<GainStatus, Integer> statuses = new EnumMap<>(GainStatus.class);
        for (GainStatus status : STATUSES) {
            statuses.put(status, gainsByStatus[status.ordinal()]);
        }
        Portfolio.Amounts total = Portfolio.Amounts.ZERO;
        Map<GainType, Portfolio.TypeSummary> byType = new EnumMap<>(GainType.class);
        for (GainType type : TYPES) {
            DecimalSum[] inChosen = chosen == null ? null : moneySums[type.ordinal()][chosen.ordinal()];
            DecimalSum[] hoursOf = hourSums[type.ordinal()];
            Portfolio.Amounts amounts = new Portfolio.Amounts(value(inChosen, 0), value(inChosen, 1),
                    value(hoursOf, 0), value(hoursOf, 1));
            total = total.plus(amounts);
            byType.put(type, new Portfolio.TypeSummary(gainsByType[type.ordinal()], amounts,
                    keys[type.ordinal()].build()));
        }
        return new Portfolio.Gains(gainCount, total, byType, statuses, otherCurrencies);
    }

    private static BigDecimal value(DecimalSum[] sums, int which) {
        return sums == null ? BigDecimal.ZERO : sums[which].value();
    }

    /** One pass over the rows for all levels. */
    private List<Portfolio.LevelCoverage> anchoring(int[] order) {
        int[][] counts = new int[LEVELS.length][3];
        IssueKeys.Collector[][] keys = new IssueKeys.Collector[LEVELS.length][3];
        for (Level level : LEVELS) {
            for (int k = 0; k < 3; k++) {
                keys[level.ordinal()][k] = new IssueKeys.Collector();
            }
        }
        for (int i : order) {
            String key = rows[i].issueKey();
            for (int l = 0; l < LEVELS.length; l++) {
                // 0 anchored, 1 in progress (stakeholders, none anchored), 2 missing
                int bit = 1 << l;
                int k = (anchored[i] & bit) != 0 ? 0 : (present[i] & bit) != 0 ? 1 : 2;
                counts[l][k]++;
                keys[l][k].add(key);
            }
        }
        List<Portfolio.LevelCoverage> out = new ArrayList<>();
        for (Level level : LEVELS) {
            int[] c = counts[level.ordinal()];
            IssueKeys.Collector[] k = keys[level.ordinal()];
            out.add(new Portfolio.LevelCoverage(level, size, c[0], c[1], c[2], k[0].build(), k[1].build(),
                    k[2].build()));
        }
        return out;
    }

    private record Overdue(InitiativeSummary initiative, long gainId, long dueDay) {
    }

    private static final Comparator<Overdue> OLDEST_FIRST = Comparator.comparingLong(Overdue::dueDay)
            .thenComparing(o -> o.initiative().issueKey()).thenComparingLong(Overdue::gainId);

    /**
     * Keeps the {@link #MAX_OVERDUE} oldest overdue follow-ups and counts them all: a bounded heap, as a large
     * portfolio can have thousands overdue and only the oldest are shown.
     */
    private void overdue(InitiativeSummary row, long gainId, long dueDay) {
        overdueCount++;
        if (newestOnTop.size() == MAX_OVERDUE && dueDay > newestOnTop.peek().dueDay()) {
            return; // newer than every one kept (ties go through the full order below)
        }
        newestOnTop.add(new Overdue(row, gainId, dueDay));
        if (newestOnTop.size() > MAX_OVERDUE) {
            newestOnTop.poll();
        }
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
            LocalDate due = LocalDate.ofEpochDay(o.dueDay());
            out.add(new Portfolio.OverdueFollowUp(o.initiative().issueKey(), o.initiative().summary(), o.gainId(),
                    gain == null ? null : gain.title(), gain == null ? null : gain.ownerKey(), due,
                    ChronoUnit.DAYS.between(due, today)));
        }
        return out;
    }
}
