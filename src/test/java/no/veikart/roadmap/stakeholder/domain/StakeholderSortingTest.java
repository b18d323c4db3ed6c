package no.veikart.roadmap.stakeholder.domain;

import static no.veikart.roadmap.stakeholder.domain.Stakeholders.at;
import static no.veikart.roadmap.stakeholder.domain.Stakeholders.attitude;
import static no.veikart.roadmap.stakeholder.domain.Stakeholders.next;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.Test;

public class StakeholderSortingTest {
    private static final Locale NB = Locale.forLanguageTag("nb");

    private static List<Long> ids(List<Stakeholder> list) {
        return list.stream().map(Stakeholder::id).toList();
    }

    @Test
    public void byLevelTopDownThenNameInTheReadersLanguage() {
        List<Stakeholder> list = List.of(
                at(1, Level.EXTERNAL, "Supplier"),
                at(2, Level.STAFF, "Øyvind"),
                at(3, Level.STAFF, "Zara"),
                at(4, Level.POLITICAL, "Council"),
                at(5, Level.STAFF, "anne"),
                at(6, Level.STAFF, "Anne"));

        assertEquals(List.of(4L, 5L, 6L, 3L, 2L, 1L), ids(StakeholderSorting.sort(list, StakeholderSorting.Order.LEVEL, NB)));
    }

    @Test
    public void byAttitudeGapLargestFirst() {
        List<Stakeholder> list = List.of(
                attitude(at(1, Level.STAFF, "A"), 1, 1, 3),
                attitude(at(2, Level.STAFF, "B"), -2, 2, 3),
                attitude(at(3, Level.POLITICAL, "C"), 0, 1, 3),
                attitude(at(4, Level.STAFF, "D"), 2, -2, 3),
                attitude(at(5, Level.STAFF, "E"), -1, 0, 3));

        assertEquals(List.of(2L, 3L, 5L, 1L, 4L),
                ids(StakeholderSorting.sort(list, StakeholderSorting.Order.ATTITUDE_GAP, Locale.ENGLISH)));
    }

    @Test
    public void byNextContactEarliestFirstNullsLast() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<Stakeholder> list = List.of(
                at(1, Level.STAFF, "No date"),
                next(at(2, Level.STAFF, "Later"), d.plusDays(5)),
                next(at(3, Level.STAFF, "Sooner"), d),
                at(4, Level.POLITICAL, "No date either"),
                next(at(5, Level.POLITICAL, "Same day"), d));

        assertEquals(List.of(5L, 3L, 2L, 4L, 1L),
                ids(StakeholderSorting.sort(list, StakeholderSorting.Order.NEXT_CONTACT, Locale.ENGLISH)));
    }

    @Test
    public void sameNameIsOrderedById() {
        List<Stakeholder> list = List.of(at(9, Level.STAFF, "Same"), at(3, Level.STAFF, "Same"));
        assertEquals(List.of(3L, 9L), ids(StakeholderSorting.sort(list, StakeholderSorting.Order.LEVEL, null)));
    }

    @Test
    public void orderIsParsedLeniently() {
        assertEquals(Optional.of(StakeholderSorting.Order.ATTITUDE_GAP), StakeholderSorting.Order.parse(" attitude_gap "));
        assertEquals(Optional.empty(), StakeholderSorting.Order.parse("size"));
        assertEquals(Optional.empty(), StakeholderSorting.Order.parse(null));
    }

    /** sort() uses precomputed collation keys; it must order exactly as the collator-based comparator does. */
    @Test
    public void norwegianNamesEndOnAeOeAaAfterZ() {
        List<Stakeholder> list = List.of(at(1, Level.STAFF, "Åse"), at(2, Level.STAFF, "Ærlig"),
                at(3, Level.STAFF, "Zara"), at(4, Level.STAFF, "Øyvind"), at(5, Level.STAFF, "Anne"),
                at(6, Level.STAFF, "Oda"));

        assertEquals(List.of(5L, 6L, 3L, 2L, 4L, 1L), ids(StakeholderSorting.sort(list, StakeholderSorting.Order.LEVEL, NB)));
        // the JDK's English rules read Æ as AE and Å as a marked A (so among the A's); Ø has no decomposition there
        assertEquals(List.of(2L, 5L, 1L, 6L, 3L, 4L),
                ids(StakeholderSorting.sort(list, StakeholderSorting.Order.LEVEL, Locale.ENGLISH)));
    }

    @Test
    public void sortingWithCollationKeysAgreesWithTheCollator() {
        String[] names = {"Øyvind", "Oyvind", "Åse", "Aase", "anne", "Anne", "Ärla", "Zara", "Émile", "Emile", "", "ß",
            "ss", "Ǿ", "Ølstad kommune", "olstad"};
        Level[] levels = Level.values();
        java.util.Random random = new java.util.Random(7);
        List<Stakeholder> list = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Stakeholder s = at(i + 1, levels[random.nextInt(levels.length)], names[random.nextInt(names.length)]);
            s = attitude(s, random.nextInt(5) - 2, random.nextInt(5) - 2, 1 + random.nextInt(5));
            list.add(random.nextBoolean() ? s : next(s, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(20))));
        }
        for (Locale locale : List.of(NB, Locale.forLanguageTag("da"), Locale.forLanguageTag("sv"),
                Locale.forLanguageTag("fi"), Locale.ENGLISH)) {
            for (StakeholderSorting.Order order : StakeholderSorting.Order.values()) {
                List<Stakeholder> expected = new java.util.ArrayList<>(list);
                expected.sort(StakeholderSorting.comparator(order, locale));
                assertEquals(locale + " " + order, ids(expected), ids(StakeholderSorting.sort(list, order, locale)));
            }
        }
    }
}
