package no.veikart.roadmap.implementation.integration;

import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.implementation.domain.ImplementationPortfolioFigures;
import no.veikart.roadmap.implementation.domain.ImplementationRepository;
import no.veikart.roadmap.portfolio.domain.PortfolioInitiative;
import no.veikart.roadmap.portfolio.domain.PortfolioSection;

/**
 * The portfolio's implementation section ({@code sections.implementation}): units live, % trained across them and
 * units with coverage gaps over the initiatives counted, read from the plan's own tables in one query per table
 * ({@link ImplementationRepository#findByInitiatives}), never per initiative.
 */
public class ImplementationPortfolioSection implements PortfolioSection {
    private final ImplementationRepository units;

    public ImplementationPortfolioSection(ImplementationRepository units) {
        this.units = units;
    }

    @Override
    public String name() {
        return "implementation";
    }

    @Override
    public Object figures(List<PortfolioInitiative> initiatives, LocalDate today) {
        return ImplementationPortfolioFigures.of(initiatives.stream()
                .map(i -> new ImplementationPortfolioFigures.Initiative(i.initiativeId(), i.issueKey(), i.summary())).toList(),
                units.findByInitiatives(initiatives.stream().map(PortfolioInitiative::initiativeId).toList()), today);
    }
}
