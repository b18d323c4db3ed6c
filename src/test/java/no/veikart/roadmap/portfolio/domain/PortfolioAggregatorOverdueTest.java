package no.veikart.roadmap.portfolio.domain;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import no.veikart.roadmap.gain.domain.GainFigures;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import org.junit.Test;

/**
 * The overdue list keeps only the oldest {@link PortfolioAggregator#MAX_OVERDUE} in a bounded heap; it must name the
 * same follow-ups, in the same order, as sorting them all would — with many sharing a date and keys such as DEMO-2
 * and DEMO-10 that order differently as text and as numbers.
 */
public class PortfolioAggregatorOverdueTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private record Expected(LocalDate due, String issueKey, long gainId) {
    }

    @Test
    public void theOldestFiftyAreThoseAFullSortPutsFirst() {
        Random random = new Random(42);
        List<InitiativeSummary> rows = new ArrayList<>();
        List<Expected> all = new ArrayList<>();
        long gainId = 1;
        for (int i = 1; i <= 300; i++) {
            String key = (i % 3 == 0 ? "HELSE-" : "DEMO-") + i;
            List<GainFigures.Due> dues = new ArrayList<>();
            for (int g = 0; g < 3; g++) {
                // few distinct dates, so most ties are broken by key and gain id; some not overdue at all
                LocalDate due = TODAY.minusDays(random.nextInt(6) - 1);
                dues.add(new GainFigures.Due(gainId, GainType.TIME, due, GainFigures.Standing.NOT_STARTED, TODAY));
                if (due.isBefore(TODAY)) {
                    all.add(new Expected(due, key, gainId));
                }
                gainId++;
            }
            String duesText = new GainFigures(List.of(), List.of(), dues).duesText();
            rows.add(new InitiativeSummary(i, 1000 + i, key, key.substring(0, key.indexOf('-')), "Initiative " + i,
                    "PILOTING", "ACTIVE", "", "", "", "", duesText, null, null, null));
        }
        Collections.shuffle(rows, random);
        PortfolioAggregator aggregator = new PortfolioAggregator(null, TODAY);
        rows.forEach(aggregator::add);

        Portfolio portfolio = aggregator.result(List.of("DEMO", "HELSE"), ids -> List.of());

        all.sort(Comparator.comparing(Expected::due).thenComparing(Expected::issueKey)
                .thenComparingLong(Expected::gainId));
        List<Expected> shown = portfolio.overdue().stream()
                .map(o -> new Expected(o.due(), o.issueKey(), o.gainId())).toList();
        assertEquals(all.size(), portfolio.overdueCount());
        assertEquals(all.subList(0, PortfolioAggregator.MAX_OVERDUE), shown);
    }
}
