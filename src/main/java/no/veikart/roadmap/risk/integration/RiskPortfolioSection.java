package no.veikart.roadmap.risk.integration;

import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.portfolio.domain.PortfolioInitiative;
import no.veikart.roadmap.portfolio.domain.PortfolioSection;
import no.veikart.roadmap.risk.domain.RiskPortfolio;
import no.veikart.roadmap.risk.domain.RiskRepository;
import no.veikart.roadmap.risk.domain.RiskSettings;

/**
 * The portfolio's "risks" section: a 5×5 heat map of each initiative's highest residual risk and the high risks
 * ({@link RiskPortfolio} has the rules). One read of the risk table for all the initiatives counted.
 */
public class RiskPortfolioSection implements PortfolioSection {
    private final RiskRepository repository;
    private final RiskSettings settings;

    public RiskPortfolioSection(RiskRepository repository, RiskSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "risks";
    }

    @Override
    public RiskPortfolio.Figures figures(List<PortfolioInitiative> initiatives, LocalDate today) {
        List<RiskPortfolio.Counted> counted = initiatives.stream()
                .map(i -> new RiskPortfolio.Counted(i.initiativeId(), i.issueKey())).toList();
        return RiskPortfolio.figures(counted, counted.isEmpty() ? List.of()
                : repository.findByInitiatives(counted.stream().map(RiskPortfolio.Counted::initiativeId).toList()),
                settings.regions());
    }
}
