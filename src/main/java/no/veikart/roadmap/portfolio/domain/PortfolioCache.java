package no.veikart.roadmap.portfolio.domain;

import java.util.function.Supplier;

/** A short-lived store of computed portfolios, per user and question, emptied on every data change. */
public interface PortfolioCache {
    PortfolioCache NONE = (key, compute) -> compute.get();

    Portfolio get(String key, Supplier<Portfolio> compute);
}
