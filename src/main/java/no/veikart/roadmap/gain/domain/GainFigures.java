package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An initiative's gains as the portfolio read model stores them: what can be summed ahead of time is summed (money
 * per gain type and currency, hours per type), and per gain only what depends on today is kept (next due date, and
 * whether an on-track gain turns at risk after its target date). The rules are {@link GainCalculator}'s.
 *
 * <p>Stored as text: entries separated by {@code ;}, fields by {@code ,}; decimals by {@link BigDecimal#toString()},
 * which reads back with the same value and scale, so sums over many rows equal sums over the gains.
 */
public record GainFigures(List<Money> money, List<Hours> hours, List<Due> dues) {

    public GainFigures {
        money = List.copyOf(money);
        hours = List.copyOf(hours);
        dues = List.copyOf(dues);
    }

    /**
     * Monetised gains of one type in one currency: how many, planned and realised yearly money.
     * {@code count} also decides the portfolio's default currency (the one most monetised gains are in).
     */
    public record Money(GainType type, Currency currency, int count, BigDecimal planned, BigDecimal realised) {
    }

    /** Gains of one type measured in HOURS: planned and realised yearly hours. */
    public record Hours(GainType type, BigDecimal planned, BigDecimal realised) {
    }

    /** What a gain's status is before today is applied. */
    public enum Standing {
        NOT_STARTED, REALISED, AT_RISK,
        /** ON_TRACK until its target date, AT_RISK after it. */
        ON_TRACK
    }

    /** One gain: its next measurement due date and its standing; {@code targetDate} matters for ON_TRACK only. */
    public record Due(long gainId, GainType type, LocalDate due, Standing standing, LocalDate targetDate) {
        public GainStatus status(LocalDate today) {
            return switch (standing) {
                case NOT_STARTED -> GainStatus.NOT_STARTED;
                case REALISED -> GainStatus.REALISED;
                case AT_RISK -> GainStatus.AT_RISK;
                case ON_TRACK -> today.isAfter(targetDate) ? GainStatus.AT_RISK : GainStatus.ON_TRACK;
            };
        }
    }

    /**
     * The figures of one initiative's gains. {@code latest} maps gain id to its latest measurement (missing = none);
     * {@code economics} may be null.
     */
    public static GainFigures of(List<Gain> gains, Map<Long, Measurement> latest, Economics economics,
            GainCalculator calculator) {
        Map<GainType, Map<Currency, Money>> money = new EnumMap<>(GainType.class);
        Map<GainType, Hours> hours = new EnumMap<>(GainType.class);
        List<Due> dues = new ArrayList<>();
        for (Gain gain : gains) {
            Measurement last = latest.get(gain.id());
            List<Measurement> measured = last == null ? List.of() : List.of(last);
            BigDecimal realised = calculator.realisedYearlyValue(gain, last);
            Monetisation planned = calculator.monetisePlanned(gain, economics);
            if (planned.amount() != null) {
                Money add = new Money(gain.type(), planned.currency(), 1, planned.amount(),
                        calculator.monetise(gain, realised, economics).amount());
                money.computeIfAbsent(gain.type(), t -> new EnumMap<>(Currency.class))
                        .merge(planned.currency(), add, GainFigures::plus);
            }
            if (gain.unit() == Unit.HOURS) {
                hours.merge(gain.type(), new Hours(gain.type(), calculator.plannedYearlyValue(gain), realised),
                        (a, b) -> new Hours(a.type(), a.planned().add(b.planned()), a.realised().add(b.realised())));
            }
            // the status with today at the target date is the status before "after the target date" applies
            GainStatus before = calculator.status(gain, measured, gain.targetDate());
            dues.add(new Due(gain.id(), gain.type(), calculator.nextMeasurementDue(gain, measured),
                    Standing.valueOf(before.name()), gain.targetDate()));
        }
        dues.sort(Comparator.comparingLong(Due::gainId));
        List<Money> moneyRows = new ArrayList<>();
        money.values().forEach(byCurrency -> moneyRows.addAll(byCurrency.values()));
        return new GainFigures(moneyRows, new ArrayList<>(hours.values()), dues);
    }

    private static Money plus(Money a, Money b) {
        return new Money(a.type(), a.currency(), a.count() + b.count(), a.planned().add(b.planned()),
                a.realised().add(b.realised()));
    }

    public String moneyText() {
        StringBuilder out = new StringBuilder();
        for (Money m : money) {
            separate(out).append(m.type().name()).append(',').append(m.currency().name()).append(',').append(m.count())
                    .append(',').append(m.planned()).append(',').append(m.realised());
        }
        return out.toString();
    }

    public String hoursText() {
        StringBuilder out = new StringBuilder();
        for (Hours h : hours) {
            separate(out).append(h.type().name()).append(',').append(h.planned()).append(',').append(h.realised());
        }
        return out.toString();
    }

    public String duesText() {
        StringBuilder out = new StringBuilder();
        for (Due d : dues) {
            separate(out).append(d.gainId()).append(',').append(d.type().name()).append(',')
                    .append(d.due().toEpochDay()).append(',').append(d.standing().name().charAt(0)).append(',')
                    .append(d.targetDate().toEpochDay());
        }
        return out.toString();
    }

    private static StringBuilder separate(StringBuilder out) {
        return out.isEmpty() ? out : out.append(';');
    }

    public static List<Money> parseMoney(String text) {
        List<Money> out = new ArrayList<>();
        for (String[] f : entries(text, 5)) {
            out.add(new Money(GainType.valueOf(f[0]), Currency.valueOf(f[1]), Integer.parseInt(f[2]),
                    new BigDecimal(f[3]), new BigDecimal(f[4])));
        }
        return out;
    }

    public static List<Hours> parseHours(String text) {
        List<Hours> out = new ArrayList<>();
        for (String[] f : entries(text, 3)) {
            out.add(new Hours(GainType.valueOf(f[0]), new BigDecimal(f[1]), new BigDecimal(f[2])));
        }
        return out;
    }

    public static List<Due> parseDues(String text) {
        List<Due> out = new ArrayList<>();
        for (String[] f : entries(text, 5)) {
            out.add(new Due(Long.parseLong(f[0]), GainType.valueOf(f[1]), LocalDate.ofEpochDay(Long.parseLong(f[2])),
                    standing(f[3].charAt(0)), LocalDate.ofEpochDay(Long.parseLong(f[4]))));
        }
        return out;
    }

    public static GainFigures parse(String money, String hours, String dues) {
        return new GainFigures(parseMoney(money), parseHours(hours), parseDues(dues));
    }

    private static final Standing[] STANDINGS = Standing.values();

    private static Standing standing(char c) {
        for (Standing s : STANDINGS) {
            if (s.name().charAt(0) == c) {
                return s;
            }
        }
        throw new IllegalArgumentException("standing " + c);
    }

    /**
     * Reads the stored text entry by entry without allocating, for the portfolio's fold over thousands of rows (the
     * {@code parse…} methods build records). Reusable: {@link #reset} starts on another text.
     */
    public static final class Cursor {
        private static final GainType[] TYPES = GainType.values();
        private static final Currency[] CURRENCIES = Currency.values();
        private final int fields;
        private final int[] starts;
        private final int[] ends;
        private String text = "";
        private int next;

        /** @param fields fields per entry: 5 for money and dues, 3 for hours */
        public Cursor(int fields) {
            this.fields = fields;
            this.starts = new int[fields];
            this.ends = new int[fields];
        }

        public Cursor reset(String stored) {
            text = stored == null ? "" : stored;
            next = text.isEmpty() ? -1 : 0;
            return this;
        }

        /** Moves to the next entry; false when there is none. */
        public boolean next() {
            if (next < 0) {
                return false;
            }
            int end = text.indexOf(';', next);
            if (end < 0) {
                end = text.length();
            }
            int n = 0;
            int from = next;
            for (int i = next; i <= end; i++) {
                if (i == end || text.charAt(i) == ',') {
                    if (n == fields) {
                        throw new IllegalArgumentException("expected " + fields + " fields: " + text.substring(next, end));
                    }
                    starts[n] = from;
                    ends[n++] = i;
                    from = i + 1;
                }
            }
            if (n != fields) {
                throw new IllegalArgumentException("expected " + fields + " fields: " + text.substring(next, end));
            }
            next = end < text.length() ? end + 1 : -1;
            return true;
        }

        public String text(int field) {
            return text.substring(starts[field], ends[field]);
        }

        public GainType type(int field) {
            return constant(TYPES, field);
        }

        public Currency currency(int field) {
            return constant(CURRENCIES, field);
        }

        public long number(int field) {
            return Long.parseLong(text, starts[field], ends[field], 10);
        }

        public Standing standing(int field) {
            return GainFigures.standing(text.charAt(starts[field]));
        }

        /** Adds the decimal in {@code field} to {@code sum}. */
        public void addTo(int field, no.veikart.roadmap.common.domain.DecimalSum sum) {
            sum.add(text, starts[field], ends[field]);
        }

        private <E extends Enum<E>> E constant(E[] values, int field) {
            int length = ends[field] - starts[field];
            for (E value : values) {
                String name = value.name();
                if (name.length() == length && text.startsWith(name, starts[field])) {
                    return value;
                }
            }
            throw new IllegalArgumentException("No constant " + text.substring(starts[field], ends[field]) + " in "
                    + values[0].getDeclaringClass().getSimpleName());
        }
    }

    /** The entries of {@code text}: ';' between entries, ',' between fields. */
    private static List<String[]> entries(String text, int fields) {
        List<String[]> out = new ArrayList<>(2);
        Cursor entry = new Cursor(fields).reset(text);
        while (entry.next()) {
            String[] f = new String[fields];
            for (int n = 0; n < fields; n++) {
                f[n] = entry.text(n);
            }
            out.add(f);
        }
        return out;
    }
}
