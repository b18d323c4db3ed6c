package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One expected gain of an initiative: what is measured (indicator, unit), where it started (baseline) and where it
 * should be by when (target). Values of a gain that is monetised are read as amounts per year (for example care hours
 * per year), see {@link GainCalculator}. Built by {@link GainValidator}; the constructor only guards the invariants the
 * calculations rely on.
 *
 * @param currency only for {@link Unit#CURRENCY}, null otherwise
 * @param ownerKey Jira user key of the person responsible for realising the gain, or null
 */
public record Gain(long id, long initiativeId, GainType type, String title, String indicator, Unit unit, Currency currency,
        BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, String ownerKey,
        String method, Frequency frequency, long version) {

    public Gain {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(baselineValue, "baselineValue");
        Objects.requireNonNull(baselineDate, "baselineDate");
        Objects.requireNonNull(targetValue, "targetValue");
        Objects.requireNonNull(targetDate, "targetDate");
        Objects.requireNonNull(frequency, "frequency");
        if ((unit == Unit.CURRENCY) != (currency != null)) {
            throw new IllegalArgumentException("currency is given exactly when the unit is CURRENCY");
        }
        if (targetValue.compareTo(baselineValue) == 0) {
            throw new IllegalArgumentException("target equals baseline");
        }
        if (!targetDate.isAfter(baselineDate)) {
            throw new IllegalArgumentException("target date must be after baseline date");
        }
    }

    /** +1 when the target is above the baseline (more is better), −1 when below (fewer care hours is better). */
    public int direction() {
        return targetValue.compareTo(baselineValue);
    }

    public Gain withId(long newId) {
        return new Gain(newId, initiativeId, type, title, indicator, unit, currency, baselineValue, baselineDate,
                targetValue, targetDate, ownerKey, method, frequency, version);
    }

    public Gain withVersion(long newVersion) {
        return new Gain(id, initiativeId, type, title, indicator, unit, currency, baselineValue, baselineDate,
                targetValue, targetDate, ownerKey, method, frequency, newVersion);
    }
}
