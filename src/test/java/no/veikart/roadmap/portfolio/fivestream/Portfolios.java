package no.veikart.roadmap.portfolio.fivestream;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.portfolio.domain.IssueKeys;
import no.veikart.roadmap.portfolio.domain.Portfolio;

/**
 * Compares portfolios computed two ways. The five streams listed the issue keys behind each number in whatever order
 * the database returned rows (H2 by index, PostgreSQL by heap); the read model lists them by project and issue number.
 * So the key lists are compared as sets: sorted, and when a list was cut at {@link IssueKeys#MAX} (which keys made it
 * depends on that order) only its being cut is compared. Every count, sum and overdue follow-up is compared as is.
 */
public final class Portfolios {
    private Portfolios() {
    }

    public static Portfolio normalised(Portfolio p) {
        List<Portfolio.PhaseCount> phases = new ArrayList<>();
        p.phases().forEach(c -> phases.add(new Portfolio.PhaseCount(c.phaseKey(), c.count(), keys(c.issueKeys()))));
        Map<GainType, Portfolio.TypeSummary> byType = new EnumMap<>(GainType.class);
        p.gains().byType().forEach((type, t) -> byType.put(type,
                new Portfolio.TypeSummary(t.count(), t.amounts(), keys(t.issueKeys()))));
        List<Portfolio.LevelCoverage> anchoring = new ArrayList<>();
        p.anchoring().forEach(c -> anchoring.add(new Portfolio.LevelCoverage(c.level(), c.initiatives(), c.anchored(),
                c.inProgress(), c.missing(), keys(c.anchoredKeys()), keys(c.inProgressKeys()), keys(c.missingKeys()))));
        Portfolio.Gains gains = new Portfolio.Gains(p.gains().count(), p.gains().total(), byType, p.gains().byStatus(),
                p.gains().otherCurrencies());
        return new Portfolio(p.projects(), p.currency(), p.initiatives(), phases, p.byStatus(), gains, anchoring,
                p.overdue(), p.overdueCount(), p.filter());
    }

    private static IssueKeys keys(IssueKeys keys) {
        if (keys.more()) {
            return new IssueKeys(List.of(), true);
        }
        List<String> sorted = new ArrayList<>(keys.keys());
        sorted.sort(InitiativeGuard::compareIssueKeys);
        return new IssueKeys(sorted, false);
    }
}
