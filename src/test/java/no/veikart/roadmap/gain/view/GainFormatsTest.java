package no.veikart.roadmap.gain.view;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.gain.domain.Currency;
import org.junit.Test;

/** GainFormats keeps one formatter per locale and shape; it must write what a formatter made per call writes. */
public class GainFormatsTest {
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nb"),
            Locale.forLanguageTag("da"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("fi"));
    private static final List<BigDecimal> VALUES = List.of(new BigDecimal("1234567"), new BigDecimal("1234567.891"),
            new BigDecimal("-0.005"), new BigDecimal("0.125"), new BigDecimal("12.5"), new BigDecimal("1E+3"),
            BigDecimal.ZERO, new BigDecimal("99.99995"));

    @Test
    public void numbersMoneyAndDatesAreWhatAFreshFormatterWrites() {
        for (int round = 0; round < 2; round++) {
            for (Locale locale : LOCALES) {
                for (BigDecimal value : VALUES) {
                    for (int decimals : new int[] {1, 2, GainFormats.VALUE_DECIMALS}) {
                        assertEquals(locale + " " + value, freshNumber(value, decimals, locale),
                                GainFormats.number(value, decimals, locale));
                    }
                    for (Currency currency : Currency.values()) {
                        assertEquals(locale + " " + value + " " + currency, freshMoney(value, currency, locale),
                                GainFormats.money(value, currency, locale));
                    }
                }
                LocalDate date = LocalDate.of(2021, 12, 31);
                assertEquals(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date),
                        GainFormats.date(date, locale));
            }
        }
    }

    @Test
    public void aCachedShapeKeepsItsOwnDecimals() {
        Locale nb = Locale.forLanguageTag("nb");
        assertEquals("1,2", GainFormats.number(new BigDecimal("1.23456"), 1, nb));
        assertEquals("1,2346", GainFormats.number(new BigDecimal("1.23456"), 4, nb));
        assertEquals("1,2", GainFormats.number(new BigDecimal("1.23456"), 1, nb));
        assertEquals("", GainFormats.date(null, nb));
    }

    private static String freshNumber(BigDecimal value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static String freshMoney(BigDecimal amount, Currency currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance(currency.name()));
        int decimals = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }
}
