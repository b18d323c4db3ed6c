package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Test data for gains, measurements and economics. */
final class Gains {
    static final LocalDate KERTEMINDE_BASELINE_DATE = LocalDate.of(2020, 1, 1);
    static final LocalDate KERTEMINDE_TARGET_DATE = LocalDate.of(2021, 12, 31);

    private Gains() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Gain gain(long id, GainType type, Unit unit, Currency currency, String baseline, LocalDate baselineDate,
            String target, LocalDate targetDate, Frequency frequency) {
        return new Gain(id, 1, type, "Gain " + id, null, unit, currency, d(baseline), baselineDate, d(target), targetDate,
                "owner", null, frequency, 0);
    }

    static Gain gain(String baseline, LocalDate baselineDate, String target, LocalDate targetDate) {
        return gain(1, GainType.QUALITY, Unit.SCORE, null, baseline, baselineDate, target, targetDate, Frequency.MONTHLY);
    }

    /**
     * Kerteminde DigiRehab (seed 004): 50 citizens in home care trained; care need fell by 27 hours per citizen per
     * year, 50 × 27 = 1 350 hours a year. The seed gives no baseline, so 300 care hours per citizen a year is assumed:
     * 15 000 h/year for the 50 citizens, target 13 650 h/year by the end of 2021.
     */
    static Gain kerteminde() {
        return new Gain(7, 1, GainType.TIME, "Less home care after digital training (DigiRehab)",
                "Care hours per year for the 50 citizens", Unit.HOURS, null, d("15000"), KERTEMINDE_BASELINE_DATE,
                d("13650"), KERTEMINDE_TARGET_DATE, "homecare.lead", "Visited care hours from the care system",
                Frequency.MONTHLY, 0);
    }

    static Measurement measurement(long id, long gainId, String value, LocalDate date) {
        return new Measurement(id, gainId, d(value), date, "recorder", null);
    }

    /** DKK 750 per care hour: just above the 741 DKK/h that 1 350 h must be worth for the seed's "over 1 M DKK". */
    static Economics kertemindeEconomics() {
        return new Economics(1, d("750"), Currency.DKK, null, 5, d("500000"), d("100000"), d("4"), 60, 0);
    }

    static Economics economics(String hourlyRate, String ratePercent, int horizon, String investment, String running) {
        return new Economics(1, d(hourlyRate), Currency.NOK, d(ratePercent), horizon, d(investment), d(running), null, 0, 0);
    }
}
