package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Planned vs realised yearly gains of one initiative (or, added with {@link #plus}, of a portfolio).
 *
 * @param money planned and realised money per currency (never converted): CURRENCY gains in their own currency and TIME
 *     gains in hours at the hourly rate in the economics' currency
 * @param hours planned and realised hours of every gain in HOURS (TIME or not)
 * @param moneyByType the {@code money} split by gain type
 * @param flags gains left out of the money in the economics' currency, and why (NO_HOURLY_RATE, CURRENCY_MISMATCH)
 */
public record GainTotals(Map<Currency, Amounts> money, Amounts hours, Map<GainType, Map<Currency, Amounts>> moneyByType,
        List<Flag> flags) {

    public GainTotals {
        money = frozen(money, Currency.class);
        Map<GainType, Map<Currency, Amounts>> byType = new EnumMap<>(GainType.class);
        moneyByType.forEach((type, perCurrency) -> byType.put(type, frozen(perCurrency, Currency.class)));
        moneyByType = Collections.unmodifiableMap(byType);
        flags = List.copyOf(flags);
    }

    public static GainTotals empty() {
        return new GainTotals(Map.of(), Amounts.ZERO, Map.of(), List.of());
    }

    /** Planned (improvement) and realised (improvement at the latest measurement; 0 without one) yearly amounts. */
    public record Amounts(BigDecimal planned, BigDecimal realised) {
        public static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

        public Amounts plus(Amounts other) {
            return new Amounts(planned.add(other.planned), realised.add(other.realised));
        }

        /** realised / planned × 100, 1 decimal HALF_UP; null when nothing is planned. */
        public BigDecimal realisedPercent() {
            return planned.signum() == 0 ? null
                    : realised.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
        }
    }

    /** A gain whose money is not in the economics' currency total. */
    public record Flag(long gainId, Monetisation.Exclusion reason) {
    }

    /** Planned yearly money in {@code currency}, 0 when none. */
    public BigDecimal plannedMoney(Currency currency) {
        return money.getOrDefault(currency, Amounts.ZERO).planned();
    }

    /** Realised yearly money in {@code currency}, 0 when none. */
    public BigDecimal realisedMoney(Currency currency) {
        return money.getOrDefault(currency, Amounts.ZERO).realised();
    }

    public GainTotals plus(GainTotals other) {
        Map<Currency, Amounts> m = new EnumMap<>(Currency.class);
        m.putAll(money);
        other.money.forEach((c, a) -> m.merge(c, a, Amounts::plus));
        Map<GainType, Map<Currency, Amounts>> t = new EnumMap<>(GainType.class);
        moneyByType.forEach((type, perCurrency) -> {
            Map<Currency, Amounts> copy = new EnumMap<>(Currency.class);
            copy.putAll(perCurrency);
            t.put(type, copy);
        });
        other.moneyByType.forEach((type, perCurrency) -> perCurrency.forEach((c, a) ->
                t.computeIfAbsent(type, x -> new EnumMap<>(Currency.class)).merge(c, a, Amounts::plus)));
        List<Flag> f = new ArrayList<>(flags);
        f.addAll(other.flags);
        return new GainTotals(m, hours.plus(other.hours), t, f);
    }

    private static <K extends Enum<K>, V> Map<K, V> frozen(Map<K, V> map, Class<K> type) {
        Map<K, V> copy = new EnumMap<>(type);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }
}
