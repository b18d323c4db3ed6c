package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Shape of the valorisation diagram's temporary loss of efficiency, in percent: the planned performance falls to
 * −{@code depthPercent} % of the target improvement at {@code bottomAtPercent} % of the period from baseline date to
 * target date, is back at the baseline at {@code recoveredAtPercent} %, and then rises linearly to the target at 100 %.
 * {@link #DEFAULT} is 10 / 20 / 35; {@link #NONE} (0 / 0 / 0) is a straight line from baseline to target.
 * With depth 0 and a recovery point above 0 the plan is flat (no gain yet) until that point.
 */
public record ValorisationDip(BigDecimal depthPercent, BigDecimal bottomAtPercent, BigDecimal recoveredAtPercent) {
    public static final ValorisationDip DEFAULT = of(10, 20, 35);
    public static final ValorisationDip NONE = of(0, 0, 0);

    public ValorisationDip {
        Objects.requireNonNull(depthPercent, "depthPercent");
        Objects.requireNonNull(bottomAtPercent, "bottomAtPercent");
        Objects.requireNonNull(recoveredAtPercent, "recoveredAtPercent");
        BigDecimal hundred = BigDecimal.valueOf(100);
        if (depthPercent.signum() < 0 || depthPercent.compareTo(hundred) > 0) {
            throw new IllegalArgumentException("depthPercent must be 0..100");
        }
        if (bottomAtPercent.signum() < 0 || bottomAtPercent.compareTo(recoveredAtPercent) > 0
                || recoveredAtPercent.compareTo(hundred) >= 0) {
            throw new IllegalArgumentException("need 0 <= bottomAtPercent <= recoveredAtPercent < 100");
        }
        if (depthPercent.signum() > 0
                && (bottomAtPercent.signum() == 0 || bottomAtPercent.compareTo(recoveredAtPercent) >= 0)) {
            throw new IllegalArgumentException("a dip needs 0 < bottomAtPercent < recoveredAtPercent");
        }
    }

    public static ValorisationDip of(double depthPercent, double bottomAtPercent, double recoveredAtPercent) {
        return new ValorisationDip(BigDecimal.valueOf(depthPercent), BigDecimal.valueOf(bottomAtPercent),
                BigDecimal.valueOf(recoveredAtPercent));
    }
}
