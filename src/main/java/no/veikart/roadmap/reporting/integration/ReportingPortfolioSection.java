package no.veikart.roadmap.reporting.integration;

import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.portfolio.domain.PortfolioInitiative;
import no.veikart.roadmap.portfolio.domain.PortfolioSection;

/**
 * The portfolio's "reporting" section: the initiatives counted, grouped by organisational unit with their latest
 * published lights, rolled up per management level, and the status reports due or overdue ({@link ReportingFigures}).
 */
public class ReportingPortfolioSection implements PortfolioSection {
    private final ReportingFigures figures;

    public ReportingPortfolioSection(ReportingFigures figures) {
        this.figures = figures;
    }

    @Override
    public String name() {
        return "reporting";
    }

    @Override
    public Object figures(List<PortfolioInitiative> initiatives, LocalDate today) {
        return figures.figures(initiatives.stream().map(PortfolioInitiative::issueId).toList(), today);
    }
}
