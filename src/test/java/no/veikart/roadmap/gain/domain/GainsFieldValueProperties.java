package no.veikart.roadmap.gain.domain;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The Gains field's text form reads back to the same value, whatever the value. */
class GainsFieldValueProperties {
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    @Provide
    Arbitrary<GainsFieldValue> values() {
        Arbitrary<GainsFieldValue> some = Combinators.combine(Arbitraries.integers().between(1, GainService.MAX_PER_INITIATIVE),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(100)).ofScale(1),
                Arbitraries.of(GainStatus.class), Arbitraries.integers().between(0, 20000).map(EPOCH::plusDays),
                Arbitraries.of(true, false)).as(GainsFieldValue::new);
        return Arbitraries.oneOf(some, Arbitraries.just(new GainsFieldValue(0, null, null, null, false)));
    }

    @Property
    void theTextFormReadsBack(@ForAll("values") GainsFieldValue value) {
        assertEquals(value, GainsFieldValue.parse(value.toText()));
    }
}
