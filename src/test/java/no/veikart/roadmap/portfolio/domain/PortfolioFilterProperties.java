package no.veikart.roadmap.portfolio.domain;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.portfolio.fivestream.PortfolioInitiative;

/**
 * A saved filter's portfolio equals the portfolio of a database that holds only the initiatives the filter found:
 * every figure, whatever other initiatives, stakeholders, gains and measurements sit beside them.
 */
class PortfolioFilterProperties {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<String> PROJECTS = List.of("DEMO", "HELSE");

    @Property(tries = 150)
    void aFiltersFiguresAreThoseOfItsInitiativesAlone(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size,
            @ForAll @IntRange(min = 0, max = 100) int percentFound) {
        PortfolioAggregatorProperties.Data data = PortfolioAggregatorProperties.randomData(seed, size);
        Random r = new Random(~seed);
        Set<Long> found = data.initiatives().stream().map(PortfolioInitiative::issueId)
                .filter(id -> r.nextInt(100) < percentFound).collect(Collectors.toSet());

        Portfolio filtered = PortfolioAggregatorProperties.service(data).compute(PROJECTS,
                new PortfolioQuery(PROJECTS, Currency.DKK), TODAY, found.stream().mapToLong(Long::longValue).toArray());

        PortfolioAggregatorProperties.Data alone = new PortfolioAggregatorProperties.Data(
                data.initiatives().stream().filter(i -> found.contains(i.issueId())).toList(),
                data.stakeholders(), data.anchored(), data.gains(), data.measurements(), data.economics());
        Portfolio expected = PortfolioAggregatorProperties.service(alone).compute(PROJECTS,
                new PortfolioQuery(PROJECTS, Currency.DKK), TODAY);

        assertEquals(expected, filtered);
    }
}
