package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

/**
 * The "Gains" custom field's summary of an initiative (see {@code GainsFieldValue}): the number of gains, their mean
 * % realised, the worst status and the earliest next measurement; all but {@code gains} and {@code gainsDisplay} are
 * null without gains.
 */
public record GainFieldSummaryView(int gains, String gainsDisplay, BigDecimal realisedPercent, String realisedPercentDisplay,
        String status, String statusName, String nextDue, String nextDueDisplay, boolean overdue) {

    /** The AUI lozenge class of {@link #status()}. */
    public String statusLozenge() {
        return GainLozenges.status(status);
    }
}
