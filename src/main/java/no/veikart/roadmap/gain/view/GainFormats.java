package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.veikart.roadmap.common.view.MediumDates;
import no.veikart.roadmap.gain.domain.Currency;

/**
 * Numbers, money and dates for one reader's locale, with the JDK's CLDR data. Money is
 * {@link NumberFormat#getCurrencyInstance(Locale)} with the amount's own currency: whole amounts without decimals,
 * others with two. On Java 17 that gives {@code kr 1 234 567} (nb, NOK), {@code 1.234.567 kr.} (da, DKK),
 * {@code 1 234 567 kr} (sv, SEK), {@code 1 234 567 €} (fi, EUR) and {@code NOK1,234,567} (en); a currency that is
 * not the locale's own is shown by its code (nb: {@code DKK 1 234 567}) or the locale's symbol for it (sv: {@code Dkr}).
 *
 * <p>Building a {@link NumberFormat} looks up the locale's patterns and symbols each time, which was a tenth of the
 * issue view's time at 500 measurements; one configured prototype per locale and shape is kept and cloned per use,
 * because a NumberFormat is not thread-safe (the prototypes themselves never format).
 */
public final class GainFormats {
    /** Values are stored with at most 4 decimals (GainValidator.MAX_DECIMALS). */
    static final int VALUE_DECIMALS = 4;

    private static final Map<NumberShape, NumberFormat> NUMBERS = new ConcurrentHashMap<>();
    private static final Map<MoneyShape, NumberFormat> MONEY = new ConcurrentHashMap<>();

    private record NumberShape(Locale locale, int maxDecimals) {
    }

    private record MoneyShape(Locale locale, Currency currency, int decimals) {
    }

    private GainFormats() {
    }

    /** {@code amount} in {@code currency} for the reader; null when either is null. */
    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        if (amount == null || currency == null) {
            return null;
        }
        int decimals = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        return copy(MONEY.computeIfAbsent(new MoneyShape(locale, currency, decimals), GainFormats::moneyFormat)).format(amount);
    }

    private static NumberFormat moneyFormat(MoneyShape shape) {
        NumberFormat format = NumberFormat.getCurrencyInstance(shape.locale());
        format.setCurrency(java.util.Currency.getInstance(shape.currency().name()));
        format.setMinimumFractionDigits(shape.decimals());
        format.setMaximumFractionDigits(shape.decimals());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** A plain number with the locale's grouping and decimal sign, up to {@code maxDecimals} decimals; null for null. */
    public static String number(BigDecimal value, int maxDecimals, Locale locale) {
        if (value == null) {
            return null;
        }
        return copy(NUMBERS.computeIfAbsent(new NumberShape(locale, maxDecimals), GainFormats::numberFormat)).format(value);
    }

    private static NumberFormat numberFormat(NumberShape shape) {
        NumberFormat format = NumberFormat.getNumberInstance(shape.locale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(shape.maxDecimals());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static NumberFormat copy(NumberFormat prototype) {
        return (NumberFormat) prototype.clone();
    }

    /**
     * A number for a CSV cell that Excel reads as a number: no grouping, the locale's decimal sign, an ASCII minus;
     * empty for null.
     */
    public static String csvNumber(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = plain(value).toPlainString();
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return decimal == '.' ? plain : plain.replace('.', decimal);
    }

    /** The locale's medium date ("31. des. 2021", "Dec 31, 2021"); empty for null. */
    public static String date(LocalDate date, Locale locale) {
        return MediumDates.format(date, locale);
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Never in exponent form, never a negative scale: 1E+3 → 1000, 1.50 stays 1.50. */
    static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0, RoundingMode.UNNECESSARY);
    }
}
