package no.veikart.roadmap.portfolio.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's section of the portfolio (risks, pilots, implementation, …): the port through which features that
 * land after the portfolio add their figures without the portfolio knowing them. Each implementation reads its own
 * tables for all the initiatives at once (never per initiative); the result is cached with the rest of the portfolio
 * until {@code DataChanges} says something changed.
 */
public interface PortfolioSection {
    /** The key under {@code sections} in {@code GET /portfolio} and the gadget's section name, e.g. {@code risks}. */
    String name();

    /**
     * The section's figures for {@code initiatives} (all visible to the caller): a record Jackson can write.
     *
     * @param today the day "overdue" and "ending soon" are counted from
     */
    Object figures(List<PortfolioInitiative> initiatives, LocalDate today);
}
