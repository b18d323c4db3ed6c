package no.veikart.roadmap.pilot.integration;

import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.pilot.domain.PilotPortfolio;
import no.veikart.roadmap.pilot.domain.PilotRepository;
import no.veikart.roadmap.portfolio.domain.PortfolioInitiative;
import no.veikart.roadmap.portfolio.domain.PortfolioSection;

/**
 * The portfolio's "pilots" section: pilots running now, ending within 30 days and ended without evaluation, each with
 * its issue keys ({@link PilotPortfolio} has the date rules). One query per 500 initiatives on the pilot table.
 */
public class PilotPortfolioSection implements PortfolioSection {
    private final PilotRepository repository;

    public PilotPortfolioSection(PilotRepository repository) {
        this.repository = repository;
    }

    @Override
    public String name() {
        return "pilots";
    }

    @Override
    public PilotPortfolio.Figures figures(List<PortfolioInitiative> initiatives, LocalDate today) {
        List<PilotPortfolio.Counted> counted = initiatives.stream()
                .map(i -> new PilotPortfolio.Counted(i.initiativeId(), i.issueKey(), i.currentPhase())).toList();
        return PilotPortfolio.figures(counted, counted.isEmpty() ? List.of()
                : repository.rounds(counted.stream().map(PilotPortfolio.Counted::initiativeId).toList()), today);
    }
}
