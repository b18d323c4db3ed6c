package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

/** An amount of money; {@code amount}, {@code currency} and {@code display} are null when there is none. */
public record GainMoneyView(BigDecimal amount, String currency, String display) {
}
