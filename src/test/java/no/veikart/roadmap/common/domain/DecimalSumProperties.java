package no.veikart.roadmap.common.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.Test;

/** The scaled-long sum equals BigDecimal addition in value and scale, including where it must fall back. */
public class DecimalSumProperties {

    @Property(tries = 300)
    void equalsBigDecimalAddition(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int count) {
        Random r = new Random(seed);
        BigDecimal expected = BigDecimal.ZERO;
        DecimalSum sum = new DecimalSum();
        for (int i = 0; i < count; i++) {
            BigDecimal value = random(r);
            String text = "[" + value + "]";
            expected = expected.add(value);
            sum.add(text, 1, text.length() - 1);
        }
        assertEquals("value and scale", expected, sum.value());
    }

    private static BigDecimal random(Random r) {
        int digits = switch (r.nextInt(4)) {
            case 0 -> 1 + r.nextInt(4);
            case 1 -> 1 + r.nextInt(12);
            case 2 -> 15 + r.nextInt(5); // around the 18 digits a long holds
            default -> 1 + r.nextInt(30);
        };
        BigInteger unscaled = new BigInteger(digits * 4, r).mod(BigInteger.TEN.pow(digits));
        if (r.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        int scale = switch (r.nextInt(5)) {
            case 0 -> 0;
            case 1 -> -r.nextInt(4); // written with an exponent
            case 2 -> 8 + r.nextInt(12); // small values written with an exponent
            default -> r.nextInt(6);
        };
        return new BigDecimal(unscaled, scale);
    }

    @Test
    public void overflowContinuesExactly() {
        DecimalSum sum = new DecimalSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (String s : List.of("999999999999999999", "999999999999999999", "0.5", "-1E+3", "12.25")) {
            sum.add(s, 0, s.length());
            expected = expected.add(new BigDecimal(s));
        }
        assertEquals(expected, sum.value());
        assertEquals(2, sum.value().scale());
    }

    @Test
    public void refusesWhatIsNoNumber() {
        DecimalSum sum = new DecimalSum();
        assertThrows(NumberFormatException.class, () -> sum.add("12a", 0, 3));
        assertThrows(NumberFormatException.class, () -> sum.add("-", 0, 1));
        assertEquals(BigDecimal.ZERO, sum.value());
    }
}
