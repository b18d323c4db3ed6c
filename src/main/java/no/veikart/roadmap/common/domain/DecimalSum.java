package no.veikart.roadmap.common.domain;

import java.math.BigDecimal;

/**
 * A running sum of decimals given as text ({@link BigDecimal#toString()}), equal in value and scale to adding them as
 * {@code BigDecimal}s starting from {@link BigDecimal#ZERO}: the scale of a sum is the largest scale added. Plain
 * numbers are summed as a scaled {@code long} without allocating; what does not fit (more than 18 digits, exponent
 * notation, a sum that would overflow) continues as {@code BigDecimal}, so the result is always exact. The portfolio
 * adds tens of thousands of these per request.
 */
public final class DecimalSum {
    private static final long[] TEN = new long[19];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    private long unscaled;
    private int scale;
    /** Non-null once the sum left the range of {@code long}; then it is the sum. */
    private BigDecimal big;

    /** Adds the decimal written in {@code text} from {@code from} (inclusive) to {@code to} (exclusive). */
    public void add(String text, int from, int to) {
        if (big == null && addPlain(text, from, to)) {
            return;
        }
        add(new BigDecimal(text.substring(from, to)));
    }

    public void add(BigDecimal value) {
        big = value().add(value);
    }

    public BigDecimal value() {
        return big != null ? big : BigDecimal.valueOf(unscaled, scale);
    }

    /** [-]digits[.digits] with at most 18 digits; false (nothing added) for anything else or on overflow. */
    private boolean addPlain(String text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 18) {
                    return false;
                }
                digits = digits * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return false;
            }
        }
        if (count == 0) {
            return false;
        }
        int valueScale = Math.max(fraction, 0);
        long value = negative ? -digits : digits;
        try {
            if (valueScale > scale) {
                unscaled = Math.multiplyExact(unscaled, TEN[valueScale - scale]);
                scale = valueScale;
            } else if (valueScale < scale) {
                value = Math.multiplyExact(value, TEN[scale - valueScale]);
            }
            unscaled = Math.addExact(unscaled, value);
            return true;
        } catch (ArithmeticException overflow) {
            // the rescaled sum may already be stored: state it as a BigDecimal, then add the value the slow way
            big = BigDecimal.valueOf(unscaled, scale);
            return false;
        }
    }
}
